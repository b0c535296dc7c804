"""Plain records of actions, bodies and focus areas: what listings, JSON output and the plan
diff show of each.

The JSON records are a public interface (documented in README.md): keep keys stable.
"""

from __future__ import annotations

from typing import Any

from .models import Action, FocusArea, Plan
from .query import Selection, body_counts

Record = dict[str, Any]


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
        # Goal ids: the action's own, then its focus area's and the plan's (inherited).
        "goals": list(plan.goals_of(area, action)),
    }


def action_records(selection: Selection) -> list[Record]:
    """Every selected action as a record, in document order."""
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
