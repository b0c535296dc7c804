"""The report's opening part: the coordinator's text from the follow-up file (the whole
plan's assessment and recommendations, each focus area's, how far each prerequisite is in
place), as the ``report.*`` templates and the Word builder show it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import words
from ..vocabulary import PREREQUISITE_WORDS
from .labels import LABELS

if TYPE_CHECKING:
    from ..plan.models import Plan


def assessment_context(plan: Plan, record: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The coordinator's text of the report's JSON ``assessment`` record for the templates:
    only the focus areas and prerequisites the file says something of; None when it says
    nothing at all."""
    translate = words(lang)
    labels = LABELS[lang]

    def state(status: str | None) -> str:
        if status is None:
            return labels["not_assessed"]
        return translate(PREREQUISITE_WORDS[status])  # type: ignore[index]

    areas = []
    titles = {area.number: f"{area.number}. {area.title}" for area in plan.focus_areas}
    for area in record["focus_areas"]:
        prerequisites = [
            {"text": p["text"], "status": p["status"], "status_name": state(p["status"]),
             "comment": p["comment"]}
            for p in area["prerequisites"]
            if p["status"] or p["comment"]
        ]  # fmt: skip
        if area["assessment"] or area["recommendations"] or prerequisites:
            areas.append(
                {
                    "label": titles[area["number"]],
                    "assessment": area["assessment"],
                    "recommendations": area["recommendations"],
                    "prerequisites": prerequisites,
                }
            )
    if not (record["assessment"] or record["recommendations"] or areas):
        return None
    return {
        "assessment": record["assessment"],
        "recommendations": record["recommendations"],
        "areas": areas,
    }
