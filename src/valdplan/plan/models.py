"""The plan as validated, immutable data: metadata, registers of bodies and levels, focus
areas and their actions."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Any

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ..files.locations import format_loc
from ..messages import N_, _
from ..vocabulary import Direction, Language, Role
from .base import StrictModel as StrictModel
from .fields import (
    ActionId,
    AreaId,
    KpiId,
    Name,
    OptionalParagraphs,
    Paragraphs,
    Scope,
    Slug,
    Text,
    WebAddress,
)
from .ids import DEFAULT_ID_STYLE, PATTERNS, IdStyle
from .kinds import DEFAULT_BODY_KINDS
from .references import reference_problems
from .reporting import ReportingCalendar, default_calendar
from .shown import Shown


class Period(StrictModel):
    """A span of whole years, both ends included (period)."""

    start: int = Field(description="First year (första år), e.g. 2024.")
    end: int = Field(description="Last year (sista år), e.g. 2027.")

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise PydanticCustomError("period_order", _("end must not be before start"))
        return self

    def __str__(self) -> str:
        return f"{self.start}–{self.end}"


class PreviousPlan(StrictModel):
    """The plan this one replaces (ersätter)."""

    title: Text = Field(description="Title of the replaced plan (titel).")
    period: Period = Field(description="Period of the replaced plan (giltighetstid).")
    expires: Text | None = Field(None, description="Date it ran out (löper ut), YYYY-MM-DD.")


class Owner(StrictModel):
    """Who commissioned the plan and which office wrote and coordinates it."""

    board: Slug = Field(description="Body id of the commissioning board (uppdragsgivare).")
    office: Text | None = Field(None, description="Office that coordinates (samordnande kontor).")


class GoverningDocument(StrictModel):
    """A governing document the plan links to (styrdokument)."""

    name: Text = Field(description="Name of the document (namn).")
    scope: Scope = Field(description="global, national, regional or local (nivå).")
    period: Text | None = Field(None, description="Its period as printed (period), e.g. 2020–2026.")
    references: Paragraphs = Field((), description="Goals or parts referred to (mål, delar).")
    note: Text | None = Field(None, description="What the plan says about it (anmärkning).")


class Goal(StrictModel):
    """A goal the plan serves, as a governing document names it (mål)."""

    id: Slug = Field(
        description="Id used by the plan, focus areas and actions (id), e.g. agenda2030-5."
    )
    name: Name = Field(description="The goal as the source names it (namn).")
    level: Scope = Field(description="global, national, regional or local (nivå).")
    source: Text = Field(description="The document that sets the goal (källa), e.g. Agenda 2030.")
    url: WebAddress | None = Field(None, description="Where the goal is published (webbadress).")


class Indicator(StrictModel):
    """A Kolada key figure that shows how the municipality stands (indikator)."""

    kpi: KpiId = Field(description="Kolada KPI id (nyckeltal), e.g. N00945.")
    name: Name = Field(description="Short name shown in the report and index (kort namn).")
    municipality: AreaId = Field(description="Kolada id of the municipality (kommun), e.g. 0181.")
    compare: tuple[AreaId, ...] = Field(
        (),
        description="Kolada ids of comparison areas (jämförelse), e.g. 0001 for the county and"
        " 0000 for the country.",
    )
    goal: Slug | None = Field(None, description="Id of the goal it informs (mål).")
    focus_area: int | None = Field(None, description="Number of the focus area it informs.")
    better: Direction = Field(description="Which direction is better (bättre): higher or lower.")


class Section(StrictModel):
    """A part of the plan's prose, in document order (avsnitt)."""

    title: Text = Field(description="Heading (rubrik).")
    paragraphs: Paragraphs = Field(description="Paragraphs of text (stycken).")


class Level(StrictModel):
    """A prevention level (preventionsnivå)."""

    id: Slug = Field(description="Id used by actions (id), e.g. universell.")
    name: Name = Field(description="Display name (namn), e.g. Universell.")
    aliases: tuple[Slug, ...] = Field(
        (), description="Other spellings accepted where a level is typed (alias)."
    )
    definition: OptionalParagraphs = Field((), description="What the level means (definition).")
    examples: OptionalParagraphs = Field((), description="Examples the plan gives (exempel).")


class GlossaryEntry(StrictModel):
    """A concept or perspective the plan defines (begrepp)."""

    term: Text = Field(description="The term (begrepp).")
    section: Text = Field(description="Where the plan defines it (avsnitt), e.g. Begrepp.")
    definition: Text = Field(description="The definition as printed (definition).")


class BodyKind(StrictModel):
    """A kind of body the plan names, such as nämnd or bolag (organtyp)."""

    id: Slug = Field(description="ASCII id used by bodies (id), e.g. board.")
    name: Name = Field(description="Swedish name (namn), e.g. nämnd.")
    plural: Text | None = Field(None, description="Swedish plural (plural), e.g. nämnder.")
    name_en: Text | None = Field(
        None, description="English name for English documents (engelskt namn), e.g. board."
    )
    plural_en: Text | None = Field(
        None, description="English plural (engelsk plural), e.g. boards."
    )


