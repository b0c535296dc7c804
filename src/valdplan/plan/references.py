"""Cross-references between the parts of a plan: unknown bodies, body kinds or levels,
duplicate ids and names, action ids that do not fit the plan's id style or their focus area.

The checks work on raw, possibly invalid data so that these problems are reported in the
same run as structural ones, each at its path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..files.locations import Loc, format_loc
from ..messages import N_, _
from .ids import IdStyle, id_problem, id_style_of
from .kinds import declared_kinds
from .names import NameIndex, RegisterNames, same_name_problems

_SAME_BODY = N_(
    "'{value}' is the same body name as {other} (line {line}) once case and Unicode forms are"
    " set aside; give it a name people can tell apart"
)
_SAME_LEVEL = N_(
    "'{value}' is the same level name as {other} (line {line}) once case and Unicode forms are"
    " set aside; give it a name people can tell apart"
)

# A register's name written where its id belongs.
_BODY_NAME = N_("'{ref}' is the name of a body, not its id; write '{id}'")
_LEVEL_NAME = N_("'{ref}' is the name of a prevention level, not its id; write '{id}'")
_GOAL_NAME = N_("'{ref}' is the name of a goal, not its id; write '{id}'")
_AREA_TITLE = N_("'{ref}' is the title of a focus area; write its number, {id}")

# A problem at a path, and optionally the path of what it is compared with (whose line
# replaces "{line}" in the message).
Problem = tuple[Loc, str] | tuple[Loc, str, Loc]


def _items(data: Any, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The mappings in list ``data[key]``, with their indexes; anything malformed is skipped
    (the models report it)."""
    if not isinstance(data, Mapping):
        return []
    value = data.get(key)
    if not isinstance(value, list | tuple):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, Mapping)]


class _Suggestions:
    """ "Did you mean" for unknown ids, the index built only when one is needed."""

    def __init__(self, ids: Iterable[str], names: RegisterNames | None = None) -> None:
        self._ids = ids
        self._names = names
        self._index: NameIndex | None = None

    def named(self, word: str) -> str | None:
        """The whole message when ``word`` is a name of the register rather than an id."""
        return self._names.hint(word) if self._names is not None else None

    def hint(self, word: str) -> str:
        if self._index is None:
            self._index = NameIndex(self._ids)
        close = self._index.close(word, n=3, cutoff=0.6)
        if not close:
            return ""
        return " " + _("(did you mean {names}?)").format(names=", ".join(repr(c) for c in close))


def _pairs(data: Any, key: str, field: str, target: str) -> Callable[[], list[tuple[Any, Any]]]:
    """The ``field`` and ``target`` of each item of register ``key``, when asked."""
    return lambda: [(item.get(field), item.get(target)) for _i, item in _items(data, key)]


def _listed(ids: Mapping[str, int], most: int = 10) -> str:
    """``ids`` for a message, at most ``most`` of them (a message stays one readable line,
    and costs the same however many ids there are)."""
    from itertools import islice

    shown = ", ".join(islice(ids, most))
    if len(ids) <= most:
        return shown
    return _("{names} and {count} more").format(names=shown, count=len(ids) - most)


