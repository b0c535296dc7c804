"""Turn selections into checklist documents through Jinja templates.

One environment factory owns every Jinja setting; ``render`` is the only way text is made
from a template. Templates receive plain, ready-to-print values (documented in
docs/templates.md), so a user's own templates need no knowledge of valdplan's models.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import ValdplanError
from .listing import escape_markdown
from .models import Action, FocusArea, Plan
from .query import Selection
from .resources import builtin_template_dir

if TYPE_CHECKING:
    import jinja2

Lang = Literal["sv", "en"]

# Fixed words of generated documents. Plan content is never translated.
LABELS: dict[Lang, dict[str, str]] = {
    "sv": {
        "checklist": "Checklista",
        "action": "Åtgärd",
        "actions_one": "åtgärd",
        "actions_many": "åtgärder",
        "focus_area": "Fokusområde",
        "level": "Preventionsnivå",
        "levels": "Preventionsnivåer",
        "responsible": "Ansvarig",
        "co_responsible": "Medansvarig",
        "role": "Roll",
        "together_with": "Tillsammans med",
        "examples": "Exempel och förslag",
        "follow_up": "Uppföljning",
        "all_actions": "Alla åtgärder",
        "role_any": "ansvarig eller medansvarig",
        "role_responsible": "ansvarig",
        "role_co_responsible": "medansvarig",
        "period": "Period",
        "generated": "Skapad",
        "no_actions": "Urvalet innehåller inga åtgärder.",
        "index_title": "Checklistor",
        "bodies": "Nämnder, bolag och råd",
        "body": "Organ",
        "focus_areas": "Fokusområden",
        "total_responsible": "Ansvarig, totalt",
        "total_co_responsible": "Medansvarig, totalt",
        "matrix_areas": "Antal åtgärder per organ och fokusområde (ansvarig eller medansvarig)",
        "matrix_levels": (
            "Antal åtgärder per organ och preventionsnivå (ansvarig eller medansvarig)"
        ),
        "overview": "Ansvarsöversikt",
        "kind_board": "nämnd",
        "kind_company": "bolag",
        "kind_council": "råd",
        "skip_to_content": "Hoppa till innehållet",
        "saved_note": "Bockarna sparas bara i den här webbläsaren.",
        "report": "Uppföljning",
        "by_focus_area": "Per fokusområde",
        "by_body": "Per organ",
        "by_level": "Per preventionsnivå",
        "overall_heading": "Hela planen",
        "group": "Grupp",
        "total": "Totalt",
        "pairs": "åtgärder och organ",
        "not_started": "Ej påbörjade",
        "missing": "Saknar rapport",
        "silent_bodies": "Organ som inte har rapporterat något",
        "changes": "Förändringar sedan",
        "no_changes": "Inga förändringar.",
        "none": "Inga.",
        "from": "Från",
        "to": "Till",
        "status": "Status",
        "share_note": "Andel av organets eller gruppens åtgärder, i procent; antal inom parentes.",
    },
    "en": {
        "checklist": "Checklist",
        "action": "Action",
        "actions_one": "action",
        "actions_many": "actions",
        "focus_area": "Focus area",
        "level": "Prevention level",
        "levels": "Prevention levels",
        "responsible": "Responsible",
        "co_responsible": "Co-responsible",
        "role": "Role",
        "together_with": "Together with",
        "examples": "Examples and suggestions",
        "follow_up": "Follow-up",
        "all_actions": "All actions",
        "role_any": "responsible or co-responsible",
        "role_responsible": "responsible",
        "role_co_responsible": "co-responsible",
        "period": "Period",
        "generated": "Generated",
        "no_actions": "The selection holds no actions.",
        "index_title": "Checklists",
        "bodies": "Boards, companies and councils",
        "body": "Body",
        "focus_areas": "Focus areas",
        "total_responsible": "Responsible, total",
        "total_co_responsible": "Co-responsible, total",
        "matrix_areas": "Actions per body and focus area (responsible or co-responsible)",
        "matrix_levels": "Actions per body and prevention level (responsible or co-responsible)",
        "overview": "Responsibility overview",
        "kind_board": "board",
        "kind_company": "company",
        "kind_council": "council",
        "skip_to_content": "Skip to content",
        "saved_note": "Ticks are saved in this browser only.",
        "report": "Follow-up",
        "by_focus_area": "By focus area",
        "by_body": "By body",
        "by_level": "By prevention level",
        "overall_heading": "Whole plan",
        "group": "Group",
        "total": "Total",
        "pairs": "action and body pairs",
        "not_started": "Not started",
        "missing": "Not reported",
        "silent_bodies": "Bodies that have reported nothing",
        "changes": "Changes since",
        "no_changes": "No changes.",
        "none": "None.",
        "from": "From",
        "to": "To",
        "status": "Status",
        "share_note": "Share of the group's action and body pairs, in percent; count in brackets.",
    },
}


class TemplateProblem(ValdplanError):
    """A template is missing or broken (usually a user's override)."""


def _is_html(name: str | None) -> bool:
    # select_autoescape(["html"]) would miss "checklist.html.j2".
    return name is not None and ".html" in name


def environment(overrides: Sequence[Path] = ()) -> jinja2.Environment:
    """The one Jinja environment: user template folders first, then the built-in templates."""
    import jinja2

    loaders: list[jinja2.BaseLoader] = [
        jinja2.FileSystemLoader(str(folder)) for folder in overrides if folder.is_dir()
    ]
    loaders.append(jinja2.FileSystemLoader(str(builtin_template_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_is_html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    return env


def render(env: jinja2.Environment, template: str, context: dict[str, Any]) -> str:
    """Render ``template`` with ``context``; template problems become ``TemplateProblem``."""
    import jinja2

    try:
        return env.get_template(template).render(context)
    except jinja2.TemplateNotFound as err:
        raise TemplateProblem(f"template not found: {err.name}") from None
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(f"{err.filename or err.name}:{err.lineno}: {err.message}") from None
    except jinja2.UndefinedError as err:
        raise TemplateProblem(f"template {template}: {err.message}") from None


def count_label(count: int, labels: dict[str, str]) -> str:
    """``27 åtgärder`` / ``1 åtgärd``."""
    return f"{count} {labels['actions_one'] if count == 1 else labels['actions_many']}"


def selection_title(selection: Selection, labels: dict[str, str]) -> str:
    """What a selection is, in words: ``Socialnämnden — ansvarig eller medansvarig``."""
    parts = []
    if selection.body is not None:
        role = {
            "any": labels["role_any"],
            "responsible": labels["role_responsible"],
            "co-responsible": labels["role_co_responsible"],
        }[selection.role]
        parts.append(f"{selection.body.name} — {role}")
    if selection.level is not None:
        parts.append(f"{labels['level']}: {selection.level.name}")
    if selection.focus_area is not None:
        area = selection.focus_area
        parts.append(f"{labels['focus_area']} {area.number}: {area.title}")
    return ", ".join(parts) if parts else labels["all_actions"]


@dataclass(frozen=True)
class ChecklistItem:
    """One action as a checklist shows it."""

    id: str
    anchor: str
    text: str
    examples: tuple[str, ...]
    role: str | None  # the selected body's role, as a label; None without a body filter
    responsible: list[str]
    co_responsible: list[str]
    others: list[str]  # other bodies as "Name (role)", for a body's checklist
    levels: list[str]
    statuses: list[str] = field(default_factory=list)  # "genomförd" or "Organ: genomförd"
    done: bool = False


@dataclass(frozen=True)
class ChecklistGroup:
    number: int
    title: str
    items: list[ChecklistItem]


Statuses = dict[tuple[str, str], str]


def _item(
    plan: Plan,
    action: Action,
    selection: Selection,
    labels: dict[str, str],
    statuses: Statuses | None,
    status_names: dict[str, str],
) -> ChecklistItem:
    names = plan.bodies_by_id
    role = None
    others: list[str] = []
    if selection.body is not None:
        own = action.role_of(selection.body.id)
        role = labels["responsible"] if own == "responsible" else labels["co_responsible"]
        for body_id in action.responsible:
            if body_id != selection.body.id:
                others.append(f"{names[body_id].name} ({labels['role_responsible']})")
        for body_id in action.co_responsible:
            if body_id != selection.body.id:
                others.append(f"{names[body_id].name} ({labels['role_co_responsible']})")
    shown: list[str] = []
    done = False
    if statuses is not None:
        from .followup import DONE, MISSING

        bodies = [*action.responsible, *action.co_responsible]
        if selection.body is not None:
            bodies = [selection.body.id]
        found = [statuses.get((action.id, body_id), MISSING) for body_id in bodies]
        done = all(status == DONE for status in found)
        if selection.body is not None:
            shown = [status_names[found[0]]]
        else:
            shown = [
                f"{names[body_id].name}: {status_names[status]}"
                for body_id, status in zip(bodies, found, strict=True)
            ]
    return ChecklistItem(
        id=action.id,
        anchor="atgard-" + action.id.replace(":", "-"),
        text=action.text,
        examples=action.examples,
        role=role,
        responsible=[names[b].name for b in action.responsible],
        co_responsible=[names[b].name for b in action.co_responsible],
        others=others,
        levels=[plan.levels_by_id[lv].name for lv in action.levels],
        statuses=shown,
        done=done,
    )


def _groups(
    selection: Selection, labels: dict[str, str], statuses: Statuses | None, lang: Lang
) -> list[ChecklistGroup]:
    groups: list[ChecklistGroup] = []
    current: FocusArea | None = None
    for area, action in selection.items:
        if current is None or area.number != current.number:
            groups.append(ChecklistGroup(area.number, area.title, []))
            current = area
        groups[-1].items.append(
            _item(selection.plan, action, selection, labels, statuses, _status_names(lang))
        )
    return groups


def plan_context(plan: Plan, lang: Lang, date: str | None) -> dict[str, Any]:
    """What every template gets: the plan's header facts, labels, language and date."""
    return {
        "lang": lang,
        "labels": LABELS[lang],
        "date": date,
        "plan": {
            "title": plan.title,
            "organisation": plan.organisation,
            "period": str(plan.period),
            "follow_up": plan.follow_up,
        },
    }


def _status_names(lang: Lang) -> dict[str, str]:
    from .followup import STATUS_NAMES

    return STATUS_NAMES[lang]


def checklist_context(
    selection: Selection,
    lang: Lang = "sv",
    date: str | None = None,
    statuses: Statuses | None = None,
) -> dict[str, Any]:
    """The context of ``checklist.*`` templates (see docs/templates.md). ``statuses``, from a
    follow-up, maps (action id, body id) to a status id: done items are ticked."""
    labels = LABELS[lang]
    return {
        **plan_context(selection.plan, lang, date),
        "title": selection_title(selection, labels),
        "count": len(selection),
        "count_text": count_label(len(selection), labels),
        "is_body_checklist": selection.body is not None,
        "groups": _groups(selection, labels, statuses, lang),
        "has_statuses": statuses is not None,
    }
