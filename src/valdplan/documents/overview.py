"""The responsibility overview of a build's index: for every body, how many actions it is
responsible and co-responsible for in each focus area and at each prevention level, with a
total per body and a sum per column."""

from __future__ import annotations

from typing import Any

from ..plan.models import Action, Plan
from ..vocabulary import Language
from .context import kind_name
from .labels import LABELS


def cell(responsible: int, co_responsible: int, labels: dict[str, str]) -> dict[str, Any]:
    """One cell of a matrix: both counts, their sum, and the cell's text for screen readers
    ("5 som ansvarig, 2 som medansvarig"; "inga" for none)."""
    total = responsible + co_responsible
    spoken = (
        labels["cell_counts"].format(responsible=responsible, co_responsible=co_responsible)
        if total
        else labels["none_short"]
    )
    return {
        "responsible": responsible,
        "co_responsible": co_responsible,
        "total": total,
        "spoken": spoken,
    }


def _cells(
    body_id: str, groups: list[list[Action]], labels: dict[str, str]
) -> list[dict[str, Any]]:
    cells = []
    for actions in groups:
        roles = [action.role_of(body_id) for action in actions]
        cells.append(cell(roles.count("responsible"), roles.count("co-responsible"), labels))
    return cells


def _sums(rows: list[list[dict[str, Any]]], labels: dict[str, str]) -> list[dict[str, Any]]:
    """The sum of each column over the rows (an action counts once for each body)."""
    if not rows:
        return []
    return [
        cell(
            sum(row[i]["responsible"] for row in rows),
            sum(row[i]["co_responsible"] for row in rows),
            labels,
        )
        for i in range(len(rows[0]))
    ]


def overview(plan: Plan, stems: dict[str, str], lang: Language) -> dict[str, Any]:
    """The ``rows`` and ``sums`` of the index's matrices (see docs/templates.md); ``stems``
    maps a body's id to the file-name stem of its checklist."""
    labels = LABELS[lang]
    by_area = [list(area.actions) for area in plan.focus_areas]
    everything = [action for _, action in plan.actions()]
    by_level = [[a for a in everything if level.id in a.levels] for level in plan.levels]
    rows = []
    for body in plan.bodies:
        areas = _cells(body.id, by_area, labels)
        levels = _cells(body.id, by_level, labels)
        total = _cells(body.id, [everything], labels)[0]
        rows.append(
            {
                "name": body.name,
                "kind": kind_name(plan, body.kind, lang),
                "stem": stems[body.id],
                "by_area": [c["total"] for c in areas],
                "by_level": [c["total"] for c in levels],
                "responsible": total["responsible"],
                "co_responsible": total["co_responsible"],
                "area_cells": areas,
                "level_cells": levels,
                "total": total,
            }
        )
    return {
        "rows": rows,
        "sums": {
            "area_cells": _sums([row["area_cells"] for row in rows], labels),
            "level_cells": _sums([row["level_cells"] for row in rows], labels),
            "total": _sums([[row["total"]] for row in rows], labels)[0]
            if rows
            else cell(0, 0, labels),
        },
    }