def reference_problems(data: Any) -> list[Problem]:
    """Problems between the parts of a plan given as plain data: unknown bodies, body kinds
    or levels, duplicate ids and names, action ids that do not fit the id style or their
    focus area.

    Works on raw, possibly invalid data so that these problems are reported in the same run
    as structural ones.
    """
    problems: list[Problem] = []

    def unique_ids(key: str, field: str, message: str) -> dict[str, int]:
        seen: dict[str, int] = {}
        for i, item in _items(data, key):
            value = item.get(field)
            if not isinstance(value, str):
                continue
            if value in seen:
                other = f"{key}[{seen[value]}]"
                problems.append(((key, i, field), _(message).format(value=value, other=other)))
            else:
                seen[value] = i
        return seen

    body_ids = unique_ids("bodies", "id", N_("duplicate body id '{value}' (also {other})"))
    unique_ids("body_kinds", "id", N_("duplicate body kind id '{value}' (also {other})"))
    problems += _kind_problems(data)
    level_ids = unique_ids("levels", "id", N_("duplicate level id '{value}' (also {other})"))
    problems += same_name_problems(_items(data, "bodies"), "bodies", "name", _SAME_BODY)
    problems += same_name_problems(_items(data, "levels"), "levels", "name", _SAME_LEVEL)
    suggestions = _Suggestions(body_ids)
    body_names = RegisterNames(_pairs(data, "bodies", "name", "id"), _BODY_NAME)
    level_names = RegisterNames(_pairs(data, "levels", "name", "id"), _LEVEL_NAME)
    aliases: dict[str, str] = {}
    for i, level in _items(data, "levels"):
        for j, alias in enumerate(level.get("aliases") or ()):
            if isinstance(alias, str) and (alias in level_ids or alias in aliases):
                problems.append(
                    (
                        ("levels", i, "aliases", j),
                        _("alias '{alias}' is already a level id or alias").format(alias=alias),
                    )
                )
            elif isinstance(alias, str) and isinstance(level.get("id"), str):
                aliases[alias] = level["id"]

    owner = data.get("owner") if isinstance(data, Mapping) else None
    owner_board = owner.get("board") if isinstance(owner, Mapping) else None
    if isinstance(owner_board, str) and owner_board not in body_ids:
        problems.append(_unknown_body(("owner", "board"), owner_board, suggestions, body_names))

    goal_ids = unique_ids("goals", "id", N_("duplicate goal id '{value}' (also {other})"))
    goal_hints = _Suggestions(
        goal_ids, RegisterNames(_pairs(data, "goals", "name", "id"), _GOAL_NAME)
    )
    problems += _goal_list_problems(("plan_goals",), data, goal_ids, goal_hints)

    style = id_style_of(data)
    numbers: dict[str, int] = {}
    action_ids: dict[str, Loc] = {}
    for a, area in _items(data, "focus_areas"):
        number = str(area.get("number"))
        if number.isdigit():
            number = str(int(number))  # "01" is focus area 1
        if number in numbers:
            message = _("duplicate focus area number {number}").format(number=number)
            problems.append((("focus_areas", a, "number"), message))
        numbers.setdefault(number, a)
        problems += _goal_list_problems(("focus_areas", a), area, goal_ids, goal_hints)
        for n, action in _items(area, "actions"):
            loc: Loc = ("focus_areas", a, "actions", n)
            problems += _goal_list_problems(loc, action, goal_ids, goal_hints)
            problems += _action_id_problems(loc, action.get("id"), number, style, action_ids)
            problems += _action_reference_problems(
                loc, action, (body_ids, body_names), (level_ids, level_names), aliases, suggestions
            )
    titles = RegisterNames(_pairs(data, "focus_areas", "title", "number"), _AREA_TITLE)
    problems += _indicator_problems(data, goal_ids, goal_hints, numbers, titles)
    problems += _reporting_problems(data)
    return problems


def _reporting_problems(data: Any) -> list[Problem]:
    """Reporting periods with the same id or the same as_of day, and due days for kinds of
    body the plan does not have."""
    reporting = data.get("reporting") if isinstance(data, Mapping) else None
    kinds = declared_kinds(data) or []
    kind_ids = {kind["id"]: i for i, kind in enumerate(kinds) if isinstance(kind.get("id"), str)}
    problems: list[Problem] = []
    ids: dict[str, int] = {}
    days: dict[str, int] = {}
    for i, period in _items(reporting, "periods"):
        loc: Loc = ("reporting", "periods", i)
        for field, seen, message in (
            ("id", ids, N_("duplicate reporting period id '{value}' (also {other})")),
            ("as_of", days, N_("another period is reported as of {value} too ({other})")),
        ):
            value = period.get(field)
            if not isinstance(value, str):
                continue
            if value in seen:
                other = f"reporting.periods[{seen[value]}]"
                problems.append(((*loc, field), _(message).format(value=value, other=other)))
            else:
                seen[value] = i
        by_kind = period.get("due_by_kind")
        for kind in by_kind if isinstance(by_kind, Mapping) else ():
            if isinstance(kind, str) and kind not in kind_ids:
                message = _("'{kind}' is not a body kind ({known})").format(
                    kind=kind[:60], known=_listed(kind_ids)
                )
                problems.append(((*loc, "due_by_kind", kind), message))
    return problems


