"""``followup due`` in the format asked for: the unreported pairs as a table, Markdown, CSV
(one row per pair) or JSON (one record per body), and the reporting deadlines as an
iCalendar file (one event per deadline per body, with UIDs that stay the same between runs,
so that importing the file again updates the events instead of adding them twice)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..messages import N_, _, ngettext, words
from ..vocabulary import DueFormat
from .tables import Column, terminal_text, to_csv, to_json, to_markdown

if TYPE_CHECKING:
    from ..followup.due import DueList
    from ..plan.models import Plan
    from ..plan.reporting import Deadline

DUE_COLUMNS = (
    Column("body", N_("Body"), "words"),
    Column("action", N_("Action"), "id"),
    Column("due", N_("Due"), "id"),
    Column("days_overdue", N_("Days overdue"), "number"),
)


def due_rows(due: DueList) -> list[dict[str, Any]]:
    """One record per unreported pair: body, action, due date and days overdue."""
    return [
        {
            "body": one.body,
            "action": action,
            "due": one.deadline.due.isoformat() if one.deadline else "",
            "days_overdue": one.days_overdue if one.days_overdue is not None else "",
        }
        for one in due.owed
        for action in one.actions
    ]


def due_records(due: DueList) -> dict[str, Any]:
    """The list as JSON data: the period, the day, and per body its actions and deadline."""

    def deadline(found: Deadline | None) -> dict[str, Any] | None:
        if found is None:
            return None
        coordinator = found.coordinator
        return {
            "due": found.due.isoformat(),
            "document": found.document,
            "coordinator": coordinator.name if coordinator else None,
            "address": coordinator.address if coordinator else None,
        }

    return {
        "period": {"year": due.period.year, "part": due.period.part},
        "as_of": due.as_of.isoformat(),
        "bodies": [
            {
                "body_id": one.body_id,
                "body": one.body,
                "actions": one.actions,
                "deadline": deadline(one.deadline),
                "days_overdue": one.days_overdue,
            }
            for one in due.owed
        ],
    }


def due_title(due: DueList) -> str:
    """ "Not reported for full year 2025 as of 2026-02-10: 40 pairs, 3 bodies"."""
    pairs = sum(len(one.actions) for one in due.owed)
    return _("Not reported for {period} as of {date}: {pairs}, {bodies}").format(
        period=due.period_name,
        date=due.as_of.isoformat(),
        pairs=ngettext("{n} pair", "{n} pairs", pairs).format(n=pairs),
        bodies=ngettext("{n} body", "{n} bodies", len(due.owed)).format(n=len(due.owed)),
    )


def _readable(due: DueList) -> list[dict[str, Any]]:
    return [{**row, "days_overdue": str(row["days_overdue"])} for row in due_rows(due)]


# One renderer per format but ics, which needs the plan (``calendar_file``).
RENDERERS: dict[str, Callable[[DueList, int], str]] = {
    "table": lambda due, width: terminal_text(_readable(due), DUE_COLUMNS, due_title(due), width),
    "json": lambda due, _width: to_json(due_records(due)),
    "csv": lambda due, _width: to_csv(due_rows(due), DUE_COLUMNS),
    "md": lambda due, _width: to_markdown(_readable(due), DUE_COLUMNS),
}


def due_text(due: DueList, fmt: DueFormat, width: int) -> str:
    """The list in ``fmt`` (table, json, csv or md)."""
    return RENDERERS[fmt](due, width)


def _uid(plan: Plan, deadline: Deadline, body_id: str) -> str:
    """The same UID for the same deadline of the same body in every run, so that a calendar
    updates its event when the file is imported again."""
    from ..files.folder import slugify

    period = slugify(deadline.period_id) or "period"
    return f"{period}-{deadline.year}-{body_id}@{slugify(plan.organisation)}.valdplan"


def calendar_file(plan: Plan, bodies: Sequence[str]) -> bytes:
    """Every reporting deadline of the plan period for ``bodies`` (ids), one all-day event
    per deadline per body, in the plan's language; the same bytes in every run."""
    from icalendar import Calendar, Event

    from ..plan.reporting import deadlines

    _ = words(plan.language)  # the calendar speaks the plan's language
    calendar = Calendar()
    calendar.add("prodid", f"-//valdplan//{plan.organisation}//{plan.language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Follow-up deadlines: {title}").format(title=plan.title))
    for body_id in bodies:
        body = plan.bodies_by_id[body_id]
        for deadline in deadlines(plan, body_id):
            event = Event()
            event.add("uid", _uid(plan, deadline, body_id))
            # Fixed, not the time of the run: the day the period is reported as of.
            stamp = datetime.datetime.combine(deadline.as_of, datetime.time(), datetime.UTC)
            event.add("dtstamp", stamp)
            event.add("dtstart", deadline.due)
            event.add("dtend", deadline.due + datetime.timedelta(days=1))
            event.add(
                "summary",
                _("{body}: last day of follow-up {period} {year}").format(
                    body=body.name, period=deadline.period_name, year=deadline.year
                ),
            )
            event.add("description", _description(deadline, _))
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
    return bytes(calendar.to_ical())


def _description(deadline: Deadline, _: Callable[[str], str]) -> str:
    lines = [_("Report as of {date}.").format(date=deadline.as_of.isoformat())]
    if deadline.document:
        lines.append(_("Reported in: {document}.").format(document=deadline.document))
    coordinator = deadline.coordinator
    if coordinator is not None:
        to = coordinator.name + (f" ({coordinator.address})" if coordinator.address else "")
        lines.append(_("Answer to: {coordinator}.").format(coordinator=to))
    return "\n".join(lines)
