"""Plain records of actions, bodies and focus areas: what listings, JSON output and the plan
diff show of each, with the keys their models declare (``plan.declaration``).

The JSON records are a public interface (documented in README.md): keep keys stable.
"""

from __future__ import annotations

from .declaration import Record, action_record, area_fields, body_fields, record
from .models import Plan
from .query import Selection, body_counts

__all__ = ["Record", "action_record", "action_records", "area_records", "body_records"]


def action_records(selection: Selection) -> list[Record]:
    """Every selected action as a record, in document order."""
    return [action_record(selection.plan, area, action) for area, action in selection.items]


def body_records(plan: Plan) -> list[Record]:
    """Every body with how many actions it is responsible and co-responsible for."""
    counts = body_counts(plan)
    fields = body_fields()
    return [
        record(
            plan,
            body,
            fields,
            {"responsible": counts[body.id][0], "co_responsible": counts[body.id][1]},
        )
        for body in plan.bodies
    ]


def area_records(plan: Plan) -> list[Record]:
    """Every focus area with its number of actions."""
    fields = area_fields()
    return [record(plan, area, fields, {}) for area in plan.focus_areas]