def default_body_kinds() -> tuple[BodyKind, ...]:
    """The kinds of a plan that declares none (valid data, so built without validation)."""
    return tuple(BodyKind.model_construct(None, **kind) for kind in DEFAULT_BODY_KINDS)


class Body(StrictModel):
    """A body that can be responsible for actions (organ)."""

    # Each field's words and places in records, listings and the change annex (plan.shown).
    id: Annotated[Slug, Shown(N_("ID"), "id")] = Field(
        description="ASCII id used by actions (id), e.g. barn-och-skolnamnden."
    )
    name: Annotated[Name, Shown(N_("Name"))] = Field(
        description="Display name (namn), e.g. Barn- och skolnämnden."
    )
    kind: Annotated[Text, Shown(N_("Kind"), register="body_kinds")] = Field(
        description="Id of its kind in body_kinds (organtyp), e.g. board."
    )


class Action(StrictModel):
    """One action (åtgärd) with who carries it out and at which prevention level."""

    # Each field's words and places in records, listings, checklists and the change annex
    # (plan.shown); its focus area's number follows the id in records (plan.declaration).
    id: Annotated[ActionId, Shown(N_("ID"), "id")] = Field(
        description='Id as printed (id), in the plan\'s id_style, e.g. "1:1"; gaps are kept.'
    )
    text: Annotated[Text, Shown(N_("Action"), "text")] = Field(description="The action (åtgärd).")
    examples: Annotated[OptionalParagraphs, Shown(N_("Examples"), "text", short=None)] = Field(
        (), description="Examples and suggestions (exempelvis)."
    )
    responsible: Annotated[tuple[Slug, ...], Shown(N_("Responsible"), register="bodies")] = Field(
        min_length=1, description="Responsible bodies (ansvarig nämnd), ids in printed order."
    )
    co_responsible: Annotated[tuple[Slug, ...], Shown(N_("Co-responsible"), register="bodies")] = (
        Field((), description="Co-responsible bodies (medansvarig), ids in printed order.")
    )
    levels: Annotated[
        tuple[Slug, ...], Shown(N_("Prevention levels"), short=N_("Levels"), register="levels")
    ] = Field(
        min_length=1, description="Prevention levels (preventionsnivå), ids in printed order."
    )
    goals: Annotated[tuple[Slug, ...], Shown(column=False, register="goals")] = Field(
        (), description="Ids of goals this action serves itself (mål), beyond its area's."
    )

    def role_of(self, body_id: str) -> Role | None:
        """Whether ``body_id`` is responsible or co-responsible for this action, if either."""
        if body_id in self.responsible:
            return "responsible"
        if body_id in self.co_responsible:
            return "co-responsible"
        return None


def _unlisted(named: str) -> Shown:
    """A field the change annex names but records and listings leave out."""
    return Shown(column=False, record=False, named=named)


class FocusArea(StrictModel):
    """A focus area (fokusområde) and its actions."""

    # Each field's words and places in records, listings and the change annex (plan.shown).
    number: Annotated[int, Shown(N_("Number"), "number")] = Field(
        ge=1, description="Number (nummer), 1, 2, …"
    )
    title: Annotated[Name, Shown(N_("Title"), "text")] = Field(
        description="Heading of the focus area (rubrik)."
    )
    introduction: Annotated[Paragraphs, _unlisted(N_("the introduction"))] = Field(
        (), description="Text under the heading (inledning)."
    )
    prerequisites: Annotated[Paragraphs, _unlisted(N_("what needs to be in place"))] = Field(
        (),
        description="What must be in place (för att uppnå fokusområdet behöver följande"
        " vara på plats).",
    )
    goals: Annotated[tuple[Slug, ...], _unlisted(N_("the goals"))] = Field(
        (), description="Ids of goals the focus area serves (mål), beyond the plan's."
    )
    actions: Annotated[tuple[Action, ...], Shown(N_("Actions"), "number", count=True)] = Field(
        description="The actions, in printed order (åtgärder)."
    )


def _id_patterns(schema: dict[str, Any]) -> None:
    """Tell editors the action id pattern of each id style (the loader's own check is in
    ``references``)."""
    rules = []
    for style, pattern in PATTERNS.items():
        condition: dict[str, Any] = {"properties": {"id_style": {"const": style}}}
        if style != DEFAULT_ID_STYLE:
            condition["required"] = ["id_style"]
        action = {"properties": {"id": {"pattern": pattern}}}
        area = {"properties": {"actions": {"items": action}}}
        rules.append({"if": condition, "then": {"properties": {"focus_areas": {"items": area}}}})
    schema["allOf"] = rules


