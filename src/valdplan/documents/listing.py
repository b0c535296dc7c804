"""Listings of the plan (actions, bodies, focus areas) in the format asked for: one renderer
per format, registered in ``RENDERERS``, so that a new format is one function and one line.

JSON and CSV keep ids and keys for machines; Markdown and terminal tables show the records
for people (levels and kinds by name), with headings in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..messages import ngettext
from ..plan.declaration import action_fields, body_fields
from ..vocabulary import RecordFormat
from .tables import (
    ACTION_COLUMNS,
    AREA_COLUMNS,
    BODY_COLUMNS,
    Column,
    readable,
    terminal_text,
    to_csv,
    to_json,
    to_markdown,
)

if TYPE_CHECKING:
    from ..plan.models import Plan
    from ..plan.query import Selection
    from ..plan.records import Record


@dataclass(frozen=True)
class Listing:
    """Records with their columns and title; ``readable`` are the same records for people."""

    records: Sequence[Record]
    columns: Sequence[Column]
    title: str
    readable: Sequence[Record] | None = None

    @property
    def for_people(self) -> Sequence[Record]:
        return self.readable if self.readable is not None else self.records


RENDERERS: dict[RecordFormat, Callable[[Listing, int], str]] = {
    "table": lambda it, width: terminal_text(it.for_people, it.columns, it.title, width),
    "json": lambda it, _width: to_json(list(it.records)),
    "csv": lambda it, _width: to_csv(it.records, it.columns),
    "md": lambda it, _width: to_markdown(it.for_people, it.columns),
}


def listing_text(listing: Listing, fmt: RecordFormat | None, terminal: bool, width: int) -> str:
    """``listing`` in ``fmt``; without one, a table on a terminal (``width`` columns wide)
    and JSON for a pipe."""
    chosen: RecordFormat = fmt if fmt is not None else ("table" if terminal else "json")
    return RENDERERS[chosen](listing, width)


def action_listing(selection: Selection) -> Listing:
    """The selected actions."""
    from ..plan.records import action_records

    records = action_records(selection)
    count = len(selection)
    title = ngettext("{n} action", "{n} actions", count).format(n=count)
    fields = action_fields()
    return Listing(records, ACTION_COLUMNS, title, readable(records, fields, selection.plan))


def body_listing(plan: Plan, language: str) -> Listing:
    """Every body with its kind (named in ``language`` for people) and its counts."""
    from ..plan.records import body_records

    records = body_records(plan)
    count = len(plan.bodies)
    title = ngettext("{n} body", "{n} bodies", count).format(n=count)
    shown = readable(records, body_fields(), plan, language)
    return Listing(records, BODY_COLUMNS, title, shown)


def area_listing(plan: Plan) -> Listing:
    """Every focus area with its number of actions."""
    from ..plan.records import area_records

    count = len(plan.focus_areas)
    title = ngettext("{n} focus area", "{n} focus areas", count).format(n=count)
    return Listing(area_records(plan), AREA_COLUMNS, title)
