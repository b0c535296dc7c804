"""Follow-up files as validated data: statuses, entries, the period, and the (action, body)
pairs a plan asks a follow-up for.

A follow-up file holds one entry per (action, body) pair, where the body is responsible or
co-responsible for the action, with a status, a comment and optionally evidence and a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..messages import N_, _
from ..plan.fields import ActionId, Slug, Text, iso_date, no_control_characters
from ..plan.models import Action, FocusArea, Period, Plan, StrictModel

# Status ids (what files store) and their Swedish names, which are part of the file format:
# files, spreadsheets and the command line accept them whatever the user's language.
STATUSES: dict[str, str] = {
    "ej-paborjad": "ej påbörjad",
    "pagaende": "pågående",
    "genomford": "genomförd",
    "ej-aktuell": "ej aktuell",
}
# The same statuses in a message, in the user's language ("done", "genomförd").
STATUS_WORDS: dict[str, str] = {
    "ej-paborjad": N_("not started"),
    "pagaende": N_("in progress"),
    "genomford": N_("done"),
    "ej-aktuell": N_("not applicable"),
}
NOT_STARTED = "ej-paborjad"
DONE = "genomford"
PARTS = ("delår", "helår")
Role = Literal["responsible", "co-responsible"]


_STATUS_IDS: dict[str, str] = {}


def status_id(typed: str) -> str | None:
    """The status id for an id, a Swedish name or an English word, in any case, with or
    without å/ä/ö."""
    if typed in STATUSES:  # the common case: files store ids
        return typed
    from ..plan.names import normalise

    if not _STATUS_IDS:
        for key, name in STATUSES.items():
            for spelling in (key, name, STATUS_WORDS[key]):
                _STATUS_IDS[normalise(spelling)] = key
    return _STATUS_IDS.get(normalise(typed))


def status_word(status: str) -> str:
    """A status id as a word of the user's language, for messages."""
    return _(STATUS_WORDS[status])


def _status(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    found = status_id(value)
    if found is None:
        raise PydanticCustomError(
            "status",
            _("'{value}' is not a status; use one of: {known}"),
            {"value": value[:40], "known": status_choices()},
        )
    return found


def status_choices() -> str:
    """The statuses for messages, each id with its word in the user's language:
    "ej-paborjad (not started), pagaende (in progress), …"."""
    return ", ".join(f"{key} ({status_word(key)})" for key in STATUSES)


# A body's role and a period's part as words of a document or message.
ROLE_WORDS = {"responsible": N_("responsible"), "co-responsible": N_("co-responsible")}
PART_WORDS = {"delår": N_("interim"), "helår": N_("full year")}


def period_words(period: Any) -> str:
    """A follow-up period in the user's language: "full year 2025", "helår 2025"."""
    return _("{part} {year}").format(part=_(PART_WORDS[period.part]), year=period.year)


# About thirty pages: a follow-up comment longer than this belongs in a linked document, and
# the bound keeps every command that reads the file cheap.
MAX_COMMENT = 100_000


def comment_problem(value: str) -> str | None:
    """What is wrong with ``value`` as a comment, or None."""
    try:
        _comment(value)
    except PydanticCustomError as err:
        return str(err)
    return None


def _comment(value: str) -> str:
    if len(value) > MAX_COMMENT:
        raise PydanticCustomError(
            "comment_length",
            _(
                "is {length} characters long (at most {limit}); shorten it or link to a document"
                " under evidence"
            ),
            {"length": len(value), "limit": MAX_COMMENT},
        )
    return no_control_characters(value)


def _iso_date(value: str) -> str:
    try:
        return iso_date(value)
    except ValueError:
        raise PydanticCustomError(
            "date", _("'{value}' is not a date; write it as YYYY-MM-DD"), {"value": value[:40]}
        ) from None


StatusId = Annotated[
    str,
    BeforeValidator(_status),
    WithJsonSchema(
        {"type": "string", "enum": [*STATUSES, *STATUSES.values(), *STATUS_WORDS.values()]}
    ),
]
IsoDate = Annotated[
    str,
    AfterValidator(_iso_date),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
]


class FollowUpPeriod(StrictModel):
    """Which report this is: the year and delår (interim) or helår (full year)."""

    year: int = Field(ge=2000, le=2200, description="Year followed up (år), e.g. 2025.")
    part: Literal["delår", "helår"] = Field(description="delår (interim) or helår (full year).")


class Entry(StrictModel):
    """What one body has done with one action (uppföljningspost)."""

    action: ActionId = Field(description='Action id as in the plan (åtgärd), e.g. "4:4".')
    body: Slug = Field(description="Body id from the plan (organ), e.g. barn-och-skolnamnden.")
    status: StatusId = Field(
        description="ej-paborjad (ej påbörjad), pagaende (pågående), genomford (genomförd)"
        " or ej-aktuell (ej aktuell)."
    )
    comment: Annotated[str, AfterValidator(_comment)] = Field(
        "", description="Free text (kommentar); becomes a public document: no personal data."
    )
    evidence: tuple[Text, ...] = Field((), description="Links or references (underlag).")
    date: IsoDate | None = Field(None, description="When it was assessed (datum), YYYY-MM-DD.")

    @property
    def pair(self) -> tuple[str, str]:
        return (self.action, self.body)


class PlanRecord(StrictModel):
    """Which plan the file follows, as ``followup init`` records it (plan)."""

    organisation: Text = Field(description="The plan's organisation (organisation).")
    title: Text = Field(description="The plan's title (titel).")
    period: Period = Field(description="The plan's period (giltighetstid).")
    fingerprint: Annotated[str, Field(pattern="^[0-9a-f]{12}$")] = Field(
        description="Twelve hex digits of the plan's action ids and responsibilities, to notice"
        " a changed plan (fingeravtryck)."
    )


class FollowUp(StrictModel):
    """A follow-up file: one period's entries (uppföljning)."""

    plan: PlanRecord | None = Field(None, description="The plan the file follows (plan).")
    period: FollowUpPeriod = Field(description="The period followed up (period).")
    entries: tuple[Entry, ...] = Field((), description="One entry per action and body (poster).")

    def by_pair(self) -> dict[tuple[str, str], Entry]:
        return {entry.pair: entry for entry in self.entries}


@dataclass(frozen=True)
class Pair:
    """An (action, body) pair the plan asks a follow-up for."""

    area: FocusArea
    action: Action
    body: str
    role: Role

    @property
    def key(self) -> tuple[str, str]:
        return (self.action.id, self.body)


def plan_pairs(plan: Plan, body: str | None = None) -> list[Pair]:
    """Every (action, body) pair of the plan in document order, or one body's pairs."""
    pairs = []
    for area, action in plan.actions():
        for body_id in action.responsible:
            pairs.append(Pair(area, action, body_id, "responsible"))
        for body_id in action.co_responsible:
            pairs.append(Pair(area, action, body_id, "co-responsible"))
    return [pair for pair in pairs if body is None or pair.body == body]
