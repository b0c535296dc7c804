"""The coordinator's text in a follow-up file: the assessment and recommendations for the
whole plan and for each focus area, and how far each focus area's prerequisites are in place.

In the file they stand before the entries::

    assessment: Arbetet går framåt …
    recommendations: ""
    focus_areas:
      - focus_area: 1
        assessment: …
        recommendations: ""
        prerequisites:
          - number: 1          # the first prerequisite the plan lists for focus area 1
            status: delvis
            comment: …

The models, the references a file must keep (``reference_problems``), the lines ``merge`` and
``followup set`` write, and the record the report's JSON carries.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from ..errors import RuleBroken
from ..files.locations import Loc
from ..files.yaml_text import scalar as quote
from ..messages import _
from ..plan.models import FocusArea, StrictModel
from ..vocabulary import PREREQUISITE_IDS, PREREQUISITE_NAMES, PREREQUISITE_WORDS, Prerequisite
from . import rules
from .rules import validator

if TYPE_CHECKING:
    from ..plan.models import Plan

AssessmentText = Annotated[str, AfterValidator(validator(rules.assessment))]
PrerequisiteId = Annotated[
    Prerequisite,
    BeforeValidator(validator(rules.prerequisite_state)),
    WithJsonSchema(
        {
            "type": "string",
            "enum": [
                *PREREQUISITE_IDS, *PREREQUISITE_NAMES.values(), *PREREQUISITE_WORDS.values()
            ],
        }
    ),
]  # fmt: skip


class PrerequisiteAssessment(StrictModel):
    """How far one prerequisite of a focus area is in place (förutsättning)."""

    number: int = Field(
        ge=1, description="Which prerequisite of the focus area, counted from 1 (nummer)."
    )
    status: PrerequisiteId | None = Field(
        None,
        description="pa-plats (på plats), delvis (delvis på plats) or ej-pa-plats (inte på"
        " plats); left empty, not assessed.",
    )
    comment: AssessmentText = Field("", description="Free text (kommentar); no personal data.")


class FocusAreaAssessment(StrictModel):
    """The coordinator's text on one focus area (bedömning per fokusområde)."""

    focus_area: int = Field(ge=1, description="The focus area's number (fokusområde).")
    assessment: AssessmentText = Field("", description="Assessment (bedömning); no personal data.")
    recommendations: AssessmentText = Field(
        "", description="Recommendations (rekommendationer); no personal data."
    )
    prerequisites: tuple[PrerequisiteAssessment, ...] = Field(
        (), description="The focus area's prerequisites, by number (förutsättningar)."
    )


# The fields of the file and of each focus area that hold the coordinator's text.
AREA_FIELDS = ("assessment", "recommendations")


def reference_problems(data: dict[str, Any], plan: Plan) -> list[tuple[Loc, str]]:
    """Focus areas the plan lacks, prerequisites their focus area does not list, and either
    listed twice; on raw data, so that they are reported with every other problem."""
    areas = data.get("focus_areas")
    if not isinstance(areas, list):
        return []
    problems: list[tuple[Loc, str]] = []
    seen: dict[int, int] = {}
    for index, item in enumerate(areas):
        number = _number(item, "focus_area")
        if number is None:
            continue  # the model names the wrong value
        loc: Loc = ("focus_areas", index)
        try:
            area = rules.focus_area_in_plan(plan, number)
        except RuleBroken as err:
            problems.append(((*loc, "focus_area"), str(err)))
            continue
        if number in seen:
            message = _("focus area {number} is listed twice (also {other})")
            other = f"focus_areas[{seen[number]}]"
            problems.append(((*loc, "focus_area"), message.format(number=number, other=other)))
            continue
        seen[number] = index
        problems += _prerequisite_problems(item.get("prerequisites"), area, (*loc, "prerequisites"))
    return problems


def _number(item: Any, key: str) -> int | None:
    """The number under ``key`` of a raw mapping (the reader keeps scalars as text)."""
    value = item.get(key) if isinstance(item, dict) else None
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 6:
        return int(value)
    return None


def _prerequisite_problems(items: Any, area: FocusArea, loc: Loc) -> list[tuple[Loc, str]]:
    if not isinstance(items, list):
        return []
    problems: list[tuple[Loc, str]] = []
    seen: dict[int, int] = {}
    for index, item in enumerate(items):
        number = _number(item, "number")
        if number is None:
            continue
        where: Loc = (*loc, index, "number")
        try:
            rules.prerequisite_in_area(area, number)
        except RuleBroken as err:
            problems.append((where, str(err)))
            continue
        if number in seen:
            message = _("prerequisite {number} is listed twice (also {other})")
            other = f"prerequisites[{seen[number]}]"
            problems.append((where, message.format(number=number, other=other)))
            continue
        seen[number] = index
    return problems


