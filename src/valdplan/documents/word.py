"""Word documents from Word templates (docxtpl: Jinja inside a .docx): the follow-up report
and checklists, from the same contexts as their Markdown and HTML, byte for byte the same
for the same inputs.

A template is looked up by file name (``report.docx``, ``checklist.docx``) in the same
folders as the Jinja templates: ``--templates``, then ``templates/`` beside the plan, then
the built-in ones, so a municipality's own Word file (letterhead, fonts, styles) wins.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TemplateProblem
from ..files.archive import ZipLimits, fixed_zip, zip_problem
from ..files.shipped import builtin_template_dir
from ..vocabulary import Language
from .environment import template_folders, word_environment

if TYPE_CHECKING:
    import jinja2

    from ..followup.models import FollowUp
    from ..plan.models import Plan

REPORT_TEMPLATE = "report.docx"
CHECKLIST_TEMPLATE = "checklist.docx"


def find_word_template(name: str, folders: Sequence[Path]) -> Path:
    """The first ``name`` in ``folders``, else the built-in one."""
    for folder in [*folders, builtin_template_dir()]:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise TemplateProblem(f"template not found: {name}")


def render_word(name: str, context: dict[str, Any], folders: Sequence[Path]) -> bytes:
    """The Word template ``name`` rendered with ``context``: plan and follow-up text is
    escaped (a comment with ``<`` or ``&`` stays text, its line breaks become line breaks),
    web addresses in evidence become links, and the zip has fixed timestamps."""
    import jinja2
    from docxtpl import DocxTemplate, InlineImage, RichText

    from ..files.reading import read_source

    path = find_word_template(name, folders)
    raw = read_source(path)
    problem = zip_problem(raw, ZipLimits())
    if problem is not None:
        raise TemplateProblem(f"{path}: not a Word document: {problem}")
    try:
        document = DocxTemplate(io.BytesIO(raw))
        document.init_docx()
    except Exception as err:  # python-docx raises many kinds for a damaged file
        raise TemplateProblem(f"{path}: not a Word document: {err}") from None

    def links(items: Sequence[Any]) -> RichText:
        """Evidence as one run of text: web addresses as links, references as text. An item
        is the report's ``{"text", "url"}`` or a checklist's ``Evidence`` (text, href)."""
        text = RichText()
        for index, item in enumerate(items):
            if index:
                text.add("; ")
            if isinstance(item, dict):
                shown, url = item["text"], item["url"]
            else:
                shown, url = item.text, item.href
            if url is None:
                text.add(shown)
            else:
                text.add(shown, url_id=document.build_url_id(url), style="Hyperlink")
        return text

    def marked(parts: Sequence[dict[str, Any]]) -> RichText:
        """The change annex's words: removed ones struck through, added ones underlined
        (Word's own marks for changes; the annex's legend says so)."""
        text = RichText()
        for part in parts:
            shown = (" " if part.get("space") else "") + str(part["text"])
            text.add(shown, strike=part["kind"] == "del", underline=part["kind"] == "ins")
        return text

    class DescribedImage(InlineImage):  # type: ignore[misc]  # docxtpl has no types
        """A picture with its alt text (Word's description, which screen readers read),
        written into the picture's own XML where it is shown: two bars of the same shares
        are one image (Word keeps one copy) with different figures."""

        def __init__(self, png: bytes, width: float, alt: str) -> None:
            from docx.shared import Cm

            super().__init__(document, io.BytesIO(png), width=Cm(width))
            self.alt = alt

        def __html__(self) -> str:
            from xml.sax.saxutils import quoteattr

            shown = str(super().__html__())
            return shown.replace("<wp:docPr ", f"<wp:docPr descr={quoteattr(self.alt)} ", 1)

        __str__ = __html__

    def picture(chart: dict[str, Any], width: float = 17) -> Any:
        """A chart of ``word_charts``, or one of its bars, as a picture ``width`` cm wide
        (by default the width of the page's text)."""
        return DescribedImage(chart["png"], width, chart["alt"])

    env = word_environment()
    env.filters["links"] = links
    env.filters["picture"] = picture
    env.filters["marked"] = marked
    try:
        document.render(context, env, autoescape=True)
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(f"{path}: {err.message} (line {err.lineno} of its XML)") from None
    except jinja2.UndefinedError as err:
        raise TemplateProblem(f"{path}: {err.message}") from None
    fit_grids(document.docx)
    set_properties(document.docx, context)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


# The language tags Word and LibreOffice give a document's text (spelling, hyphenation,
# screen readers), for valdplan's document languages.
WORD_LANGUAGES: dict[str, str] = {"sv": "sv-SE", "en": "en-GB"}


def set_properties(document: Any, context: dict[str, Any]) -> None:
    """The one place a Word document gets its language and properties, from the context it
    was rendered with: the language of its text (``plan_language``, else ``lang``) as the
    default of every style and in the core properties, and its ``title`` as the title. The
    author stays valdplan's and no date is set, so that the bytes stay the same."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    language = str(context.get("lang") or context.get("plan_language") or "sv")
    tag = WORD_LANGUAGES.get(language, language)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), tag)
    core = document.core_properties
    core.language = tag
    core.title = str(context.get("title") or "")


def fit_grids(document: Any) -> None:
    """Lay out a table whose columns a loop made (``{%tc for … %}``: one cell per period)
    to fit the template's width. docxtpl keeps the table's width by scaling every column
    alike, which leaves the action column too narrow for its heading at eight periods; here
    the cells the loop made (the first row's last cell and its copies before it) share what
    the cells before them leave, so action and body keep their widths however many periods.
    A table whose cells add up to its grid has no loop (or was laid out by hand): kept."""
    from docx.oxml.ns import qn

    for table in document.tables:
        grid = table._tbl.tblGrid
        columns = grid.findall(qn("w:gridCol"))
        rows = table._tbl.findall(qn("w:tr"))
        widths = _cell_widths(rows[0]) if rows else None
        total = sum(int(column.get(qn("w:w"), "0")) for column in columns)
        if widths is None or len(widths) != len(columns) or abs(sum(widths) - total) <= 20:
            continue
        repeated = 1
        while repeated < len(widths) and widths[-repeated - 1] == widths[-1]:
            repeated += 1
        fixed = widths[:-repeated]
        share = max(total - sum(fixed), 0) // repeated
        widths = [*fixed, *[share] * repeated]
        for column, width in zip(columns, widths, strict=True):
            column.set(qn("w:w"), str(width))
        for row in rows:  # Word reads the cells' own widths: the same ones
            for cell, width in zip(row.findall(qn("w:tc")), widths, strict=False):
                own = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
                if own is not None:  # a municipality's template may leave a cell without
                    own.set(qn("w:w"), str(width))


def _cell_widths(row: Any) -> list[int] | None:
    """The widths of ``row``'s cells in twentieths of a point, or None when a cell has none
    or spans columns."""
    from docx.oxml.ns import qn

    widths = []
    for cell in row.findall(qn("w:tc")):
        width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        if width is None or span is not None:
            return None
        widths.append(int(width.get(qn("w:w"))))
    return widths


def report_docx(
    plan: Plan,
    followup: FollowUp,
    previous: FollowUp | None,
    lang: Language,
    folders: Sequence[Path],
    *,
    earlier: Sequence[FollowUp] = (),
    date: str | None = None,
    appendix: bool = True,
) -> bytes:
    """The follow-up report as a Word document (the context of ``report.*``)."""
    from .report import report_context
    from .word_charts import chart_picture

    context = report_context(
        plan, followup, previous, lang, earlier=earlier, date=date, appendix=appendix
    )
    labels = context["labels"]
    context["charts"] = {
        "actions": chart_picture(context["action_rows"], labels["by_action_heading"]),
        "overall": chart_picture([context["overall"]], labels["overall_heading"]),
    }
    return render_word(REPORT_TEMPLATE, context, folders)


def word_file(name: str, context: dict[str, Any], env: jinja2.Environment) -> bytes:
    """The Word template ``name`` rendered with ``context`` for a build, found in the same
    folders as ``env``'s Jinja templates."""
    return render_word(name, context, template_folders(env))


def checklist_docx(context: dict[str, Any], folders: Sequence[Path]) -> bytes:
    """A checklist as a Word document, from the context of ``checklist.*``."""
    return render_word(CHECKLIST_TEMPLATE, context, folders)
