"""The context of a checklist: the selected actions grouped by focus area, each as a plain
record ready to print (documented in docs/templates.md), so that a user's own templates need
no knowledge of valdplan's models."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..plan.ids import anchor
from ..plan.models import Action, FocusArea, Plan
from ..plan.query import Selection
from .context import count_label, plan_context
from .labels import LABELS, Lang


def selection_title(selection: Selection, labels: dict[str, str]) -> str:
    """What a selection is, in words: ``Barn- och skolnämnden — ansvarig eller medansvarig``."""
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
    html_id: str,
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
        from ..followup.models import DONE
        from ..followup.progress import MISSING

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
        anchor=html_id,
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
    anchors: set[str] = set()
    for area, action in selection.items:
        if current is None or area.number != current.number:
            groups.append(ChecklistGroup(area.number, area.title, []))
            current = area
        groups[-1].items.append(
            _item(
                selection.plan,
                action,
                _unique_anchor(anchor(action.id), anchors),
                selection,
                labels,
                statuses,
                _status_names(lang),
            )
        )
    return groups


def _unique_anchor(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``… when free ids such as A.1 and A-1 give the same anchor."""
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    taken.add(candidate)
    return candidate


def _status_names(lang: Lang) -> dict[str, str]:
    from ..followup.progress import STATUS_NAMES

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