def _goal_list_problems(
    loc: Loc, item: Any, goal_ids: Mapping[str, int], hints: _Suggestions
) -> list[Problem]:
    """Unknown or repeated ids in the ``goals`` list of ``item`` (``plan_goals`` for the plan
    as a whole, whose ``goals`` key is the register)."""
    key = "plan_goals" if loc == ("plan_goals",) else "goals"
    if not isinstance(item, Mapping):
        return []
    problems: list[Problem] = []
    seen: set[str] = set()
    for r, ref in _strings(item.get(key)):
        where: Loc = (*loc, r) if key == "plan_goals" else (*loc, key, r)
        if ref in seen:
            problems.append((where, _("'{ref}' is listed twice").format(ref=ref)))
        elif ref not in goal_ids:
            message = _("'{ref}' is not a goal listed under goals").format(ref=ref)
            problems.append((where, hints.named(ref) or message + hints.hint(ref)))
        seen.add(ref)
    return problems


def _indicator_problems(
    data: Any,
    goal_ids: Mapping[str, int],
    hints: _Suggestions,
    numbers: Mapping[str, int],
    titles: RegisterNames,
) -> list[Problem]:
    """Indicators that inform an unknown goal or focus area, or neither, or repeat another."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str], int] = {}
    for i, indicator in _items(data, "indicators"):
        goal = indicator.get("goal")
        area = indicator.get("focus_area")
        if goal is None and area is None:
            message = _("an indicator informs a goal or a focus area, and this one names neither")
            problems.append((("indicators", i), message))
        if isinstance(goal, str) and goal not in goal_ids:
            message = _("'{ref}' is not a goal listed under goals").format(ref=goal)
            problems.append(
                (("indicators", i, "goal"), hints.named(goal) or message + hints.hint(goal))
            )
        number = str(area).strip()
        title = titles.hint(area) if isinstance(area, str) and not number.isdigit() else None
        if title is not None:
            problems.append((("indicators", i, "focus_area"), title))
        if area is not None and number.isdigit() and str(int(number)) not in numbers:
            message = _("no focus area {number} (the plan has {known})").format(
                number=int(number), known=", ".join(numbers)
            )
            problems.append((("indicators", i, "focus_area"), message))
        key = (indicator.get("kpi"), indicator.get("municipality"))
        if all(isinstance(part, str) for part in key):
            if key in seen:
                message = _("duplicate indicator {kpi} for {area} (also {other})").format(
                    kpi=key[0], area=key[1], other=f"indicators[{seen[key]}]"
                )
                problems.append((("indicators", i, "kpi"), message))
            else:
                seen[key] = i  # type: ignore[index]
    return problems


def _kind_problems(data: Any) -> list[Problem]:
    """Bodies whose kind is not one of the plan's kinds (declared, or the default ones)."""
    kinds = declared_kinds(data)
    if kinds is None:
        return []
    problems: list[Problem] = []
    kind_ids = {kind["id"]: i for i, kind in enumerate(kinds) if isinstance(kind.get("id"), str)}
    names = {kind["name"]: kind.get("id") for kind in kinds if isinstance(kind.get("name"), str)}
    suggestions = _Suggestions(kind_ids)
    for i, body in _items(data, "bodies"):
        kind = body.get("kind")
        if not isinstance(kind, str) or kind in kind_ids:
            continue
        if kind in names and names[kind] in kind_ids:
            message = _("'{kind}' is the name of a body kind; write its id '{id}'").format(
                kind=kind, id=names[kind]
            )
        else:
            known = _listed(kind_ids)
            message = _("'{kind}' is not a body kind ({known})").format(kind=kind[:60], known=known)
            message += suggestions.hint(kind)
        problems.append((("bodies", i, "kind"), message))
    return problems


