"""Who still owes an answer: the pairs not reported for a period, per body, with the body's
due date from the plan's reporting calendar and how many days it is overdue."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem, ValdplanError
from ..messages import _
from ..plan.models import Plan
from ..plan.reporting import Deadline, current_period, period_deadline
from ..vocabulary import MISSING
from .models import FollowUp, FollowUpPeriod, period_words, status_of


@dataclass(frozen=True)
class Owed:
    """One body's unreported pairs of the period and its deadline (None: no due date)."""

    body_id: str
    body: str
    actions: list[str]
    deadline: Deadline | None
    days_overdue: int | None


@dataclass
class DueList:
    """The period (and its name in the user's language), the day it was worked out for,
    every body that owes answers, and the warnings of the files read."""

    period: FollowUpPeriod
    period_name: str
    as_of: datetime.date
    owed: list[Owed]
    notes: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def overdue(self) -> list[Owed]:
        return [one for one in self.owed if one.days_overdue]


def owed(
    plan: Plan, followup: FollowUp | None, period: FollowUpPeriod, as_of: datetime.date
) -> list[Owed]:
    """Per body in the plan's order, the actions it has not reported on for ``period``
    (every one of its pairs when there is no follow-up), with its deadline."""
    from .models import plan_pairs

    entries = followup.by_pair() if followup is not None else {}
    actions: dict[str, list[str]] = {}
    for pair in plan_pairs(plan):
        if status_of(entries.get(pair.key)) == MISSING:
            actions.setdefault(pair.body, []).append(pair.action.id)
    result = []
    for body in plan.bodies:
        if body.id not in actions:
            continue
        deadline = period_deadline(plan, body.id, period.part, period.year)
        late = None if deadline is None else max(0, (as_of - deadline.due).days)
        result.append(Owed(body.id, body.name, actions[body.id], deadline, late))
    return result


def folder_files(folder: Path, plan: Plan) -> list[Path]:
    """The follow-up files the coordinator keeps in ``folder`` (its ``*.yaml`` files) of the
    latest period among them, in name order; none when the folder is missing or holds none,
    as in a plan repository before its first follow-up."""
    from .history import period_key
    from .loading import load_followup

    if not folder.is_dir():
        return []
    loaded = [load_followup(path, plan) for path in sorted(folder.glob("*.yaml"))]
    latest = max((period_key(plan, one.followup) for one in loaded), default=None)
    return [one.path for one in loaded if period_key(plan, one.followup) == latest]


def due_list(
    plan: Plan, files: Sequence[Path], as_of: datetime.date, bodies: Sequence[str] = ()
) -> DueList:
    """What is owed for the period of ``files`` (several files of one period are merged, as
    ``merge`` does), or, without files, for the period whose as-of day last passed on
    ``as_of``; only the ``bodies`` named (by name or id), if any."""
    from ..plan.query import find_body
    from .loading import load_followup
    from .merging import merge, merged_note

    notes: list[str] = []
    warnings: list[Problem] = []
    followup: FollowUp | None = None
    if files:
        loaded = [load_followup(path, plan) for path in files]
        warnings = [warning for one in loaded for warning in one.warnings]
        followup = merge(loaded, plan) if len(loaded) > 1 else loaded[0].followup
        if len(loaded) > 1:
            notes.append(merged_note(plan, len(loaded), followup))
        period = followup.period
    else:
        found = current_period(plan, as_of)
        if found is None:
            raise ValdplanError(
                _("no reporting period of the plan has ended by {date}").format(date=as_of)
            )
        period = FollowUpPeriod.model_construct(None, year=found[1], part=found[0].id)
    wanted = {find_body(plan, name).id for name in bodies}
    listed = [
        one for one in owed(plan, followup, period, as_of) if not wanted or one.body_id in wanted
    ]
    return DueList(period, period_words(period, plan), as_of, listed, notes, warnings)


def calendar_bodies(plan: Plan, names: Sequence[str]) -> list[str]:
    """The ids of the bodies named (by name or id), else of every body with pairs, in the
    plan's order."""
    from ..plan.query import find_body
    from .models import plan_pairs

    if names:
        return list(dict.fromkeys(find_body(plan, name).id for name in names))
    involved = {pair.body for pair in plan_pairs(plan)}
    return [body.id for body in plan.bodies if body.id in involved]
