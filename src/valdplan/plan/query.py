"""Select actions by body, prevention level, focus area and role; resolve names users type."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..errors import SelectionError
from .ids import area_prefix, typed_id
from .models import Action, Body, FocusArea, Level, Plan

Role = Literal["responsible", "co-responsible", "any"]
ROLES: tuple[Role, ...] = ("responsible", "co-responsible", "any")


def normalise(name: str) -> str:
    """``name`` folded for matching: case, å/ä/ö → a/a/o, spaces and punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _suggest(typed: str, names: list[str]) -> str:
    """ "; did you mean …?" for the display names whose folded form is close to ``typed``."""
    from .names import NameIndex

    close = NameIndex(names, normalise).close(typed, n=3, cutoff=0.75)
    return f"; did you mean {' or '.join(close)}?" if close else ""


def find_body(plan: Plan, typed: str) -> Body:
    """The body whose name or id matches ``typed`` (case and å/ä/ö insensitive). A name that
    fits several bodies is an error, never a silent choice."""
    wanted = normalise(typed)
    found = [b for b in plan.bodies if wanted in (normalise(b.name), normalise(b.id))]
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(f"{b.name} ({b.id})" for b in found)
        raise SelectionError(f"'{typed}' fits several bodies: {listed}; give its id")
    names = [body.name for body in plan.bodies]
    raise SelectionError(f"unknown body '{typed}'{_suggest(typed, names)}")


def find_level(plan: Plan, typed: str) -> Level:
    """The prevention level whose id, name or alias matches ``typed`` in any case."""
    wanted = normalise(typed)
    for level in plan.levels:
        if wanted in {normalise(level.id), normalise(level.name), *map(normalise, level.aliases)}:
            return level
    known = ", ".join(level.id for level in plan.levels)
    names = [level.id for level in plan.levels]
    raise SelectionError(
        f"unknown prevention level '{typed}' (known: {known}){_suggest(typed, names)}"
    )


def find_focus_area(plan: Plan, number: int) -> FocusArea:
    """The focus area with ``number``."""
    for area in plan.focus_areas:
        if area.number == number:
            return area
    known = ", ".join(str(area.number) for area in plan.focus_areas)
    raise SelectionError(f"no focus area {number} (the plan has {known})")


def find_action(plan: Plan, action_id: str) -> tuple[FocusArea, Action]:
    """The action with ``action_id`` as the plan prints it; "Åtgärd 4:4" works too, and in
    the numbered id styles so does the other separator ("4.4" for 4:4). Case does not
    matter unless two ids differ only in case."""
    wanted = typed_id(action_id, plan.id_style)
    found = plan.actions_by_id.get(wanted)
    if found is None:
        folded = [
            item for key, item in plan.actions_by_id.items() if key.casefold() == wanted.casefold()
        ]
        found = folded[0] if len(folded) == 1 else None
    if found is not None:
        return found
    prefix = area_prefix(wanted, plan.id_style)
    in_area = [action.id for area, action in plan.actions() if str(area.number) == prefix]
    hint = ""
    if in_area:
        hint = " (focus area {number} has {ids})".format(number=prefix, ids=", ".join(in_area))
    elif plan.id_style == "free":
        hint = _suggest(wanted, [action.id for _, action in plan.actions()])
    raise SelectionError(f"no action '{action_id}' in the plan{hint}")


@dataclass(frozen=True)
class Selection:
    """The actions chosen by a set of filters, in document order, with the filters resolved."""

    plan: Plan
    items: tuple[tuple[FocusArea, Action], ...]
    body: Body | None = None
    level: Level | None = None
    focus_area: FocusArea | None = None
    role: Role = "any"

    def __len__(self) -> int:
        return len(self.items)


def select_actions(
    plan: Plan,
    *,
    body: str | None = None,
    level: str | None = None,
    focus: int | None = None,
    role: Role = "any",
) -> Selection:
    """The actions that pass every given filter (filters combine with AND).

    ``role`` says how ``body`` must take part: as responsible, co-responsible, or either.
    """
    if role not in ROLES:
        raise SelectionError(f"unknown role '{role}' (known: {', '.join(ROLES)})")
    chosen_body = find_body(plan, body) if body is not None else None
    chosen_level = find_level(plan, level) if level is not None else None
    chosen_area = find_focus_area(plan, focus) if focus is not None else None
    items = []
    for area, action in plan.actions():
        if chosen_area is not None and area.number != chosen_area.number:
            continue
        if chosen_level is not None and chosen_level.id not in action.levels:
            continue
        if chosen_body is not None:
            taken = action.role_of(chosen_body.id)
            if taken is None or role not in ("any", taken):
                continue
        items.append((area, action))
    return Selection(plan, tuple(items), chosen_body, chosen_level, chosen_area, role)


def body_counts(plan: Plan) -> dict[str, tuple[int, int]]:
    """For each body id: how many actions it is responsible and co-responsible for."""
    counts = {body.id: [0, 0] for body in plan.bodies}
    for _, action in plan.actions():
        for body_id in action.responsible:
            counts[body_id][0] += 1
        for body_id in action.co_responsible:
            counts[body_id][1] += 1
    return {body_id: (r, c) for body_id, (r, c) in counts.items()}