def _action_id_problems(
    loc: Loc, action_id: Any, number: str, style: IdStyle | None, seen: dict[str, Loc]
) -> list[Problem]:
    if not isinstance(action_id, str) or not action_id.strip():
        return []  # the models report what is not text
    problems: list[Problem] = []
    if action_id in seen:
        also = format_loc(seen[action_id])
        message = _("duplicate action id '{value}' (also {other})").format(
            value=action_id, other=also
        )
        problems.append(((*loc, "id"), message))
    else:
        seen[action_id] = loc
    if style is not None:
        wrong = id_problem(action_id, style, number if number.isdigit() else None)
        if wrong is not None:
            problems.append(((*loc, "id"), wrong))
    return problems


def _action_reference_problems(
    loc: Loc,
    action: Mapping[str, Any],
    bodies: tuple[Mapping[str, int], RegisterNames],
    levels_known: tuple[Mapping[str, int], RegisterNames],
    aliases: dict[str, str],
    suggestions: _Suggestions,
) -> list[Problem]:
    body_ids, body_names = bodies
    level_ids, level_names = levels_known
    responsible, co_responsible = action.get("responsible"), action.get("co_responsible")
    if (
        type(responsible) is list
        and (co_responsible is None or type(co_responsible) is list)
        and _known_once(responsible + (co_responsible or []), body_ids)
        and _known_once(action.get("levels") or [], level_ids)
    ):
        return []  # nearly every action: known bodies and levels, each named once
    problems: list[Problem] = []
    roles: dict[str, str] = {}
    for role in ("responsible", "co_responsible"):
        for r, ref in _strings(action.get(role)):
            if ref not in body_ids:
                problems.append(_unknown_body((*loc, role, r), ref, suggestions, body_names))
            elif ref in roles:
                message = _("'{ref}' is already listed in {role}").format(ref=ref, role=roles[ref])
                problems.append(((*loc, role, r), message))
            else:
                roles[ref] = role
    levels: set[str] = set()
    for r, ref in _strings(action.get("levels")):
        if ref in levels:
            message = _("'{ref}' is listed twice").format(ref=ref)
        elif ref in level_ids:
            levels.add(ref)
            continue
        elif ref in aliases:
            message = _("'{ref}' is an alias; write the level id '{id}'").format(
                ref=ref, id=aliases[ref]
            )
        elif named := level_names.hint(ref):
            message = named
        else:
            message = _("'{ref}' is not a prevention level ({known})").format(
                ref=ref, known=_listed(level_ids)
            )
        problems.append(((*loc, "levels", r), message))
    return problems


def _known_once(refs: Any, known: Mapping[str, int]) -> bool:
    """Whether ``refs`` is a list of ids in ``known``, none of them twice (in C: a plan of
    60,000 actions is checked in a tenth of the time of the loops below)."""
    if type(refs) is not list:
        return False
    try:
        distinct = set(refs)
    except TypeError:  # a mapping or list among them: the loops say what is wrong
        return False
    return len(distinct) == len(refs) and distinct <= known.keys()


def _strings(value: Any) -> list[tuple[int, str]]:
    if not isinstance(value, list | tuple):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, str)]


def _unknown_body(loc: Loc, ref: str, suggestions: _Suggestions, names: RegisterNames) -> Problem:
    named = names.hint(ref)
    if named is not None:
        return loc, named
    message = _("'{ref}' is not a body listed under bodies").format(ref=ref)
    return loc, message + suggestions.hint(ref)
