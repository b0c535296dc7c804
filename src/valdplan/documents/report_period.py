"""The report's section over the plan period, as plain records: the periods by name, the
status counts of each focus area and body in each period, and each pair's status in each
period."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..vocabulary import Language, status_names
from .context import period_name
from .report_lists import role_label, short_text

if TYPE_CHECKING:
    from ..plan.models import Plan


def _cells(counts: dict[str, int], order: tuple[str, ...], names: dict[str, str]) -> list[Any]:
    return [{"id": status, "name": names[status], "count": counts[status]} for status in order]


def _group(
    group: dict[str, Any], periods: list[str], order: tuple[str, ...], names: dict[str, str]
) -> dict[str, Any]:
    return {
        "label": group["label"],
        "total": sum(group["counts"][0].values()),
        "rows": [
            {"period": period, "cells": _cells(counts, order, names)}
            for period, counts in zip(periods, group["counts"], strict=True)
        ],
    }


def _done(group: dict[str, Any]) -> dict[str, Any]:
    """A group's pairs done in each period, one number per period: a row of the compact
    table over the plan period."""
    return {
        "label": group["label"],
        "total": sum(group["counts"][0].values()),
        "counts": [counts["genomford"] for counts in group["counts"]],
    }


def period_context(
    plan: Plan,
    history: dict[str, Any],
    periods: list[dict[str, Any]],
    order: tuple[str, ...],
    lang: Language,
) -> dict[str, Any]:
    """The context of the plan-period section (see docs/templates.md): ``periods`` by name,
    ``areas`` and ``bodies`` (per group, one row of counts per period), ``done_areas`` and
    ``done_bodies`` (per group, the pairs done in each period) and ``actions`` (per action,
    each body's status in each period, ``changed`` where it differs from the period before,
    ``same`` where it does not)."""
    names = status_names(lang)
    named = [period_name(plan, p["part"], p["year"], lang) for p in periods]
    actions = []
    for action in history["actions"]:
        bodies = []
        for body in action["bodies"]:
            cells = []
            for index, status in enumerate(body["statuses"]):
                changed = index > 0 and status != body["statuses"][index - 1]
                same = index > 0 and not changed  # shown as "·": the row reads as changes
                cells.append(
                    {"id": status, "name": names[status], "changed": changed, "same": same}
                )
            bodies.append(
                {"body": body["body"], "role": role_label(body["role"], lang), "cells": cells}
            )
        actions.append(
            {"action": action["action"], "short": short_text(action["text"]), "bodies": bodies}
        )
    return {
        "periods": [
            {"name": name, "year": p["year"], "part": p["part"], "counts": p["counts"]}
            for name, p in zip(named, periods, strict=True)
        ],
        "totals": [_cells(p["counts"], order, names) for p in periods],
        "areas": [_group(g, named, order, names) for g in history["focus_areas"]],
        "bodies": [_group(g, named, order, names) for g in history["bodies"]],
        "done_areas": [_done(g) for g in history["focus_areas"]],
        "done_bodies": [_done(g) for g in history["bodies"]],
        "actions": actions,
    }
