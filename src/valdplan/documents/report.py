"""The coordinator's report of a follow-up period, as Markdown, HTML or JSON (Word is
``word.py``): figures, what the boards wrote, and the plan period so far."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..followup.action_status import ActionStatus, action_records, actions_by_status
from ..followup.assessment import assessment_record
from ..followup.history import period_history, period_key
from ..followup.models import FollowUp
from ..followup.progress import progress
from ..plan.models import Plan
from ..vocabulary import COUNTED_ORDER, MISSING, Language, status_names
from .context import count_words, period_name, plan_context
from .environment import render
from .goals import served_goals
from .indicators import indicator_views
from .labels import LABELS
from .markdown import heading_slugs
from .report_assessment import assessment_context
from .report_lists import (
    LINE_TEXT,
    body_views,
    list_heading,
    missing_by_body,
    remaining_text,
    short_text,
    status_lists,
)
from .report_period import period_context

if TYPE_CHECKING:
    import jinja2

    from ..indicators.snapshot import Snapshot

# Bars are drawn in this order: from done to nothing reported.
ORDER = COUNTED_ORDER
# The report's parts that the appendix holds (by their anchors): --no-appendix leaves them
# out; the main part is the actions, what changed, what the boards wrote about done and
# ongoing work, and what is missing.
APPENDIX = frozenset(
    {
        "hela-planen", "fokusomraden", "organ", "nivaer", "planperioden",
        "status-ej-paborjad", "status-ej-aktuell", "per-organ", "mal", "indikatorer",
    }
)  # fmt: skip
# The lists of the main part (what the boards wrote about done and ongoing work).
MAIN_LISTS = frozenset({"status-genomford", "status-pagaende"})
# A segment this wide (in percent of its bar) or wider carries its share inside; every
# segment's share and count are printed beside the bar too.
INSIDE = 10


def report_periods(
    plan: Plan, followup: FollowUp, previous: FollowUp | None, earlier: Sequence[FollowUp] = ()
) -> list[FollowUp]:
    """Every period of the report in time order: ``earlier``, ``previous`` and
    ``followup``, each once."""
    periods: list[FollowUp] = []
    for candidate in (*earlier, *([previous] if previous else []), followup):
        if all(candidate is not known for known in periods):
            periods.append(candidate)
    return sorted(periods, key=lambda one: period_key(plan, one))


def report_figures(
    plan: Plan, followup: FollowUp, previous: FollowUp | None, earlier: Sequence[FollowUp] = ()
) -> dict[str, Any]:
    """Everything ``--format json`` prints: the latest period's figures and pairs, changes
    since ``previous`` (else since the period before the latest), and the plan period."""
    periods = report_periods(plan, followup, previous, earlier)
    latest = periods[-1]
    base = previous if previous is not None else (periods[-2] if len(periods) > 1 else None)
    figures = {**progress(plan, latest, base), **period_history(plan, periods)}
    actions = action_records(plan, figures["pairs"])
    counted = actions_by_status([ActionStatus(a["status"], a["mixed"]) for a in actions])
    return {
        **figures,
        "assessment": assessment_record(plan, latest),
        "actions_by_status": counted,
        "actions_by_focus_area": [
            {
                "number": area.number,
                "actions_by_status": actions_by_status(
                    [
                        ActionStatus(a["status"], a["mixed"])
                        for a in actions
                        if a["focus_area"] == area.number
                    ]
                ),
            }
            for area in plan.focus_areas
        ],
        "actions": actions,
    }


def _rows(
    tallies: list[dict[str, Any]], names: dict[str, str], lang: Language, noun: str = "pairs"
) -> list[dict[str, Any]]:
    return [
        {
            "label": tally["label"],
            "total": tally["total"],
            "total_text": count_words(tally["total"], LABELS[lang], noun),
            "segments": [
                {
                    "id": status,
                    "name": names[status],
                    "count": tally["counts"][status],
                    "share": tally["shares"][status],
                    "inside": tally["shares"][status] >= INSIDE,
                }
                for status in ORDER
            ],
        }
        for tally in tallies
    ]


def _tally(label: str, counts: dict[str, int]) -> dict[str, Any]:
    """Counts as a row of the charts, with whole-percent shares (like ``Tally.as_dict``)."""
    total = sum(counts.values())
    shares = {key: round(100 * count / total) if total else 0 for key, count in counts.items()}
    return {"label": label, "total": total, "counts": counts, "shares": shares}


def _action_context(
    plan: Plan, figures: dict[str, Any], names: dict[str, str], lang: Language
) -> dict[str, Any]:
    """The report's first part: the plan's actions counted once each by their derived
    status (all, then per focus area), and each focus area's actions one line each."""
    labels = LABELS[lang]
    tallies = [_tally(labels["all_actions_row"], figures["actions_by_status"])]
    tallies += [
        _tally(f"{area.number}. {area.title}", counts["actions_by_status"])
        for area, counts in zip(plan.focus_areas, figures["actions_by_focus_area"], strict=True)
    ]
    areas = []
    for area in plan.focus_areas:
        lines = [
            {
                "action": action["action"],
                "short": short_text(action["text"], LINE_TEXT),
                "status": action["status"],
                "status_name": names[action["status"]],
                "mixed": action["mixed"],
                "bodies": [body["body"] for body in action["bodies"]],
                "remaining": remaining_text(action["bodies"], action["mixed"], names),
            }
            for action in figures["actions"]
            if action["focus_area"] == area.number
        ]
        areas.append({"label": f"{area.number}. {area.title}", "actions": lines})
    return {
        "action_rows": _rows(tallies, names, lang, "actions"),
        "action_areas": areas,
        "counted_text": labels["actions_and_assignments"].format(
            actions=len(figures["actions"]), assignments=figures["overall"]["total"]
        ),
    }


