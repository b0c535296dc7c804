"""Plain records of actions, bodies and focus areas, and their JSON, CSV and Markdown forms.

The JSON records are a public interface (documented in README.md): keep keys stable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .models import Action, FocusArea, Plan
from .query import Selection, body_counts

Record = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """A field of a record and its heading in tables."""

    key: str
    title: str


ACTION_COLUMNS = (
    Column("id", "ID"),
    Column("focus_area", "Focus area"),
    Column("text", "Action"),
    Column("examples", "Examples"),
    Column("responsible", "Responsible"),
    Column("co_responsible", "Co-responsible"),
    Column("levels", "Levels"),
)
BODY_COLUMNS = (
    Column("id", "ID"),
    Column("name", "Name"),
    Column("kind", "Kind"),
    Column("responsible", "Responsible"),
    Column("co_responsible", "Co-responsible"),
)
AREA_COLUMNS = (
    Column("number", "Number"),
    Column("title", "Title"),
    Column("actions", "Actions"),
)


def action_record(plan: Plan, area: FocusArea, action: Action) -> Record:
    """One action as plain data, with bodies by display name."""
    names = plan.bodies_by_id
    return {
        "id": action.id,
        "focus_area": area.number,
        "text": action.text,
        "examples": list(action.examples),
        "responsible": [names[b].name for b in action.responsible],
        "co_responsible": [names[b].name for b in action.co_responsible],
        "levels": list(action.levels),
    }


def action_records(selection: Selection) -> list[Record]:
    return [action_record(selection.plan, area, action) for area, action in selection.items]


def body_records(plan: Plan) -> list[Record]:
    """Every body with how many actions it is responsible and co-responsible for."""
    counts = body_counts(plan)
    return [
        {
            "id": body.id,
            "name": body.name,
            "kind": body.kind,
            "responsible": counts[body.id][0],
            "co_responsible": counts[body.id][1],
        }
        for body in plan.bodies
    ]


def area_records(plan: Plan) -> list[Record]:
    """Every focus area with its number of actions."""
    return [
        {"number": area.number, "title": area.title, "actions": len(area.actions)}
        for area in plan.focus_areas
    ]


def cell_text(value: Any, separator: str = "; ") -> str:
    """A record value as one line of text: lists joined with ``separator``."""
    if isinstance(value, list):
        return separator.join(str(item) for item in value)
    return str(value)


def to_json(records: Sequence[Record] | Record) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_csv(records: Sequence[Record], columns: Sequence[Column]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column.key for column in columns])
    for record in records:
        writer.writerow([cell_text(record[column.key]) for column in columns])
    return out.getvalue()


# Characters with inline meaning in CommonMark/GFM. Block markers (#, -, 1.) only matter at
# the start of a line, and generated lines never start with plan text.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def escape_markdown(text: str) -> str:
    """``text`` on one line, with characters Markdown reads as inline syntax escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(records: Sequence[Record], columns: Sequence[Column]) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = [
        "| " + " | ".join(column.title for column in columns) + " |",
        "|" + "|".join(" --- " for _ in columns) + "|",
    ]
    for record in records:
        cells = [escape_markdown(cell_text(record[column.key])) for column in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
