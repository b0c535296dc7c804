"""The set of checklists a build writes: one per body, prevention level and focus area, and
the index pages that link them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..files.folder import slugify
from ..plan.models import Plan
from ..plan.query import Selection, select_actions
from ..vocabulary import FORMATS, Format, Language
from .accessibility import STATEMENT_FILE
from .checklist import checklist_context
from .context import bodies_heading, count_label, plan_context, role_counts
from .deadline import reporting_context
from .environment import render
from .formats import INDEX_NAMES
from .goals import goal_overview
from .indicators import indicator_views
from .labels import LABELS
from .overview import overview

if TYPE_CHECKING:
    import jinja2

    from ..followup.models import FollowUp
    from ..indicators.snapshot import Snapshot
    from ..publishing.models import Publishing


@dataclass(frozen=True)
class Checklist:
    """One checklist of a build: which selection, under which file-name stem."""

    kind: Literal["body", "level", "focus_area"]
    stem: str
    title: str
    selection: Selection


# The checklists a build also writes as Word documents: the bodies', whose secretaries file
# them with their board's papers.
WORD_KINDS = frozenset({"body"})


def checklists(plan: Plan, lang: Language = "sv") -> list[Checklist]:
    """Every checklist a build writes, in the order the index lists them."""
    labels = LABELS[lang]
    wanted: list[tuple[Literal["body", "level", "focus_area"], str, str, Selection]] = []
    for body in plan.bodies:
        wanted.append(("body", body.name, body.name, select_actions(plan, body=body.id)))
    for level in plan.levels:
        wanted.append(("level", level.name, level.name, select_actions(plan, level=level.id)))
    for area in plan.focus_areas:
        title = f"{labels['focus_area']} {area.number}: {area.title}"
        stem_source = f"fokusomrade-{area.number}"
        wanted.append(("focus_area", stem_source, title, select_actions(plan, focus=area.number)))
    taken = {slugify(name) for name in INDEX_NAMES.values()} | {"index", "readme"}
    result = []
    for kind, stem_source, title, selection in wanted:
        stem = _unique(slugify(stem_source) or kind.replace("_", "-"), taken)
        result.append(Checklist(kind, stem, title, selection))
    return result


def _unique(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3`` … when two names fold to the same file name."""
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate)
    return candidate


def index_context(
    plan: Plan,
    lists: Sequence[Checklist],
    formats: Sequence[Format],
    lang: Language,
    date: str | None,
    indicators: Snapshot | None = None,
) -> dict[str, Any]:
    """The context of the ``index.*`` templates (see docs/templates.md)."""
    labels = LABELS[lang]
    headings = {
        "body": bodies_heading(plan, lang),
        "level": labels["levels"],
        "focus_area": labels["focus_areas"],
    }
    plan_reporting = reporting_context(plan, None, lang, date)
    sections = []
    by_body = {c.selection.body.id: c for c in lists if c.selection.body is not None}
    for kind, heading in headings.items():
        links = []
        for checklist in lists:
            if checklist.kind != kind:
                continue
            items = [action for _, action in checklist.selection.items]
            area = checklist.selection.focus_area
            short = f"{labels['focus_area']} {area.number}" if area else checklist.title
            body = checklist.selection.body
            roles = [a.role_of(body.id) for a in items] if body is not None else []
            due = None
            if body is not None:
                own = reporting_context(plan, body.id, lang, date)
                # Each body's next date when the build has a day to count from; the yearly
                # days only where a body's kind has its own.
                if own is not None and (date is not None or own != plan_reporting):
                    due = own["due_text"]
            links.append(
                {
                    "title": checklist.title,
                    "count": len(checklist.selection),
                    "count_text": count_label(len(checklist.selection), labels),
                    "roles_text": ", ".join(r["text"] for r in role_counts(roles, labels)),
                    "due_text": due,
                    "files": {
                        fmt: f"{checklist.stem}.{fmt}"
                        for fmt in formats
                        if fmt != "docx" or checklist.kind in WORD_KINDS
                    },
                    "names": {
                        "md": labels["named_markdown"].format(title=short),
                        "html": labels["named_html"].format(title=short),
                        "docx": labels["named_word"].format(title=short),
                    },
                }
            )
        sections.append({"kind": kind, "heading": heading, "links": links})
    matrices = overview(plan, {body_id: c.stem for body_id, c in by_body.items()}, lang)
    short = labels["focus_area_short"]
    return {
        **plan_context(plan, lang, date),
        "title": labels["index_title"],
        "count": plan.action_count,
        "count_text": count_label(plan.action_count, labels),
        "formats": list(formats),
        "reporting": plan_reporting,
        "sections": sections,
        "area_columns": [
            {
                "number": area.number,
                "title": area.title,
                "short": f"{short} {area.number}",
                "name": f"{labels['focus_area']} {area.number}",
            }
            for area in plan.focus_areas
        ],
        "level_columns": [level.name for level in plan.levels],
        "rows": matrices["rows"],
        "sums": matrices["sums"],
        "goal_rows": goal_overview(plan, lang),
        "indicators": indicator_views(indicators, lang),
    }


def build_files(
    plan: Plan,
    env: jinja2.Environment,
    formats: Sequence[Format] = FORMATS,
    lang: Language = "sv",
    date: str | None = None,
    indicators: Snapshot | None = None,
    publishing: Publishing | None = None,
    followup: FollowUp | None = None,
) -> dict[str, str | bytes]:
    """Every file of a build, by name: checklists in each format plus the index pages (and
    with ``docx``, a Word document per body, as bytes); the index shows ``indicators``.
    With the publisher's settings, a published site's files too: the open data (the plan
    and ``followup`` as downloads, their DCAT-AP-SE catalogue) and the accessibility
    statement, linked from every page's footer."""
    lists = checklists(plan, lang)
    site = {"statement": STATEMENT_FILE} if publishing is not None else None
    files: dict[str, str | bytes] = {}
    text_formats = [fmt for fmt in formats if fmt != "docx"]
    index_files: dict[str, str] = {fmt: INDEX_NAMES[fmt] for fmt in text_formats}
    for checklist in lists:
        context = checklist_context(checklist.selection, lang, date, index_files=index_files)
        context["site"] = site
        for fmt in text_formats:
            files[f"{checklist.stem}.{fmt}"] = render(env, f"checklist.{fmt}.j2", context)
        if "docx" in formats and checklist.kind in WORD_KINDS:
            from .word import CHECKLIST_TEMPLATE, word_file

            files[f"{checklist.stem}.docx"] = word_file(CHECKLIST_TEMPLATE, context, env)
    context = index_context(plan, lists, formats, lang, date, indicators)
    context["site"] = site
    context["downloads"] = []
    if publishing is not None:
        from .accessibility import statement_context
        from .open_data import CATALOGUE_FILE, catalogue, download_files

        downloads = download_files(plan, followup)
        files.update(downloads)
        files[CATALOGUE_FILE] = catalogue(plan, followup, publishing)
        context["downloads"] = [*downloads, CATALOGUE_FILE]
        statement = statement_context(plan, publishing, lang)
        files[STATEMENT_FILE] = render(env, "tillganglighet.html.j2", statement)
    for fmt in text_formats:
        files[INDEX_NAMES[fmt]] = render(env, f"index.{fmt}.j2", context)
    return files