def _toc(lang: Language, context: dict[str, Any]) -> list[dict[str, Any]]:
    labels = LABELS[lang]
    toc: list[dict[str, Any]] = [
        {"anchor": "atgarder", "heading": labels["by_action_heading"], "children": []},
        {"anchor": "atgarder-per-fokusomrade", "heading": labels["actions_by_area"],
         "children": []},
    ]  # fmt: skip
    if context["previous"]:
        toc.append(
            {"anchor": "forandringar", "heading": context["changes_heading"], "children": []}
        )
    # The main part first (what was done and goes on, what is missing), then the appendix.
    lists = [
        {"anchor": item["anchor"], "heading": item["heading"], "children": []}
        for item in context["status_lists"]
    ]
    toc += [item for item in lists if item["anchor"] in MAIN_LISTS]
    toc.append({"anchor": "saknar-rapport", "heading": labels["missing"], "children": []})
    toc.append({"anchor": "hela-planen", "heading": labels["overall_heading"], "children": []})
    toc += [
        {"anchor": section["id"], "heading": section["heading"], "children": []}
        for section in context["sections"]
    ]
    if context["has_history"]:
        children = [
            {"anchor": "period-fokusomraden", "heading": labels["period_by_focus_area"]},
            {"anchor": "period-organ", "heading": labels["period_by_body"]},
            {"anchor": "atgard-for-atgard", "heading": labels["history_actions"]},
        ]
        toc.append(
            {"anchor": "planperioden", "heading": labels["plan_period"], "children": children}
        )
    toc += [item for item in lists if item["anchor"] not in MAIN_LISTS]
    toc.append(
        {
            "anchor": "per-organ",
            "heading": labels["by_body_detail"],
            "children": [
                {"anchor": view["anchor"], "heading": view["name"]}
                for view in context["body_views"]
            ],
        }
    )
    if context["goals"]:
        toc.append({"anchor": "mal", "heading": labels["goals"], "children": []})
    if context["indicators"]:
        toc.append({"anchor": "indikatorer", "heading": labels["indicators"], "children": []})
    if not context["appendix"]:
        toc = [item for item in toc if item["anchor"] not in APPENDIX]
    # Markdown has no ids of its own: link to the anchors GitHub makes from the headings.
    flat = [entry for item in toc for entry in (item, *item["children"])]
    for entry, slug in zip(flat, heading_slugs([e["heading"] for e in flat]), strict=True):
        entry["md_anchor"] = slug
    return toc


