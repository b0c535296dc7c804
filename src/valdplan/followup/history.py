"""The plan period as a whole: several follow-up files put in time order, the status counts
of each period, and each pair's status in each period."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Problem, ValdplanError
from ..messages import _
from ..plan.models import Plan
from ..vocabulary import PART_ORDER, STATUS_IDS
from .models import MISSING, FollowUp, period_words, plan_pairs, status_of

if TYPE_CHECKING:
    from .loading import LoadedFollowUp


def period_key(followup: FollowUp) -> tuple[int, int]:
    """Sort key of a follow-up's period: year, then delår before helår."""
    return (followup.period.year, PART_ORDER[followup.period.part])


def in_time_order(files: Sequence[LoadedFollowUp]) -> list[LoadedFollowUp]:
    """``files`` sorted by year and part; two files of the same period are an error, since
    the report could only count one of them."""
    ordered = sorted(files, key=lambda loaded: period_key(loaded.followup))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if period_key(before.followup) == period_key(after.followup):
            period = after.followup.period
            raise ValdplanError(
                _(
                    "{first} and {second} both follow up {period}; give one file per period"
                    " (valdplan followup merge combines the boards' files)"
                ).format(first=before.name, second=after.name, period=period_words(period))
            )
    return ordered


def _counts() -> dict[str, int]:
    return {**{status: 0 for status in STATUS_IDS}, MISSING: 0}


def period_history(plan: Plan, followups: Sequence[FollowUp]) -> dict[str, Any]:
    """Per period (in the order given): the status counts of the whole plan, of each focus
    area and of each body; and per action, each of its bodies' status in each period.
    ``saknas`` counts the pairs a file has no entry for. Plain data for the report and JSON."""
    pairs = plan_pairs(plan)
    entries = [followup.by_pair() for followup in followups]
    overall = [_counts() for _ in followups]
    areas = {area.number: [_counts() for _ in followups] for area in plan.focus_areas}
    bodies = {body.id: [_counts() for _ in followups] for body in plan.bodies}
    actions: dict[str, dict[str, Any]] = {}
    involved = {pair.body for pair in pairs}
    for pair in pairs:
        statuses = []
        for index, found in enumerate(entries):
            entry = found.get(pair.key)
            status = status_of(entry)
            statuses.append(status)
            for counts in (overall[index], areas[pair.area.number][index]):
                counts[status] += 1
            bodies[pair.body][index][status] += 1
        record = actions.setdefault(
            pair.action.id,
            {
                "action": pair.action.id,
                "text": pair.action.text,
                "focus_area": pair.area.number,
                "bodies": [],
            },
        )
        record["bodies"].append(
            {
                "body": plan.bodies_by_id[pair.body].name,
                "body_id": pair.body,
                "role": pair.role,
                "statuses": statuses,
            }
        )
    return {
        "periods": [
            {"year": f.period.year, "part": f.period.part, "counts": counts}
            for f, counts in zip(followups, overall, strict=True)
        ],
        "history": {
            "focus_areas": [
                {
                    "number": area.number,
                    "label": f"{area.number}. {area.title}",
                    "counts": areas[area.number],
                }
                for area in plan.focus_areas
            ],
            "bodies": [
                {"id": body.id, "label": body.name, "counts": bodies[body.id]}
                for body in plan.bodies
                if body.id in involved
            ],
            "actions": list(actions.values()),
        },
    }


@dataclass(frozen=True)
class PlanPeriod:
    """The follow-ups a report covers: the latest period, the one to list changes since, and
    every period in time order before the latest; the warnings of every file read."""

    latest: FollowUp
    previous: FollowUp | None
    earlier: list[FollowUp]
    warnings: list[Problem]


def plan_period(plan: Plan, files: Sequence[Path], previous: Path | None = None) -> PlanPeriod:
    """Read the follow-up ``files`` (one per period, in any order) and ``previous`` against
    ``plan``, each file once however often it is named: the latest period is reported, and
    ``previous`` (default: the period before the latest) must be earlier than it."""
    from ..errors import RuleBroken
    from .loading import load_followup

    named = [*files, *([previous] if previous is not None else [])]
    by_path = {path.resolve(): path for path in named}
    loaded = {key: load_followup(path, plan) for key, path in by_path.items()}
    ordered = in_time_order(list(loaded.values()))
    latest = max((loaded[path.resolve()].followup for path in files), key=period_key)
    before = loaded[previous.resolve()].followup if previous is not None else None
    if before is not None and period_key(before) >= period_key(latest):
        raise RuleBroken(
            _("{previous} is not earlier than the latest period of FILE ({latest})").format(
                previous=period_words(before.period), latest=period_words(latest.period)
            ),
            field="previous",
        )
    warnings = [warning for one in loaded.values() for warning in one.warnings]
    return PlanPeriod(latest, before, [one.followup for one in ordered[:-1]], warnings)
