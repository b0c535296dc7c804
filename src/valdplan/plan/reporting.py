"""The plan's reporting calendar: the periods of a year the bodies report on (delår and helår,
tertials, quarters), the day each is reported as of, when answers are due (per kind of body
where companies report through their own boards), and who coordinates the follow-up; and the
deadlines that follow from it.

A due day is written as a day of the year (``MM-DD``) and falls on the first such day on or
after the day the period is reported as of: helår as of 12-31 due 01-31 is due on 31 January
of the next year.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import Field

from .base import StrictModel
from .fields import MonthDay, Name, PeriodId, Slug, Text


class Coordinator(StrictModel):
    """Who coordinates the follow-up and receives the answers (samordnare)."""

    name: Name = Field(
        description="Name of the coordinating office (namn), e.g. Kommunledningskontoret."
    )
    address: Text | None = Field(
        None, description="Where answers go (adress): an e-mail address, a web form or a post box."
    )


class ReportingPeriod(StrictModel):
    """A period of the year the bodies report on (rapportperiod), e.g. delår."""

    id: PeriodId = Field(
        description="Id follow-up files write as their period's part (id), e.g. delår or tertial-1."
    )
    name: Name = Field(description="The plan's own word for it (namn), e.g. Delår.")
    as_of: MonthDay = Field(
        description="The day the period is reported as of (per), MM-DD, e.g. 08-31."
    )
    due: MonthDay | None = Field(
        None,
        description="When answers are due (senast), MM-DD: the first such day on or after"
        " as_of, e.g. 09-15; none: no due date.",
    )
    due_by_kind: dict[Slug, MonthDay] = Field(
        default_factory=dict,
        description="Other due days for bodies of some kinds (per organtyp), body kind id →"
        " MM-DD, e.g. company: 09-30.",
    )
    document: Text | None = Field(
        None, description="The document the bodies report in (dokument), e.g. delårsbokslut."
    )

    def due_of(self, kind: str | None) -> str | None:
        """The due day (MM-DD) of a body of ``kind``: its kind's own, else the period's."""
        if kind is not None and kind in self.due_by_kind:
            return self.due_by_kind[kind]
        return self.due


def _default_periods() -> tuple[ReportingPeriod, ...]:
    return (
        ReportingPeriod.model_construct(None, id="delår", name="Delår", as_of="08-31"),
        ReportingPeriod.model_construct(None, id="helår", name="Helår", as_of="12-31"),
    )


class ReportingCalendar(StrictModel):
    """When the bodies report on the plan in a year, and to whom (rapportering)."""

    periods: tuple[ReportingPeriod, ...] = Field(
        default_factory=_default_periods,
        min_length=1,
        description="The periods of a year, in the order they are reported (perioder)."
        " Default: delår as of 08-31 and helår as of 12-31, without due dates.",
    )
    coordinator: Coordinator | None = Field(
        None,
        description="Who coordinates the follow-up (samordnare); default: the owner's office.",
    )

    def period(self, period_id: str) -> ReportingPeriod | None:
        """The period with id ``period_id``, if the calendar has one."""
        return next((p for p in self.periods if p.id == period_id), None)


def default_calendar() -> ReportingCalendar:
    """The calendar of a plan without a ``reporting:`` block: delår and helår, no due dates."""
    return ReportingCalendar.model_construct(None, periods=_default_periods())


class _Owner(Protocol):
    @property
    def office(self) -> str | None: ...


class _Period(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class PlanWithCalendar(Protocol):
    """What deadlines need of a plan (``models.Plan``, which imports this module)."""

    @property
    def reporting(self) -> ReportingCalendar: ...
    @property
    def period(self) -> _Period: ...
    @property
    def owner(self) -> _Owner | None: ...
    @property
    def bodies_by_id(self) -> Any: ...


@dataclass(frozen=True)
class Deadline:
    """When one body's answer for one period of one year is due, and to whom."""

    period_id: str
    period_name: str
    year: int
    as_of: datetime.date
    due: datetime.date
    document: str | None
    coordinator: Coordinator | None


def day_in(month_day: str, year: int) -> datetime.date:
    """``MM-DD`` as a date of ``year``."""
    month, day = month_day.split("-")
    return datetime.date(year, int(month), int(day))


def coordinator_of(plan: PlanWithCalendar) -> Coordinator | None:
    """The calendar's coordinator, else the owner's office (the plan's coordinating office)."""
    if plan.reporting.coordinator is not None:
        return plan.reporting.coordinator
    if plan.owner is not None and plan.owner.office:
        return Coordinator.model_construct(None, name=plan.owner.office, address=None)
    return None


def period_deadline(
    plan: PlanWithCalendar, body_id: str, period_id: str, year: int
) -> Deadline | None:
    """The deadline of ``body_id``'s answer for period ``period_id`` of ``year``; None when
    the calendar has no such period or it declares no due date for the body's kind."""
    period = plan.reporting.period(period_id)
    if period is None:
        return None
    body = plan.bodies_by_id.get(body_id)
    due = period.due_of(body.kind if body is not None else None)
    if due is None:
        return None
    as_of = day_in(period.as_of, year)
    due_day = day_in(due, year)
    if due_day < as_of:
        due_day = day_in(due, year + 1)
    return Deadline(
        period.id, period.name, year, as_of, due_day, period.document, coordinator_of(plan)
    )


def deadlines(plan: PlanWithCalendar, body_id: str) -> Iterator[Deadline]:
    """Every deadline of ``body_id`` in the plan period, in time order of the periods."""
    for year in range(plan.period.start, plan.period.end + 1):
        for period in sorted(plan.reporting.periods, key=lambda p: p.as_of):
            deadline = period_deadline(plan, body_id, period.id, year)
            if deadline is not None:
                yield deadline


def next_deadline(plan: PlanWithCalendar, body_id: str, as_of: datetime.date) -> Deadline | None:
    """The first reporting deadline of ``body_id`` on or after ``as_of`` within the plan
    period; None when the calendar declares no due dates (or none is left)."""
    upcoming = [d for d in deadlines(plan, body_id) if d.due >= as_of]
    return min(upcoming, key=lambda d: d.due, default=None)


def period_order(plan: PlanWithCalendar, period_id: str) -> int:
    """Where ``period_id`` comes within a year (by its as_of day); unknown ids come last."""
    ordered = sorted(plan.reporting.periods, key=lambda p: p.as_of)
    for index, period in enumerate(ordered):
        if period.id == period_id:
            return index
    return len(ordered)


def current_period(
    plan: PlanWithCalendar, as_of: datetime.date
) -> tuple[ReportingPeriod, int] | None:
    """The period answers are being collected for on ``as_of``: the latest period (and its
    year) whose as_of day has passed, within the plan period; None before the first."""
    found: tuple[ReportingPeriod, int] | None = None
    for year in range(plan.period.start, min(plan.period.end, as_of.year) + 1):
        for period in sorted(plan.reporting.periods, key=lambda p: p.as_of):
            if day_in(period.as_of, year) <= as_of:
                found = (period, year)
    return found