class Plan(StrictModel):
    """A whole action plan: metadata, registers of levels, body kinds and bodies, and focus
    areas."""

    model_config = ConfigDict(json_schema_extra=_id_patterns)

    title: Text = Field(description="Title of the plan (titel).")
    language: Language = Field(
        "sv",
        description="Language the plan is written in (språk): sv or en. Documents made from"
        " it (checklists, reports, the change annex) use it for their fixed words unless"
        " --lang says otherwise.",
    )
    organisation: Text = Field(description="Organisation (organisation), e.g. Exempelby kommun.")
    period: Period = Field(description="Period of validity (giltighetstid).")
    replaces: PreviousPlan | None = Field(None, description="The plan it replaces (ersätter).")
    owner: Owner | None = Field(None, description="Who owns the plan (ägare).")
    purpose: Paragraphs = Field((), description="Purpose (syfte).")
    target_groups: Paragraphs = Field((), description="Target groups (målgrupper).")
    responsibility: Paragraphs = Field(
        (), description="Responsibility and follow-up (ansvar, genomförande och uppföljning)."
    )
    follow_up: Text | None = Field(
        None,
        description="How each body follows up its actions (uppföljning); shown in board"
        " checklists.",
    )
    governing_documents: tuple[GoverningDocument, ...] = Field(
        (), description="Governing documents the plan links to (styrdokument)."
    )
    goals: tuple[Goal, ...] = Field((), description="The goals the plan serves (mål).")
    plan_goals: tuple[Slug, ...] = Field(
        (), description="Ids of goals the plan as a whole serves (planens mål)."
    )
    indicators: tuple[Indicator, ...] = Field(
        (), description="Kolada key figures that show how the municipality stands (indikatorer)."
    )
    sections: tuple[Section, ...] = Field((), description="Other prose, in order (avsnitt).")
    levels: tuple[Level, ...] = Field(
        min_length=1, description="Prevention levels (preventionsnivåer)."
    )
    glossary: tuple[GlossaryEntry, ...] = Field(
        (), description="Concepts and perspectives (begrepp och perspektiv)."
    )
    body_kinds: tuple[BodyKind, ...] = Field(
        default_factory=default_body_kinds,
        min_length=1,
        description="The kinds of body the plan names (organtyper). Default: board (nämnd),"
        " company (bolag) and council (råd).",
    )
    bodies: tuple[Body, ...] = Field(
        min_length=1, description="Every responsible body (ansvariga organ)."
    )
    reporting: ReportingCalendar = Field(
        default_factory=default_calendar,
        description="When the bodies report on the plan and to whom (rapportering): the"
        " periods of a year, their due dates and the coordinator. Default: delår and helår"
        " without due dates.",
    )
    id_style: IdStyle = Field(
        DEFAULT_ID_STYLE,
        description='How action ids look (id-form): "N:M" (1:1, 4:10a; N is the focus'
        ' area\'s number), "N.M" (1.1) or "free" (letters and digits with single . : _ or -'
        " between them; ids need only be unique).",
    )
    focus_areas: tuple[FocusArea, ...] = Field(
        min_length=1, description="The focus areas and their actions (fokusområden)."
    )

    @model_validator(mode="after")
    def _references_hold(self, info: Any) -> Plan:
        # The loader checks references on the raw data itself (so that they are reported
        # together with structural problems, with positions); direct users get them here.
        if info.context and info.context.get("references_checked"):
            return self
        problems = reference_problems(self.model_dump())
        if problems:
            listed = "; ".join(
                # Without a document there are no lines to name.
                f"{format_loc(found[0])}: {found[1].replace('{line}', '?')}"
                for found in problems
            )
            raise PydanticCustomError("references", "{problems}", {"problems": listed})
        return self

    @cached_property
    def bodies_by_id(self) -> dict[str, Body]:
        return {body.id: body for body in self.bodies}

    @cached_property
    def actions_by_id(self) -> dict[str, tuple[FocusArea, Action]]:
        return {action.id: (area, action) for area, action in self.actions()}

    @cached_property
    def levels_by_id(self) -> dict[str, Level]:
        return {level.id: level for level in self.levels}

    @cached_property
    def goals_by_id(self) -> dict[str, Goal]:
        return {goal.id: goal for goal in self.goals}

    def goals_of(self, area: FocusArea, action: Action | None = None) -> tuple[str, ...]:
        """The goal ids an action (or, without one, a focus area) serves: its own, its focus
        area's and the plan's, each once, in that order."""
        own = action.goals if action is not None else ()
        return tuple(dict.fromkeys((*own, *area.goals, *self.plan_goals)))

    @cached_property
    def kinds_by_id(self) -> dict[str, BodyKind]:
        return {kind.id: kind for kind in self.body_kinds}

    def actions(self) -> Iterator[tuple[FocusArea, Action]]:
        """Every action with its focus area, in document order."""
        for area in self.focus_areas:
            for action in area.actions:
                yield area, action

    @property
    def action_count(self) -> int:
        return sum(len(area.actions) for area in self.focus_areas)
