"""One action in full (``valdplan show``): as lines of text for a terminal or as a JSON
record, one renderer per format in ``RENDERERS``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import visible
from ..messages import _
from ..vocabulary import ShowFormat

if TYPE_CHECKING:
    from ..plan.models import Action, FocusArea, Plan


def action_json(plan: Plan, area: FocusArea, action: Action) -> str:
    """The action's record (as ``actions --format json`` has it) with its area's title."""
    from ..plan.records import action_record
    from .tables import to_json

    record = action_record(plan, area, action)
    record["focus_area_title"] = area.title
    return to_json(record)


def action_text(plan: Plan, area: FocusArea, action: Action) -> str:
    """The action for a terminal: area, text, examples, bodies with their roles, levels."""
    bodies = plan.bodies_by_id
    lines = [
        _("Action {id}").format(id=action.id),
        _("Focus area {number}: {title}").format(number=area.number, title=area.title),
        "",
        action.text,
    ]
    if action.examples:
        lines += ["", _("Examples:"), *(f"  {example}" for example in action.examples)]
    lines += ["", _("Bodies:")]
    lines += [
        "  " + _("{body} (responsible)").format(body=bodies[b].name) for b in action.responsible
    ]
    lines += [
        "  " + _("{body} (co-responsible)").format(body=bodies[b].name)
        for b in action.co_responsible
    ]
    names = ", ".join(plan.levels_by_id[lv].name for lv in action.levels)
    lines += ["", _("Prevention levels: {levels}").format(levels=names)]
    from ..plan.declaration import detail_lines

    # The fields declared for a line of their own, as checklists show them.
    for label, value in detail_lines(action):
        lines.append(_("{label}: {value}").format(label=_(label), value=value))
    # Plan text keeps its line breaks; nothing else in it reaches the terminal raw.
    shown_lines = [visible(part) for line in lines for part in line.split("\n")]
    return "\n".join(shown_lines) + "\n"


RENDERERS: dict[ShowFormat, Callable[[Plan, FocusArea, Action], str]] = {
    "text": action_text,
    "json": action_json,
}


def show_action(plan: Plan, action_id: str, fmt: ShowFormat) -> str:
    """The action ``action_id`` (as people type it) in ``fmt``."""
    from ..plan.query import find_action

    area, action = find_action(plan, action_id)
    return RENDERERS[fmt](plan, area, action)