def report_context(
    plan: Plan,
    followup: FollowUp,
    previous: FollowUp | None,
    lang: Language,
    *,
    earlier: Sequence[FollowUp] = (),
    date: str | None = None,
    indicators: Snapshot | None = None,
    appendix: bool = True,
) -> dict[str, Any]:
    """The context of the ``report.*`` templates (see docs/templates.md); without
    ``appendix`` only the main part (``APPENDIX`` names what is left out)."""
    labels = LABELS[lang]
    figures = report_figures(plan, followup, previous, earlier)
    names = status_names(lang)
    period = figures["period"]
    base = figures.get("previous_period")
    overall = _rows([{**figures["overall"], "label": labels["all"]}], names, lang)[0]
    context: dict[str, Any] = {
        **plan_context(plan, lang, date),
        "title": labels["report_title"].format(
            period=period_name(plan, period["part"], period["year"], lang, capital=False)
        ),
        "period_name": period_name(plan, period["part"], period["year"], lang),
        "figures": figures,
        "statuses": [
            {"id": status, "name": names[status], "plural": _plural(status, lang)}
            for status in ORDER
        ],
        "overall": overall,
        **_action_context(plan, figures, names, lang),
        "coordinator": assessment_context(plan, figures["assessment"], lang),
        "pairs_text": count_words(overall["total"], labels, "pairs"),
        "sections": [
            {
                "id": "fokusomraden",
                "heading": labels["by_focus_area"],
                "rows": _rows(figures["focus_areas"], names, lang),
            },
            {
                "id": "organ",
                "heading": labels["by_body"],
                "rows": _rows(figures["bodies"], names, lang),
            },
            {
                "id": "nivaer",
                "heading": labels["by_level"],
                "rows": _rows(figures["levels"], names, lang),
            },
        ],
        # With a period before, the main part's done list holds what was done since.
        "status_lists": status_lists(
            figures["pairs"],
            lang,
            {(c["action"], c["body_id"]) for c in figures["changes"] if c["to"] == "genomford"}
            if "changes" in figures
            else None,
        ),
        "missing_by_body": missing_by_body(plan, figures["pairs"], lang),
        "body_views": body_views(plan, figures["pairs"], lang),
        "not_started": figures["not_started"],
        "missing": figures["missing"],
        "silent_bodies": figures["silent_bodies"],
        "changes": [
            {**change, "from_name": names[change["from"]], "to_name": names[change["to"]]}
            for change in figures.get("changes", [])
        ],
        "previous": (
            {**base, "name": period_name(plan, base["part"], base["year"], lang)} if base else None
        ),
        "changes_heading": (
            labels["changes"] + " " + period_name(plan, base["part"], base["year"], lang, False)
            if base
            else None
        ),
        "has_history": len(figures["periods"]) > 1,
        "history": period_context(plan, figures["history"], figures["periods"], ORDER, lang),
        "goals": served_goals(plan, plan.actions()),
        "indicators": indicator_views(indicators, lang),
    }
    context["history"]["rows"] = _rows(
        [_tally(p["name"], p["counts"]) for p in context["history"]["periods"]], names, lang
    )
    context["appendix"] = appendix
    context["toc"] = _toc(lang, context)
    return context


def _plural(status: str, lang: Language) -> str:
    return LABELS[lang]["missing"] if status == MISSING else list_heading(status, lang)


def render_report(
    plan: Plan,
    followup: FollowUp,
    previous: FollowUp | None,
    fmt: str,
    env: jinja2.Environment | None,
    lang: Language = "sv",
    *,
    earlier: Sequence[FollowUp] = (),
    date: str | None = None,
    indicators: Snapshot | None = None,
    appendix: bool = True,
) -> str:
    """The report in ``fmt`` (md, html or json) of the latest of ``followup``, ``previous``
    and ``earlier``, with the plan period over all of them."""
    if fmt == "json":
        figures = report_figures(plan, followup, previous, earlier)
        return json.dumps(figures, ensure_ascii=False, indent=2) + "\n"
    assert env is not None
    context = report_context(
        plan, followup, previous, lang, earlier=earlier, date=date, indicators=indicators,
        appendix=appendix,
    )  # fmt: skip
    return render(env, f"report.{fmt}.j2", context)
