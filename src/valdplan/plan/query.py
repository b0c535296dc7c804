"""Select actions by body, prevention level, focus area and role; resolve names users type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import SelectionError
from ..messages import _
from ..vocabulary import ROLE_FILTERS, RoleFilter
from .ids import area_prefix, typed_id
from .models import Action, Body, FocusArea, Goal, Level, Plan
from .names import normalise
from .reporting import ReportingPeriod


def _or(names: list[str]) -> str:
    """``A``, ``A or B``, ``A, B or C``, in the user's language."""
    if len(names) == 1:
        return names[0]
    return _("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])


def _suggest(typed: str, names: list[str]) -> str:
    """ "; did you mean …?" for the names that start like ``typed`` or whose folded form is
    close to it."""
    from .names import NameIndex

    index = NameIndex(names, normalise)
    close = index.starting_with(typed) if normalise(typed) else []
    if not close:
        close = index.close(typed, n=3, cutoff=0.75)
    if not close:
        return ""
    return "; " + _("did you mean {names}?").format(names=_or(close))


def find_body(plan: Plan, typed: str) -> Body:
    """The body whose name or id matches ``typed`` (case and å/ä/ö insensitive). A name that
    fits several bodies is an error, never a silent choice."""
    wanted = normalise(typed)
    found = [b for b in plan.bodies if wanted in (normalise(b.name), normalise(b.id))]
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(f"{b.name} ({b.id})" for b in found)
        raise SelectionError(
            _("'{typed}' fits several bodies: {bodies}; give its id").format(
                typed=typed, bodies=listed
            )
        )
    names = [body.name for body in plan.bodies]
    message = _("unknown body '{typed}'").format(typed=typed)
    raise SelectionError(message + _suggest(typed, names))


def find_level(plan: Plan, typed: str) -> Level:
    """The prevention level whose id, name or alias matches ``typed`` in any case."""
    wanted = normalise(typed)
    for level in plan.levels:
        if wanted in {normalise(level.id), normalise(level.name), *map(normalise, level.aliases)}:
            return level
    known = ", ".join(level.id for level in plan.levels)
    names = [level.id for level in plan.levels]
    message = _("unknown prevention level '{typed}' (known: {known})").format(
        typed=typed, known=known
    )
    raise SelectionError(message + _suggest(typed, names))


def find_goal(plan: Plan, typed: str) -> Goal:
    """The goal whose id matches ``typed`` (case and å/ä/ö insensitive)."""
    wanted = normalise(typed)
    for goal in plan.goals:
        if normalise(goal.id) == wanted:
            return goal
    if not plan.goals:
        raise SelectionError(_("the plan lists no goals (goals:)"))
    message = _("unknown goal '{typed}'").format(typed=typed)
    raise SelectionError(message + _suggest(typed, [goal.id for goal in plan.goals]))


def find_period(plan: Plan, typed: str) -> ReportingPeriod:
    """The period of the plan's reporting calendar whose id matches ``typed`` (case and
    å/ä/ö insensitive): follow-up files name their period by these ids."""
    wanted = normalise(typed)
    for period in plan.reporting.periods:
        if normalise(period.id) == wanted:
            return period
    raise SelectionError(unknown_period(plan, typed))


def unknown_period(plan: Plan, typed: str) -> str:
    """The message that ``typed`` is no period id of the plan's calendar, with the ids it
    has and the likely one."""
    ids = [period.id for period in plan.reporting.periods]
    message = _("'{typed}' is not a reporting period of the plan (its periods: {known})").format(
        typed=typed, known=", ".join(ids)
    )
    return message + _suggest(typed, ids)


def find_focus_area(plan: Plan, number: int) -> FocusArea:
    """The focus area with ``number``."""
    for area in plan.focus_areas:
        if area.number == number:
            return area
    known = ", ".join(str(area.number) for area in plan.focus_areas)
    raise SelectionError(
        _("no focus area {number} (the plan has {known})").format(number=number, known=known)
    )


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
        hint = " " + _("(focus area {number} has {ids})").format(
            number=prefix, ids=", ".join(in_area)
        )
    elif plan.id_style == "free":
        hint = _suggest(wanted, [action.id for _, action in plan.actions()])
    raise SelectionError(_("no action '{id}' in the plan").format(id=action_id) + hint)


@dataclass(frozen=True)
class Selection:
    """The actions chosen by a set of filters, in document order, with the filters resolved."""

    plan: Plan
    items: tuple[tuple[FocusArea, Action], ...]
    body: Body | None = None  # the body, when the selection names exactly one
    level: Level | None = None
    focus_area: FocusArea | None = None
    role: RoleFilter = "any"
    bodies: tuple[Body, ...] = ()  # every body named (--board can be given several times)
    goal: Goal | None = None

    def __len__(self) -> int:
        return len(self.items)


def select_actions(
    plan: Plan,
    *,
    body: str | Sequence[str] | None = None,
    level: str | None = None,
    focus: int | None = None,
    role: RoleFilter = "any",
    goal: str | None = None,
) -> Selection:
    """The actions that pass every given filter (filters combine with AND; several bodies
    select the actions of any of them).

    ``role`` says how a body must take part: as responsible, co-responsible, or either.
    ``goal`` keeps the actions that serve it, by their own goals, their focus area's or the
    plan's.
    """
    if role not in ROLE_FILTERS:
        raise SelectionError(
            _("unknown role '{role}' (known: {known})").format(
                role=role, known=", ".join(ROLE_FILTERS)
            )
        )
    typed = [body] if isinstance(body, str) else list(body or ())
    chosen_bodies = tuple(dict.fromkeys(find_body(plan, name) for name in typed))
    chosen_level = find_level(plan, level) if level is not None else None
    chosen_area = find_focus_area(plan, focus) if focus is not None else None
    chosen_goal = find_goal(plan, goal) if goal is not None else None
    items = []
    for area, action in plan.actions():
        if chosen_area is not None and area.number != chosen_area.number:
            continue
        if chosen_level is not None and chosen_level.id not in action.levels:
            continue
        if chosen_goal is not None and chosen_goal.id not in plan.goals_of(area, action):
            continue
        if chosen_bodies and not any(
            (taken := action.role_of(chosen.id)) is not None and role in ("any", taken)
            for chosen in chosen_bodies
        ):
            continue
        items.append((area, action))
    single = chosen_bodies[0] if len(chosen_bodies) == 1 else None
    return Selection(
        plan, tuple(items), single, chosen_level, chosen_area, role, chosen_bodies, chosen_goal
    )


def body_counts(plan: Plan) -> dict[str, tuple[int, int]]:
    """For each body id: how many actions it is responsible and co-responsible for."""
    counts = {body.id: [0, 0] for body in plan.bodies}
    for _area, action in plan.actions():
        for body_id in action.responsible:
            counts[body_id][0] += 1
        for body_id in action.co_responsible:
            counts[body_id][1] += 1
    return {body_id: (r, c) for body_id, (r, c) in counts.items()}