def assessment_texts(followup: Any) -> list[tuple[Loc, str]]:
    """Every text of the coordinator's part of ``followup`` with where it stands, for the
    personal-data checks."""
    found: list[tuple[Loc, str]] = [(("assessment",), followup.assessment)]
    found.append((("recommendations",), followup.recommendations))
    for index, item in enumerate(followup.focus_areas):
        found += [(("focus_areas", index, key), getattr(item, key)) for key in AREA_FIELDS]
        found += [
            (("focus_areas", index, "prerequisites", n, "comment"), prerequisite.comment)
            for n, prerequisite in enumerate(item.prerequisites)
        ]
    return [(loc, text) for loc, text in found if text]


def full_assessments(
    plan: Plan, given: tuple[FocusAreaAssessment, ...] = ()
) -> tuple[FocusAreaAssessment, ...]:
    """Every focus area of the plan with every prerequisite, in the plan's order, holding
    what ``given`` says of them: the form ``merge`` writes for the coordinator to fill in."""
    by_number = {item.focus_area: item for item in given}
    full = []
    for area in plan.focus_areas:
        item = by_number.get(area.number) or FocusAreaAssessment(focus_area=area.number)
        known = {p.number: p for p in item.prerequisites}
        prerequisites = tuple(
            known.get(n) or PrerequisiteAssessment(number=n)
            for n in range(1, len(area.prerequisites) + 1)
        )
        full.append(item.model_copy(update={"prerequisites": prerequisites}))
    return tuple(full)


def _wrapped_comment(text: str, indent: str) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), width=max(40, 90 - len(indent)))
    return [f"{indent}# {line}" for line in lines]


def prerequisite_lines(area: FocusArea, item: PrerequisiteAssessment, dash: str) -> list[str]:
    """One prerequisite as block YAML, its dash at ``dash`` (spaces), the plan's text of the
    prerequisite as a comment above it."""
    keys = dash + "  "
    return [
        *_wrapped_comment(area.prerequisites[item.number - 1], dash),
        f"{dash}- number: {item.number}",
        f"{keys}status:" + (f" {item.status}" if item.status else ""),
        f"{keys}comment: {quote(item.comment)}",
    ]


def area_lines(area: FocusArea, item: FocusAreaAssessment, dash: str) -> list[str]:
    """One focus area's assessment as block YAML, its dash at ``dash``."""
    keys = dash + "  "
    lines = [
        *_wrapped_comment(f"{area.number}. {area.title}", dash),
        f"{dash}- focus_area: {area.number}",
        f"{keys}assessment: {quote(item.assessment)}",
        f"{keys}recommendations: {quote(item.recommendations)}",
    ]
    if item.prerequisites:
        lines.append(f"{keys}prerequisites:")
        for prerequisite in item.prerequisites:
            lines += prerequisite_lines(area, prerequisite, keys + "  ")
    else:
        lines.append(f"{keys}prerequisites: []")
    return lines


def assessment_lines(plan: Plan, followup: Any) -> list[str]:
    """The coordinator's part of a follow-up file as block YAML (nothing when the file has
    none): the whole plan's text, then each focus area's."""
    if not (followup.assessment or followup.recommendations or followup.focus_areas):
        return []
    areas = {area.number: area for area in plan.focus_areas}
    lines = [
        f"assessment: {quote(followup.assessment)}",
        f"recommendations: {quote(followup.recommendations)}",
    ]
    if followup.focus_areas:
        lines.append("focus_areas:")
        for item in followup.focus_areas:
            lines += area_lines(areas[item.focus_area], item, "  ")
    return lines


def assessment_record(plan: Plan, followup: Any) -> dict[str, Any]:
    """What the report's JSON carries of the coordinator's text: the whole plan's, then
    every focus area's (in the plan's order, empty where the file says nothing) with every
    prerequisite's text, status and comment."""
    areas = []
    for area, item in zip(
        plan.focus_areas, full_assessments(plan, followup.focus_areas), strict=True
    ):
        areas.append(
            {
                "number": area.number,
                "assessment": item.assessment,
                "recommendations": item.recommendations,
                "prerequisites": [
                    {
                        "number": p.number,
                        "text": area.prerequisites[p.number - 1],
                        "status": p.status,
                        "comment": p.comment,
                    }
                    for p in item.prerequisites
                ],
            }
        )
    return {
        "assessment": followup.assessment,
        "recommendations": followup.recommendations,
        "focus_areas": areas,
    }
