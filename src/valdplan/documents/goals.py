"""The goals a document names: which goals a set of actions serves, each goal as templates
show it, and the index's overview of goals against focus areas."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..vocabulary import Language
from .context import count_label
from .labels import LABELS

if TYPE_CHECKING:
    from ..plan.models import Action, FocusArea, Plan

# The labels that name a goal's level.
_LEVELS = {
    "global": "goal_level_global",
    "national": "goal_level_national",
    "regional": "goal_level_regional",
    "local": "goal_level_local",
}


def served_goals(plan: Plan, items: Iterable[tuple[FocusArea, Action]]) -> list[dict[str, Any]]:
    """The goals the actions ``items`` serve (their own, their focus areas' and the plan's),
    in the order of the plan's register, as templates show them; none without actions."""
    served: set[str] = set()
    for area, action in items:
        served.update(plan.goals_of(area, action))
    return [goal_entry(plan, goal.id) for goal in plan.goals if goal.id in served]


def goal_entry(plan: Plan, goal_id: str, lang: Language | None = None) -> dict[str, Any]:
    """One goal for a template: ``id``, ``name``, ``level`` (the key of its level's label),
    ``source`` and ``url`` (None when the plan gives none)."""
    goal = plan.goals_by_id[goal_id]
    return {
        "id": goal.id,
        "name": goal.name,
        "level": _LEVELS[goal.level],
        "source": goal.source,
        "url": goal.url,
    }


def goal_overview(plan: Plan, lang: Language) -> list[dict[str, Any]]:
    """For each goal of the register: how many actions of each focus area serve it, with a
    text for screen readers ("7 actions in focus area 1"), and its total."""
    labels = LABELS[lang]
    rows = []
    for goal in plan.goals:
        cells = []
        total = 0
        for area in plan.focus_areas:
            count = sum(goal.id in plan.goals_of(area, action) for action in area.actions)
            total += count
            spoken = labels["goal_cell"].format(
                count=count_label(count, labels), area=f"{labels['focus_area']} {area.number}"
            )
            cells.append({"count": count, "spoken": spoken})
        rows.append({**goal_entry(plan, goal.id), "cells": cells, "total": total})
    return rows
