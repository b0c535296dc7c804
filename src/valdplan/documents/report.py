"""The coordinator's progress report of a follow-up period, as Markdown, HTML or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..followup.models import FollowUp
from ..followup.progress import MISSING, STATUS_NAMES, progress
from ..plan.models import Plan
from .context import plan_context
from .environment import render
from .labels import LABELS, Lang

if TYPE_CHECKING:
    import jinja2

# Bars are drawn in this order: from done to nothing reported.
ORDER = ("genomford", "pagaende", "ej-paborjad", "ej-aktuell", MISSING)


def _rows(tallies: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "label": tally["label"],
            "total": tally["total"],
            "segments": [
                {
                    "id": status,
                    "name": names[status],
                    "count": tally["counts"][status],
                    "share": tally["shares"][status],
                }
                for status in ORDER
            ],
        }
        for tally in tallies
    ]


def report_context(
    plan: Plan, followup: FollowUp, previous: FollowUp | None, lang: Lang
) -> dict[str, Any]:
    """The context of the ``report.*`` templates (see docs/templates.md)."""
    figures = progress(plan, followup, previous)
    names = STATUS_NAMES[lang]
    context = {
        **plan_context(plan, lang, None),
        "title": f"{LABELS[lang]['report']} {followup.period.part} {followup.period.year}",
        "figures": figures,
        "statuses": [{"id": status, "name": names[status]} for status in ORDER],
        "overall": _rows([figures["overall"]], names)[0],
        "sections": [
            {
                "id": "fokusomraden",
                "heading": LABELS[lang]["by_focus_area"],
                "rows": _rows(figures["focus_areas"], names),
            },
            {
                "id": "organ",
                "heading": LABELS[lang]["by_body"],
                "rows": _rows(figures["bodies"], names),
            },
            {
                "id": "nivaer",
                "heading": LABELS[lang]["by_level"],
                "rows": _rows(figures["levels"], names),
            },
        ],
        "not_started": figures["not_started"],
        "missing": figures["missing"],
        "silent_bodies": figures["silent_bodies"],
        "changes": [
            {**change, "from_name": names[change["from"]], "to_name": names[change["to"]]}
            for change in figures.get("changes", [])
        ],
        "previous": figures.get("previous_period"),
    }
    return context


def render_report(
    plan: Plan,
    followup: FollowUp,
    previous: FollowUp | None,
    fmt: str,
    env: jinja2.Environment | None,
    lang: Lang = "sv",
) -> str:
    """The report in ``fmt`` (md, html or json)."""
    if fmt == "json":
        return json.dumps(progress(plan, followup, previous), ensure_ascii=False, indent=2) + "\n"
    assert env is not None
    return render(env, f"report.{fmt}.j2", report_context(plan, followup, previous, lang))
