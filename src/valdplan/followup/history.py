"""The plan period as a whole: several follow-up files put in time order, the status counts
of each period, and each pair's status in each period."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Problem
from ..messages import _
from ..plan.models import Plan
from ..plan.reporting import period_order
from ..vocabulary import MISSING, STATUS_IDS
from .models import FollowUp, period_words, plan_pairs, status_of

if TYPE_CHECKING:
    from .loading import LoadedFollowUp


def period_key(plan: Plan, followup: FollowUp) -> tuple[int, int]:
    """Sort key of a follow-up's period: year, then the period's place in the plan's
    calendar (delår before helår)."""
    return (followup.period.year, period_order(plan, followup.period.part))


def by_period(plan: Plan, files: Sequence[LoadedFollowUp]) -> list[list[LoadedFollowUp]]:
    """``files`` grouped by period, the periods in time order (by year and the plan's
    calendar), each group's files in the order given."""
    groups: dict[tuple[int, int], list[LoadedFollowUp]] = {}
    for loaded in files:
        groups.setdefault(period_key(plan, loaded.followup), []).append(loaded)
    return [groups[key] for key in sorted(groups)]


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
    every period in time order before the latest; the warnings of every file read, and a
    note for every period whose files were merged."""

    latest: FollowUp
    previous: FollowUp | None
    earlier: list[FollowUp]
    warnings: list[Problem]
    notes: list[str] = field(default_factory=list)


def plan_period(plan: Plan, files: Sequence[Path], previous: Path | None = None) -> PlanPeriod:
    """Read the follow-up ``files`` (in any order) and ``previous`` against ``plan``, each
    file once however often it is named. Several files of one period are merged as ``merge``
    does (a conflict is its error). The latest period is reported, and ``previous``
    (default: the period before the latest) must be earlier than it."""
    from ..errors import RuleBroken
    from .loading import load_followup
    from .merging import merge, merged_note

    named = [*files, *([previous] if previous is not None else [])]
    by_path = {path.resolve(): path for path in named}
    loaded = {key: load_followup(path, plan) for key, path in by_path.items()}
    notes: list[str] = []
    periods: list[FollowUp] = []
    of_file: dict[Path, FollowUp] = {}
    for group in by_period(plan, list(loaded.values())):
        followup = merge(group, plan) if len(group) > 1 else group[0].followup
        if len(group) > 1:
            notes.append(merged_note(plan, len(group), followup))
        periods.append(followup)
        of_file.update({one.path.resolve(): followup for one in group})
    latest = max((of_file[path.resolve()] for path in files), key=lambda f: period_key(plan, f))
    before = of_file[previous.resolve()] if previous is not None else None
    if before is not None and period_key(plan, before) >= period_key(plan, latest):
        raise RuleBroken(
            _("{previous} is not earlier than the latest period of FILE ({latest})").format(
                previous=period_words(before.period, plan),
                latest=period_words(latest.period, plan),
            ),
            field="previous",
        )
    warnings = [warning for one in loaded.values() for warning in one.warnings]
    earlier = periods[: periods.index(latest)]
    return PlanPeriod(latest, before, earlier, warnings, notes)
