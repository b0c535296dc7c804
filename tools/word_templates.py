"""Make valdplan's default Word templates, templates/report.docx and templates/checklist.docx,
with python-docx: Word's own styles (Title, Heading 1-3, List Bullet, Table Grid), A4 pages,
a header with the document's name and a footer with page numbers, and docxtpl's Jinja tags
(``{%p for … %}`` around paragraphs, ``{%tr for … %}`` around table rows, ``{{r … }}`` for
links). The context the tags use is documented in docs/templates.md.

Run from the repository root after changing this file, and commit both .docx files:

    .venv/bin/python tools/word_templates.py

A test checks that the committed files are what this script makes. A municipality's own
template: docs/word-templates.md."""

from __future__ import annotations

import copy
import io
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
# The five status columns of the report's tables, in the order of the report's bars.
STATUS_COLUMNS = range(5)


def _document() -> Any:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, not Letter
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    # A report's spacing, not a letter's (python-docx's default: 10 pt after every paragraph
    # at 1.15 lines): 6 pt between paragraphs, 3 pt between the items of a list.
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    for name in ("List Bullet", "List Continue"):
        document.styles[name].paragraph_format.space_after = Pt(3)
    _sober_styles(document)
    _toc_styles(document)
    cell_text = document.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell_text.base_style = document.styles["Normal"]
    cell_text.font.size = Pt(9)
    cell_text.paragraph_format.space_after = Pt(0)
    small = document.styles.add_style("Table Text Small", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = cell_text
    small.font.size = Pt(8)
    small.paragraph_format.line_spacing = 1.0  # a row per line: the history's 104 rows
    link = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.underline = True
    link.font.color.rgb = _rgb("0B4F8A")
    # python-docx's own template carries its authors and times; valdplan's carry neither.
    properties = document.core_properties
    properties.author = properties.last_modified_by = "valdplan"
    properties.title = properties.subject = properties.keywords = properties.comments = ""
    properties.revision = 1
    return document


# An official document's look, not python-docx's (blue Calibri headings over Cambria):
# one sans-serif family that every office suite has or maps (LibreOffice: Liberation Sans),
# near-black headings, sizes that step down by level.
FONT = "Arial"
HEADINGS = {"Title": 20, "Heading 1": 15, "Heading 2": 12.5, "Heading 3": 11}
DARK = "1A1A1A"


def _font(style: Any, size: float | None = None) -> None:
    """Give ``style`` valdplan's font by name, dropping the theme fonts that would win."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    if size is not None:
        style.font.size = Pt(size)


def _sober_styles(document: Any) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    _font(document.styles["Normal"])
    for name, size in HEADINGS.items():
        style = document.styles[name]
        _font(style, size)
        style.font.color.rgb = _rgb(DARK)
        style.font.bold = True
        colour = style.element.rPr.find(qn("w:color"))
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            colour.attrib.pop(qn(attribute), None)
        style.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        style.paragraph_format.space_after = Pt(4)
    title = document.styles["Title"].element.pPr
    border = title.find(qn("w:pBdr")) if title is not None else None
    if border is not None:  # the default Title's blue rule under it
        title.remove(border)


def _rgb(value: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(value)


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _complex_field(paragraph: Any, instruction: str, part: str) -> None:
    """The start (``begin``: instruction, then the result follows) or the ``end`` of a
    field whose result spans paragraphs, such as a table of contents."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(tag: str, **attributes: str) -> Any:
        run = OxmlElement("w:r")
        child = OxmlElement(tag)
        for key, value in attributes.items():
            child.set(qn(key), value)
        run.append(child)
        paragraph._p.append(run)
        return child

    if part == "begin":
        run_with("w:fldChar", **{"w:fldCharType": "begin", "w:dirty": "true"})
        run_with("w:instrText", **{"xml:space": "preserve"}).text = instruction
        run_with("w:fldChar", **{"w:fldCharType": "separate"})
    else:
        run_with("w:fldChar", **{"w:fldCharType": "end"})


def _update_fields_on_open(document: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    document.settings.element.append(update)


def _toc_styles(document: Any) -> None:
    """Word's own names for the table of contents' levels, so that its TOC field and a
    municipality's template style them."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    for level in (1, 2):
        style = document.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        style.paragraph_format.space_after = Pt(2)


def _header_and_footer(document: Any, header: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("{{ labels.page }} ")
    _field(footer, "PAGE")
    footer.add_run(" {{ labels.page_of }} ")
    _field(footer, "NUMPAGES")


def _tag(document: Any, tag: str) -> None:
    """A paragraph holding only a docxtpl paragraph tag: ``{%p … %}``; docxtpl removes it."""
    document.add_paragraph("{%p " + tag + " %}")


# How wide a chart's bar column is (cm): its groups' names have the rest of the 17. The bar
# is drawn as wide as the column's text, inside Word's cell margins (0.19 cm a side), which
# a picture as wide as the column would overrun, cut off at its end.
BAR_CM = 11.5
BAR_PICTURE_CM = 11.1


def _chart(document: Any, name: str) -> None:
    """A status chart (``charts`` exist for Word only): a table without lines, each group's
    name beside its bar, a picture with alt text that says its figures; then a key to the
    colours. The table under it holds the same figures."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    _tag(document, f"if charts is defined and charts.{name}")
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "{%tr for bar in charts." + name + ".bars %}"
    bar = table.rows[1].cells
    bar[0].text, bar[1].text = "{{ bar.label }}", "{{ bar | picture(" + str(BAR_PICTURE_CM) + ") }}"
    table.rows[2].cells[0].text = "{%tr endfor %}"
    _finish(table, [17 - BAR_CM, BAR_CM], "Table Text Small")
    for row in table.rows:  # a group's name is never parted from its bar
        row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _cell_margins(table, top=57, bottom=57)  # 1 mm between bars of one-line names
    key = document.add_paragraph(
        "{{ labels.chart_key }} {% for s in statuses %}{{ s.name }}"
        "{% if not loop.last %} · {% endif %}{% endfor %}",
        style="Table Text",
    )
    key.paragraph_format.space_before = Pt(4)
    _tag(document, "endif")


def _bold_then(document: Any, bold: str, rest: str, style: str | None = None) -> Any:
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(bold).bold = True
    paragraph.add_run(rest)
    return paragraph


def _table(
    document: Any,
    header: list[str],
    loops: list[str],
    cells: list[str],
    widths: list[float],
    numbers_from: int | None = None,
    small: bool = False,
) -> None:
    """A table with a header row that Word repeats on every page, and one row per item of
    the innermost of ``loops`` (docxtpl's ``{%tr for … %}`` rows, outermost first, around
    it)."""
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    table = document.add_table(rows=2 + 2 * len(loops), cols=len(header))
    table.style = document.styles["Table Grid"]
    head = table.rows[0]
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in table.rows:  # a row is never split across two pages (docxtpl copies rows)
        row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
    for cell, text in zip(head.cells, header, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, Pt(8)  # "Genomförd" fits its column in any font
    for index, loop in enumerate(loops, start=1):
        table.rows[index].cells[0].text = "{%tr " + loop + " %}"
        table.rows[-index].cells[0].text = "{%tr endfor %}"
    for cell, text in zip(table.rows[1 + len(loops)].cells, cells, strict=True):
        cell.text = text
    _finish(table, widths, "Table Text Small" if small else "Table Text")
    _align_numbers(table, numbers_from)
    if small:
        _narrow_cell_margins(table)


def _narrow_cell_margins(table: Any) -> None:
    """1 mm inside each cell's sides instead of Word's 1.9 mm: a period's status
    ("→ Genomförd", "Saknar rapport") then keeps to one line in its column."""
    _cell_margins(table, left=57, right=57)


def _cell_margins(table: Any, **sides: int) -> None:
    """The table's cell margins on ``sides`` (top, left, bottom, right), in twentieths of a
    point (57: 1 mm); the others stay Word's."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):  # the order Word's schema wants
        if side in sides:
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(sides[side]))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
    # Where Word's schema has it: before tblLook and what follows it.
    table._tbl.tblPr.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


def _align_numbers(table: Any, first: int | None) -> None:
    """Right-align the columns from ``first`` on, which hold numbers, header included."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if first is None:
        return
    for row in table.rows:
        for cell in row.cells[first:]:
            for paragraph in cell.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _finish(table: Any, widths: list[float], style: str) -> None:
    """Column widths in centimetres (the page holds 17) and the table text's style."""
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice follows
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
            for paragraph in cell.paragraphs:
                paragraph.style = style


def _share(segment: str) -> str:
    return (
        "{% if " + segment + ".count %}{{ " + segment + ".share }} % ({{ " + segment
        + ".count }}){% else %}–{% endif %}"
    )  # fmt: skip


def _status_names() -> list[str]:
    return ["{{ statuses[" + str(i) + "].name }}" for i in STATUS_COLUMNS]


def _figures_table(document: Any, first: str, rows: str) -> None:
    _table(
        document,
        [first, "{{ labels.total }}", *_status_names()],
        [f"for row in {rows}"],
        [
            "{{ row.label }}",
            "{{ row.total }}",
            *[_share(f"row.segments[{i}]") for i in STATUS_COLUMNS],
        ],
        # The first column holds the longest body name ("Samhällsbyggnadsnämnderna") on
        # one line; the status columns are as wide as their header words.
        [5.3, 1.3, *[2.08 for _ in STATUS_COLUMNS]],
        numbers_from=1,
    )


def _period_table(document: Any, first: str, groups: str) -> None:
    _table(
        document,
        [first, "{{ labels.period }}", *_status_names()],
        [f"for group in {groups}", "for row in group.rows"],
        [
            "{% if loop.first %}{{ group.label }} ({{ group.total }}){% endif %}",
            "{{ row.period }}",
            *["{{ row.cells[" + str(i) + '].count or "–" }}' for i in STATUS_COLUMNS],
        ],
        [4.6, 2.0, *[2.08 for _ in STATUS_COLUMNS]],
        numbers_from=2,
        small=True,  # a row per group and period: eight periods of fourteen bodies
    )


def _history_table(document: Any) -> None:
    """Each pair's status in each period: one row per action and body, one column per
    period (docxtpl's ``{%tc for … %}`` cells repeat the column; valdplan then shares the
    width of the columns after the first two among the periods: documents/word.py)."""
    _table(
        document,
        [
            "{{ labels.action }}",
            "{{ labels.body }}",
            "{%tc for period in history.periods %}",
            "{{ period.name }}",
            "{%tc endfor %}",
        ],
        ["for action in history.actions", "for body in action.bodies"],
        [
            "{% if loop.first %}{{ action.action }}{% endif %}",
            "{{ body.body }}",
            "{%tc for cell in body.cells %}",
            "{% if cell.same %}·{% else %}{% if cell.changed %}→ {% endif %}{{ cell.name }}"
            "{% endif %}",
            "{%tc endfor %}",
        ],
        # Landscape (the history's own section): action and body keep their widths, the
        # periods share the rest (documents/word.py:fit_grids), eight of them 2.45 cm each.
        [1.4, 4.7, *[(LANDSCAPE_TEXT - 6.1) / 3] * 3],
        small=True,
    )


LANDSCAPE_TEXT = 25.7  # A4 landscape less 2 cm margins, in centimetres


def _section(document: Any, landscape: bool) -> None:
    """A new page in a section of its own: landscape for the wide history, portrait after."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml.ns import qn
    from docx.shared import Cm

    references = [
        copy.deepcopy(reference)
        for tag in ("w:headerReference", "w:footerReference")
        for reference in document.sections[-1]._sectPr.findall(qn(tag))
    ]
    section = document.add_section(WD_SECTION.NEW_PAGE)
    # Every section names the one header and footer: when the report has no history the
    # breaks go with it, and the section left must still carry them (python-docx's copy
    # links to the previous section instead).
    for reference in reversed(references):
        section._sectPr.insert(0, reference)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = Cm(29.7), Cm(21)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _entry_lines(document: Any, bold: str, rest: str) -> None:
    """One entry of a list, in one paragraph: who (or which action) in bold, then date and
    comment, then its evidence, links as links (docxtpl's rich text is a run of its own)."""
    paragraph = _bold_then(
        document,
        bold,
        rest + "{% if entry.date %}, {{ entry.date }}{% endif %}"
        "{% if entry.comment %}: {{ entry.comment }}{% endif %}"
        "{% if entry.evidence %} {{ labels.evidence }}: ",
        style="List Bullet",
    )
    paragraph.add_run("{{r entry.evidence | links }}")
    paragraph.add_run("{% endif %}")


def _assessment_texts(document: Any, owner: str) -> None:
    """``owner``'s assessment and recommendations (the whole plan's or a focus area's)."""
    _tag(document, f"if {owner}.assessment")
    document.add_paragraph("{{ " + owner + ".assessment }}")
    _tag(document, "endif")
    _tag(document, f"if {owner}.recommendations")
    _bold_then(document, "{{ labels.recommendations }}:", " {{ " + owner + ".recommendations }}")
    _tag(document, "endif")


def _assessment(document: Any) -> None:
    """The coordinator's text, when the follow-up file has any: the whole plan's, then each
    focus area's with its prerequisites."""
    _tag(document, "if coordinator")
    document.add_heading("{{ labels.assessment_heading }}", level=1)
    _assessment_texts(document, "coordinator")
    _tag(document, "for area in coordinator.areas")
    document.add_heading("{{ area.label }}", level=2)
    _assessment_texts(document, "area")
    _tag(document, "if area.prerequisites")
    _bold_then(document, "{{ labels.prerequisites }}", "")
    _tag(document, "for p in area.prerequisites")
    document.add_paragraph(
        "{{ p.text }} – {{ p.status_name }}{% if p.comment %}: {{ p.comment }}{% endif %}",
        style="List Bullet",
    )
    _tag(document, "endfor")
    _tag(document, "endif")
    _tag(document, "endfor")
    _tag(document, "endif")


def _status_lists(document: Any, ids: str) -> None:
    """The lists of the statuses ``ids`` (a Jinja tuple): each action, then what each of its
    bodies wrote."""
    _tag(document, f"for list in status_lists if list.id in {ids}")
    document.add_heading("{{ list.heading }}", level=1)
    document.add_paragraph(
        "{{ list.count_text }}{% if list.earlier_text %}. {{ list.earlier_text }}{% endif %}"
    )
    _tag(document, "for group in list.groups")
    _bold_then(document, "{{ labels.action }} {{ group.action }}", " {{ group.text }}")
    _tag(document, "for entry in group.entries")
    _entry_lines(document, "{{ entry.body }}", " ({{ entry.role }})")
    _tag(document, "endfor")
    _tag(document, "else")
    document.add_paragraph("{{ labels.none }}")
    _tag(document, "endfor")
    _tag(document, "endfor")


def _appendix(document: Any) -> None:
    document.add_heading("{{ labels.overall_heading }}", level=1)
    document.add_paragraph("{{ labels.share_note }}")
    _chart(document, "overall")
    _figures_table(document, "{{ labels.group }}", "[overall]")
    _tag(document, "for section in sections")
    document.add_heading("{{ section.heading }}", level=1)
    _figures_table(document, "{{ labels.group }}", "section.rows")
    _tag(document, "endfor")
    _tag(document, "if has_history")
    document.add_heading("{{ labels.plan_period }}", level=1)
    document.add_paragraph("{{ labels.plan_period_note }}")
    _figures_table(document, "{{ labels.period }}", "history.rows")
    document.add_heading("{{ labels.period_by_focus_area }}", level=2)
    _period_table(document, "{{ labels.focus_area }}", "history.areas")
    document.add_heading("{{ labels.period_by_body }}", level=2)
    _period_table(document, "{{ labels.body }}", "history.bodies")
    # The history on landscape pages of their own, the table of bodies after it on the
    # same: eight periods a line each, and the page the history ends on is filled.
    _section(document, landscape=True)
    document.add_heading("{{ labels.history_actions }}", level=2)
    document.add_paragraph("{{ labels.history_note }}")
    _history_table(document)
    _tag(document, "endif")
    document.add_heading("{{ labels.by_body_detail }}", level=1)
    note = document.add_paragraph("{{ labels.by_body_summary_note }}")
    note.paragraph_format.keep_with_next = True  # the heading and its note go with the table
    # One row per body, its actions by id under each status: what the bodies wrote is in
    # the status lists, once (a Word report is printed; the HTML's per-body lines repeat it).
    # Most of a body's actions are done by the plan's end: that column is the widest. On the
    # history's landscape pages the table has their width; else the portrait page's.
    _tag(document, "if has_history")
    _bodies_table(document, [5.0, 9.0, 4.5, 2.6, 2.2, 2.4])
    _tag(document, "else")
    _bodies_table(document, [4.3, 5.3, 2.6, 1.7, 1.5, 1.6])
    _tag(document, "endif")
    _tag(document, "if has_history")
    _section(document, landscape=False)
    _tag(document, "endif")
    _status_lists(document, '("ej-paborjad", "ej-aktuell")')


def _bodies_table(document: Any, widths: list[float]) -> None:
    _table(
        document,
        ["{{ labels.body }}", *_status_names()],
        ["for view in body_views"],
        [
            "{{ view.name }}",
            *[
                "{{ view.action_ids_by_status[" + str(i) + '] | join(", ") or "–" }}'
                for i in STATUS_COLUMNS
            ],
        ],
        widths,
        small=True,
    )


def report_template() -> Any:
    document = _document()
    _header_and_footer(document, "{{ plan.organisation }} · {{ title }}")
    document.add_paragraph("{{ title }}", style="Title")
    _bold_then(document, "{{ plan.title }}", "")
    document.add_paragraph(
        "{{ plan.organisation }} · {{ labels.period }} {{ plan.period }} · {{ period_name }}"
        " · {{ counted_text }}{% if date %} · {{ labels.generated }} {{ date }}{% endif %}"
    )
    _assessment(document)
    document.add_heading("{{ labels.by_action_heading }}", level=1)
    document.add_paragraph("{{ counted_text }}")
    document.add_paragraph("{{ labels.by_action_note }} {{ labels.action_share_note }}")
    _chart(document, "actions")
    _figures_table(document, "{{ labels.group }}", "action_rows")
    contents = document.add_heading("{{ labels.contents }}", level=1)
    # On a page of its own: its entries are one field that LibreOffice lays out apart from
    # the heading, which keep-with-next would otherwise leave alone at a page's foot.
    contents.paragraph_format.page_break_before = True
    # A real table of contents: a TOC field that Word fills in with page numbers when it
    # opens the document (settings ask it to), showing the headings until then.
    _complex_field(document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', "begin")
    _tag(document, "for item in toc")
    document.add_paragraph("{{ item.heading }}", style="toc 1")
    _tag(document, "for child in item.children")
    document.add_paragraph("{{ child.heading }}", style="toc 2")
    _tag(document, "endfor")
    _tag(document, "endfor")
    _complex_field(document.add_paragraph(), "", "end")
    _update_fields_on_open(document)
    document.add_heading("{{ labels.actions_by_area }}", level=1)
    _tag(document, "for area in action_areas")
    document.add_heading("{{ area.label }}", level=2)
    _tag(document, "for line in area.actions")
    _bold_then(
        document,
        "{{ line.action }}",
        " {{ line.short }} – {{ line.status_name }}"
        "{% if line.mixed %} ({{ labels.partly }}){% endif %}"
        "{% if line.remaining %} · {{ labels.remaining }} {{ line.remaining }}{% endif %}",
        style="List Bullet",
    )
    _tag(document, "endfor")
    _tag(document, "endfor")
    _tag(document, "if previous")
    document.add_heading("{{ changes_heading }}", level=1)
    _tag(document, "if changes")
    _table(
        document,
        ["{{ labels.action }}", "{{ labels.body }}", "{{ labels.from }}", "{{ labels.to }}"],
        ["for change in changes"],
        [
            "{{ change.action }}",
            "{{ change.body }}",
            "{{ change.from_name }}",
            "{{ change.to_name }}",
        ],
        [1.6, 5.0, 5.0, 5.0],
    )
    _tag(document, "else")
    document.add_paragraph("{{ labels.no_changes }}")
    _tag(document, "endif")
    _tag(document, "endif")
    _status_lists(document, '("genomford", "pagaende")')
    document.add_heading("{{ labels.missing }}", level=1)
    document.add_paragraph("{{ labels.missing_note }}")
    _tag(document, "if missing_by_body")
    _table(
        document,
        ["{{ labels.body }}", "{{ labels.missing }}", "{{ labels.actions_heading }}"],
        ["for row in missing_by_body"],
        [
            "{{ row.body }}",
            "{{ row.count_text }}{% if row.silent %} ({{ labels.nothing_reported }}){% endif %}",
            '{{ row.actions | join(", ") }}',
        ],
        [5.0, 3.6, 8.0],
    )
    _tag(document, "else")
    document.add_paragraph("{{ labels.none }}")
    _tag(document, "endif")
    # The appendix: the figures, the history and the bodies, the other lists.
    _tag(document, "if appendix is not defined or appendix")
    _appendix(document)
    _tag(document, "endif")
    return document


def _checklist_item(document: Any) -> None:
    """One action of a checklist without follow-up: box, id and text, then its examples, the
    body's role, the other bodies (each role once) and the levels."""
    document.add_heading(
        "{{ '☒' if item.done else '☐' }} {{ labels.action }} {{ item.id }}", level=2
    )
    document.add_paragraph("{{ item.text }}")
    _tag(document, "if item.examples")
    _bold_then(document, "{{ labels.examples }}:", "", "List Bullet")
    _tag(document, "for example in item.examples")
    document.add_paragraph("{{ example }}", style="List Bullet 2")
    _tag(document, "endfor")
    _tag(document, "endif")
    _tag(document, "if is_body_checklist")
    _bold_then(document, "{{ labels.role }}: ", "{{ item.role }}", "List Bullet")
    _tag(document, "if item.also_responsible")
    _bold_then(
        document,
        "{{ labels.also_responsible }}: ",
        '{{ item.also_responsible | join(", ") }}',
        "List Bullet",
    )
    _tag(document, "endif")
    _tag(document, "if item.also_co_responsible")
    _bold_then(
        document,
        "{{ labels.co_responsible_bodies }}: ",
        '{{ item.also_co_responsible | join(", ") }}',
        "List Bullet",
    )
    _tag(document, "endif")
    _tag(document, "else")
    _bold_then(
        document, "{{ labels.responsible }}: ", '{{ item.responsible | join(", ") }}', "List Bullet"
    )
    _tag(document, "if item.co_responsible")
    _bold_then(
        document,
        "{{ labels.co_responsible }}: ",
        '{{ item.co_responsible | join(", ") }}',
        "List Bullet",
    )
    _tag(document, "endif")
    _tag(document, "endif")
    _tag(document, "if item.other_levels")
    _bold_then(
        document,
        "{{ labels.other_levels if level_name else labels.level }}: ",
        '{{ item.other_levels | join(", ") }}',
        "List Bullet",
    )
    _tag(document, "endif")
    # Every field the models declare for checklists (plan.shown), as the Markdown and HTML
    # checklists show them.
    _tag(document, "for detail in item.details")
    _bold_then(document, "{{ detail.label }}: ", "{{ detail.text }}", "List Bullet")
    _tag(document, "endfor")


def _followup_table(document: Any) -> None:
    """A focus area's actions with what the follow-up says, as a secretary would lay it
    out: åtgärd | status | kommentar | underlag, one row per action and body."""
    _table(
        document,
        [
            "{{ labels.action }}",
            "{{ labels.status }}",
            "{{ labels.comment }}",
            "{{ labels.evidence }}",
        ],
        ["for item in group.items", "for record in item.followup"],
        [
            "{% if loop.first %}{{ '☒' if item.done else '☐' }} {{ item.id }} {{ item.text }}"
            "{% endif %}",
            "{% if not is_body_checklist %}{{ record.body }}: {% endif %}{{ record.status }}"
            "{% if record.date %}, {{ record.date }}{% endif %}",
            "{{ record.comment }}",
            "{{r record.evidence | links }}",
        ],
        [6.0, 3.2, 4.8, 3.0],
    )


def checklist_template() -> Any:
    document = _document()
    _header_and_footer(document, "{{ plan.organisation }} · {{ title }}")
    document.add_paragraph("{{ title }}", style="Title")
    _bold_then(document, "{{ plan.title }}", "")
    document.add_paragraph(
        "{{ plan.organisation }} · {{ labels.period }} {{ plan.period }} · {{ count_text }}"
        "{% if date %} · {{ labels.generated }} {{ date }}{% endif %}"
    )
    # What is asked: how many actions as responsible and as co-responsible.
    _tag(document, "if summary.roles")
    _bold_then(
        document,
        "{% for role in summary.roles %}{{ role.text }}"
        "{% if not loop.last %} · {% endif %}{% endfor %}",
        "",
    )
    _tag(document, "endif")
    # When the next report is due, and how to report.
    _tag(document, "if reporting")
    _bold_then(document, "{{ reporting.due_text }}", " {{ reporting.how }}")
    _tag(document, "endif")
    # With a follow-up: the status counts, each status by its symbol and name.
    _tag(document, "if status_counts")
    _bold_then(
        document,
        "{{ status_heading }}: ",
        "{% for status in status_counts %}{{ status.symbol }} {{ status.name }} {{ status.count }}"
        "{% if not loop.last %} · {% endif %}{% endfor %}",
    )
    document.add_paragraph("{{ followup_note }}")
    _tag(document, "endif")
    # A level's definition, a focus area's introduction and prerequisites.
    _tag(document, "if intro")
    document.add_heading("{{ intro.heading }}", level=1)
    _tag(document, "for paragraph in intro.paragraphs")
    document.add_paragraph("{{ paragraph }}")
    _tag(document, "endfor")
    _tag(document, "if intro.prerequisites")
    _bold_then(document, "{{ intro.prerequisites_heading }}", "")
    _tag(document, "for paragraph in intro.prerequisites")
    document.add_paragraph("{{ paragraph }}", style="List Bullet")
    _tag(document, "endfor")
    _tag(document, "endif")
    _tag(document, "endif")
    _tag(document, "if not groups")
    document.add_paragraph("{{ labels.no_actions }}")
    _tag(document, "endif")
    _tag(document, "for group in groups")
    _tag(document, "if group_headings")
    document.add_heading("{{ labels.focus_area }} {{ group.number }}: {{ group.title }}", level=1)
    _tag(document, "endif")
    _tag(document, "if has_statuses")
    _followup_table(document)
    _tag(document, "else")
    _tag(document, "for item in group.items")
    _checklist_item(document)
    _tag(document, "endfor")
    _tag(document, "endif")
    _tag(document, "endfor")
    _tag(document, "if is_body_checklist and plan.follow_up")
    document.add_heading("{{ labels.follow_up }}", level=1)
    document.add_paragraph("{{ plan.follow_up }}")
    _tag(document, "endif")
    # The line the HTML print ends with, for the meeting that goes through the checklist.
    document.add_paragraph(
        "{{ labels.signoff }}: {{ labels.date }} ____________________"
        "    {{ labels.initials }} ____________"
    )
    return document


def template_bytes(document: Any) -> bytes:
    """The document as a .docx with fixed timestamps, so the same script gives the same
    bytes."""
    sys.path.insert(0, str(ROOT / "src"))
    from valdplan.files.archive import fixed_zip

    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def diff_template() -> Any:
    """The change annex (valdplan diff --format docx): a bilaga with the HTML annex's
    sections, removed words struck through and added words underlined."""
    document = _document()
    _header_and_footer(document, "{{ new.title }} · {{ title }}")
    document.add_paragraph("{{ title }}", style="Title")
    document.add_paragraph(
        "{{ labels.diff_comparison }} {{ old.title }} ({{ old.period }}) {{ labels.diff_with }}"
        " {{ new.title }} ({{ new.period }})."
    )
    _tag(document, "if marks_words")
    document.add_paragraph(
        "{{ labels.diff_legend }} {{ labels.diff_removed_words }} ({{ labels.diff_struck }})"
        " {{ labels.and }} {{ labels.diff_added_words }} ({{ labels.diff_underlined }})."
    )
    _tag(document, "endif")
    _tag(document, "if equal")
    document.add_paragraph("{{ labels.diff_equal }}")
    _tag(document, "endif")
    _tag(document, "for section in sections")
    document.add_heading("{{ section.heading }}", level=1)
    _tag(document, 'for item in section["items"]')
    document.add_paragraph("{{r item.parts | marked }}", style="List Bullet")
    _tag(document, "for detail in item.details")
    document.add_paragraph("{{r detail | marked }}", style="List Bullet 2")
    _tag(document, "endfor")
    _tag(document, "endfor")
    _tag(document, "endfor")
    return document


def main(folder: Path = TEMPLATES) -> None:
    (folder / "diff.docx").write_bytes(template_bytes(diff_template()))
    (folder / "report.docx").write_bytes(template_bytes(report_template()))
    (folder / "checklist.docx").write_bytes(template_bytes(checklist_template()))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES)
