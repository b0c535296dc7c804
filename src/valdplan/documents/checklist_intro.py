"""What a checklist says before its first action: the plan's own words on a level or a focus
area, the follow-up's status counts, and the key under which a browser keeps its ticks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..plan.query import Selection
from ..vocabulary import MISSING, REPORT_ORDER, Language, status_names

# The statuses in the order of the report's bars, the pairs without a report last, each with
# a symbol that tells it apart without its colour (the colours are the report's, by id).
STATUS_SYMBOLS: dict[str, str] = {
    "genomford": "✓",
    "pagaende": "◐",
    "ej-paborjad": "○",
    "ej-aktuell": "–",
    "saknas": "?",
}


@dataclass(frozen=True)
class Intro:
    """The plan's own text at the top of a level's or a focus area's checklist."""

    heading: str  # "Om preventionsnivån"
    paragraphs: tuple[str, ...]
    prerequisites_heading: str | None = None
    prerequisites: tuple[str, ...] = ()


def page_intro(selection: Selection, labels: dict[str, str]) -> Intro | None:
    """A level's definition, or a focus area's introduction and prerequisites, for the
    checklist of that level or area alone (a body's checklist has its own opening)."""
    if selection.body is not None:
        return None
    if selection.focus_area is not None and selection.level is None:
        area = selection.focus_area
        if not area.introduction and not area.prerequisites:
            return None
        heading = labels["prerequisites"] if area.prerequisites else None
        return Intro(labels["about_focus_area"], area.introduction, heading, area.prerequisites)
    if selection.level is not None and selection.focus_area is None:
        if not selection.level.definition:
            return None
        return Intro(labels["about_level"], selection.level.definition)
    return None


def status_counts(groups: Sequence[Any], lang: Language) -> list[dict[str, Any]]:
    """How many of the page's pairs have each status in the follow-up, in the report's
    order: ``id``, ``name``, ``symbol`` and ``count`` (statuses no pair has are left out).
    ``groups`` are the checklist's (``checklist.ChecklistGroup``, which imports this)."""
    names = status_names(lang)
    tally = {status: 0 for status in (*REPORT_ORDER, MISSING)}
    for group in groups:
        for item in group.items:
            for record in item.followup:
                tally[record.status_id] += 1
    return [
        {"id": status, "name": names[status], "symbol": STATUS_SYMBOLS[status], "count": count}
        for status, count in tally.items()
        if count
    ]


def tick_key(selection: Selection) -> str:
    """What a browser keeps this page's ticks under, beside the page's own address: the
    selection and the plan's version (its fingerprint of action ids and responsibilities),
    so that a tick belongs to one page and one version of the plan and no other."""
    from ..followup.identity import fingerprint

    parts = [
        f"body={selection.body.id}" if selection.body is not None else "",
        f"role={selection.role}" if selection.body is not None else "",
        f"level={selection.level.id}" if selection.level is not None else "",
        f"area={selection.focus_area.number}" if selection.focus_area is not None else "",
    ]
    return "|".join([*(part for part in parts if part), f"plan={fingerprint(selection.plan)}"])
