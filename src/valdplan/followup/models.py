"""Follow-up files as validated data: statuses, entries, the period, and the (action, body)
pairs a plan asks a follow-up for.

A follow-up file holds one entry per (action, body) pair, where the body is responsible or
co-responsible for the action, with a status, a comment and optionally evidence and a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from ..messages import _
from ..plan.fields import ActionId, PeriodId, Slug, Text
from ..plan.models import Action, FocusArea, Period, Plan, StrictModel
from ..vocabulary import (
    MISSING,
    NOT_STARTED,
    PART_WORDS,
    STATUS_IDS,
    STATUS_NAMES,
    STATUS_WORDS,
    Role,
    Status,
)
from . import rules
from .assessment import AssessmentText, FocusAreaAssessment
from .rules import validator as _rule


def part_words(plan: Plan, part: str) -> str:
    """A period of the plan's calendar in the user's language: delår and helår in words of
    every language ("full year"), any other the plan's own name for it ("Tertial 1")."""
    if part in PART_WORDS:
        return _(PART_WORDS[part])
    found = plan.reporting.period(part)
    return found.name if found is not None else part


def period_words(period: Any, plan: Plan) -> str:
    """A follow-up period in the user's language: "full year 2025", "helår 2025"."""
    return _("{part} {year}").format(part=part_words(plan, period.part), year=period.year)


StatusId = Annotated[
    Status,
    BeforeValidator(_rule(rules.status)),
    WithJsonSchema(
        {"type": "string", "enum": [*STATUS_IDS, *STATUS_NAMES.values(), *STATUS_WORDS.values()]}
    ),
]
IsoDate = Annotated[
    str,
    AfterValidator(_rule(rules.date)),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
]


class FollowUpPeriod(StrictModel):
    """Which report this is: the year and the period of the plan's reporting calendar."""

    year: int = Field(ge=2000, le=2200, description="Year followed up (år), e.g. 2025.")
    part: PeriodId = Field(
        description="Period id of the plan's reporting calendar (del): delår (interim) or helår"
        " (full year) unless the plan declares others, e.g. tertial-1."
    )


class Entry(StrictModel):
    """What one body has done with one action (uppföljningspost)."""

    action: ActionId = Field(description='Action id as in the plan (åtgärd), e.g. "4:4".')
    body: Slug = Field(description="Body id from the plan (organ), e.g. barn-och-skolnamnden.")
    status: StatusId | None = Field(
        None,
        description="ej-paborjad (ej påbörjad), pagaende (pågående), genomford (genomförd)"
        " or ej-aktuell (ej aktuell); left empty, the body has not reported (saknar rapport).",
    )
    comment: Annotated[str, AfterValidator(_rule(rules.comment))] = Field(
        "", description="Free text (kommentar); becomes a public document: no personal data."
    )
    evidence: tuple[Text, ...] = Field((), description="Links or references (underlag).")
    date: IsoDate | None = Field(None, description="When it was assessed (datum), YYYY-MM-DD.")

    @property
    def pair(self) -> tuple[str, str]:
        return (self.action, self.body)

    @property
    def untouched(self) -> bool:
        """Whether nobody has filled the entry in: no status, or the ``ej-paborjad`` that
        earlier versions' ``init`` wrote, and no comment, evidence or date."""
        return self.status in (None, NOT_STARTED) and not (
            self.comment or self.evidence or self.date
        )


def status_of(entry: Entry | None) -> str:
    """The status a report counts for an entry: its status, else ``MISSING``."""
    if entry is None or entry.status is None:
        return MISSING
    return entry.status


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
    # The coordinator's text (followup/assessment.py), normally in the merged file.
    assessment: AssessmentText = Field(
        "", description="The coordinator's assessment of the whole plan (bedömning)."
    )
    recommendations: AssessmentText = Field(
        "", description="The coordinator's recommendations (rekommendationer)."
    )
    focus_areas: tuple[FocusAreaAssessment, ...] = Field(
        (), description="The assessment of each focus area and its prerequisites (fokusområden)."
    )
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
