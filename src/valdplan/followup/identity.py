"""Which plan a follow-up file follows: the record ``followup init`` writes into it, and the
check that a file fits the plan in use.

The record names the plan (organisation, title, period) and carries a short fingerprint of
its action ids and who is responsible for what. A file for another plan is refused with one
line naming both plans; a file whose plan has since changed its actions or bodies, or that
has no record yet (made by an older valdplan), loads with a warning that ``valdplan fmt``
can bring the record up to date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import Problem, RuleBroken
from ..files.locations import Loc
from ..files.yaml_events import YamlDocument
from ..messages import _
from ..plan.models import Plan

if TYPE_CHECKING:
    # Only named: a page's tick key takes the fingerprint without the follow-up models.
    from .models import FollowUp


def fingerprint(plan: Plan) -> str:
    """Twelve hex digits that change when an action id or a body's role on an action does."""
    hasher = hashlib.sha256()
    for _area, action in plan.actions():
        line = f"{action.id}|{','.join(action.responsible)}|{','.join(action.co_responsible)}\n"
        hasher.update(line.encode("utf-8"))
    for body in plan.bodies:
        hasher.update(f"body|{body.id}\n".encode())
    return hasher.hexdigest()[:12]


def plan_record(plan: Plan) -> dict[str, Any]:
    """The ``plan:`` record of a follow-up file for ``plan``, as plain data."""
    return {
        "organisation": plan.organisation,
        "title": plan.title,
        "period": {"start": plan.period.start, "end": plan.period.end},
        "fingerprint": fingerprint(plan),
    }


def _describe(title: Any, organisation: Any, period: Mapping[str, Any]) -> str:
    return f"«{title}» ({organisation}, {period.get('start')}–{period.get('end')})"


def identity_problems(data: Any, plan: Plan) -> list[tuple[Loc, str]]:
    """The one problem of a follow-up made for another plan, or of a year outside the plan's
    period, on the raw data; empty when the file may be checked against ``plan``."""
    if not isinstance(data, Mapping):
        return []
    problems: list[tuple[Loc, str]] = []
    record = data.get("plan")
    if isinstance(record, Mapping) and isinstance(record.get("period"), Mapping):
        theirs = (record.get("organisation"), record.get("title"))
        period = record["period"]
        same_period = (str(period.get("start")), str(period.get("end"))) == (
            str(plan.period.start),
            str(plan.period.end),
        )
        if theirs != (plan.organisation, plan.title) or not same_period:
            wanted = _describe(record.get("title"), record.get("organisation"), period)
            used = _describe(
                plan.title,
                plan.organisation,
                {"start": plan.period.start, "end": plan.period.end},
            )
            problems.append(
                (
                    ("plan",),
                    _(
                        "this follow-up is for the plan {wanted}, not for the plan in use,"
                        " {used}; pass --plan with the plan it follows"
                    ).format(wanted=wanted, used=used),
                )
            )
            return problems
    period = data.get("period")
    year = period.get("year") if isinstance(period, Mapping) else None
    if isinstance(year, str) and year.isdigit():
        from .rules import year_in_plan

        try:
            year_in_plan(plan, int(year))
        except RuleBroken as err:
            problems.append((("period", "year"), str(err)))
    return problems


def identity_warnings(
    name: str, followup: FollowUp, document: YamlDocument, plan: Plan
) -> list[Problem]:
    """Warnings for a file without a plan record, or whose plan has changed since."""
    if followup.plan is None:
        return [
            Problem(
                name,
                1,
                1,
                _(
                    "the file does not record which plan it follows (made by an older"
                    " valdplan); valdplan fmt {file} adds the record"
                ).format(file=name),
            )
        ]
    if followup.plan.fingerprint != fingerprint(plan):
        line, column = document.position(("plan", "fingerprint"))
        return [
            Problem(
                name,
                line,
                column,
                _(
                    "the plan's actions or responsibilities have changed since this file was"
                    " made; entries are checked against the plan in use (valdplan fmt {file}"
                    " records it)"
                ).format(file=name),
            )
        ]
    return []
