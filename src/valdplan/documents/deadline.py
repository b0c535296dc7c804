"""When a checklist's body reports next, and how: the first thing its page says after what
is asked.

The day a page counts from is never the clock's, so that the same plan gives the same bytes:
a follow-up checklist shows the due date of its own period; otherwise ``--date`` (or
``SOURCE_DATE_EPOCH``) is the day the next due date is looked up from, and without either
the page gives the calendar's yearly due days instead of one date.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from ..vocabulary import Language
from .labels import LABELS

if TYPE_CHECKING:
    from ..plan.models import Plan
    from ..plan.reporting import Deadline


def day_words(day: datetime.date, labels: dict[str, str], year: bool = True) -> str:
    """A day as people write it: "30 september 2026" (or "30 september" without the year)."""
    words = f"{day.day} {labels[f'month_{day.month}']}"
    return f"{words} {day.year}" if year else words


def _how(documents: list[str], coordinator: Any, labels: dict[str, str]) -> str:
    """How to report, in the plan's own terms: in which document and to whom."""
    parts = []
    if documents:
        listed = documents[0]
        if len(documents) > 1:
            listed = labels["list_and"].format(items=", ".join(documents[:-1]), last=documents[-1])
        parts.append(labels["report_in"].format(document=listed))
    if coordinator is not None:
        whom = coordinator.name
        if coordinator.address:
            whom = f"{whom} ({coordinator.address})"
        parts.append(labels["report_to"].format(coordinator=whom))
    return labels["report_how"].format(how=", ".join(parts)) if parts else ""


def _one(deadline: Deadline, labels: dict[str, str], label: str = "next_report") -> dict[str, Any]:
    period = f"{deadline.period_name[:1].lower()}{deadline.period_name[1:]} {deadline.year}"
    documents = [deadline.document] if deadline.document else []
    return {
        "due": deadline.due.isoformat(),
        "due_text": labels[label].format(date=day_words(deadline.due, labels), period=period),
        "how": _how(documents, deadline.coordinator, labels),
    }


def reporting_context(
    plan: Plan,
    body_id: str | None,
    lang: Language,
    date: str | None,
    followup_period: tuple[str, int] | None = None,
) -> dict[str, Any] | None:
    """What a page says of reporting: ``due`` (the date, ISO; none for the yearly days),
    ``due_text`` ("Nästa redovisning: senast 30 september 2026 (delår 2026)") and ``how``
    ("Redovisas i delårsbokslut, till samordnande kontor."); None when the plan's
    calendar has no due dates. ``followup_period`` is a follow-up's (part, year)."""
    from ..plan.reporting import (
        PlanWithCalendar,
        coordinator_of,
        day_in,
        next_deadline,
        period_deadline,
    )

    # The calendar's protocol declares the plan's frozen fields as plain attributes, which
    # mypy does not match with read-only ones; the plan is what the protocol describes.
    calendar = cast(PlanWithCalendar, plan)
    labels = LABELS[lang]
    body = body_id or ""
    if followup_period is not None:
        deadline = period_deadline(calendar, body, followup_period[0], followup_period[1])
        return _one(deadline, labels, "period_report") if deadline is not None else None
    if date is not None:
        deadline = next_deadline(calendar, body, datetime.date.fromisoformat(date))
        return _one(deadline, labels) if deadline is not None else None
    # No day to count from: the calendar's due days, the same every year.
    kind = plan.bodies_by_id[body_id].kind if body_id is not None else None
    days, documents = [], []
    for period in sorted(plan.reporting.periods, key=lambda p: p.as_of):
        due = period.due_of(kind)
        if due is None:
            continue
        day = day_words(day_in(due, plan.period.start), labels, year=False)
        days.append(labels["yearly_due"].format(period=period.name.lower(), date=day))
        if period.document and period.document not in documents:
            documents.append(period.document)
    if not days:
        return None
    return {
        "due": None,
        "due_text": labels["yearly_report"].format(days="; ".join(days)),
        "how": _how(documents, coordinator_of(calendar), labels),
    }
