"""The fields of actions, bodies and focus areas as their models declare them (``Shown``
markers, ``plan.shown``), read once: records for JSON and templates, what the plan diff
compares of an action, and what the change annex calls a field. A field added to a model
reaches every one of them without a list to extend.

Besides the models' own fields, a record holds values taken from where the item stands: an
action's focus area, a body's counts of actions. They are declared here, in their place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, get_args, get_origin

from pydantic import BaseModel

from ..messages import N_
from .models import Action, Body, FocusArea, Period, Plan
from .shown import Shown

if TYPE_CHECKING:
    from collections.abc import Sequence

Record = dict[str, Any]


@dataclass(frozen=True)
class Declared:
    """One field of a record: its key, its words and places, and whether it is taken from
    where the item stands (``derived``) rather than from the item's own field."""

    key: str
    shown: Shown
    derived: bool = False


def _shown(model: type[BaseModel], name: str) -> Shown:
    """The marker of a field; a field without one is still compared and named by its key
    (tests/test_declaration.py makes sure every field of these models has one)."""
    for marker in model.model_fields[name].metadata:
        if isinstance(marker, Shown):
            return marker
    return Shown(name, column=False, record=False, named=name)


def fields_of(model: type[BaseModel]) -> tuple[Declared, ...]:
    """Every field of ``model``, in its order, with its marker."""
    return tuple(Declared(name, _shown(model, name)) for name in model.model_fields)


# An action's record names its focus area after its id; a body's counts its actions.
_AREA_NUMBER = Declared("focus_area", Shown(N_("Focus area"), "number", short=N_("Area")), True)
_BODY_COUNTS = (
    Declared("responsible", Shown(N_("Responsible"), "number"), True),
    Declared("co_responsible", Shown(N_("Co-responsible"), "number"), True),
)


@functools.cache
def action_fields() -> tuple[Declared, ...]:
    """The fields of an action's record, in their order."""
    own = fields_of(Action)
    return (own[0], _AREA_NUMBER, *own[1:])


@functools.cache
def body_fields() -> tuple[Declared, ...]:
    """The fields of a body's record, in their order."""
    return (*fields_of(Body), *_BODY_COUNTS)


@functools.cache
def area_fields() -> tuple[Declared, ...]:
    """The fields of a focus area's record, in their order."""
    return fields_of(FocusArea)


# Models compared and shown as one value, by their printed form.
ATOMIC: tuple[type[BaseModel], ...] = (Period,)


def plain(value: Any) -> Any:
    """A field's value as JSON data: models as mappings, periods as printed ("2024–2027")."""
    if isinstance(value, ATOMIC):
        return str(value)
    if isinstance(value, BaseModel):
        return {name: plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    return value


def _value(plan: Plan, item: BaseModel, field: Declared, area: FocusArea | None) -> Any:
    value = getattr(item, field.key)
    shown = field.shown
    if shown.count:
        return len(value)
    if shown.register == "bodies":
        return [plan.bodies_by_id[body].name for body in value]
    if shown.register == "goals" and isinstance(item, Action) and area is not None:
        # The action's own goals, then its focus area's and the plan's (inherited).
        return list(plan.goals_of(area, item))
    return plain(value)


def record(
    plan: Plan,
    item: BaseModel,
    fields: Sequence[Declared],
    derived: dict[str, Any],
    area: FocusArea | None = None,
) -> Record:
    """``item`` as plain data, the keys its ``fields`` declare for records; ``derived``
    holds the values taken from where it stands."""
    return {
        field.key: derived[field.key] if field.derived else _value(plan, item, field, area)
        for field in fields
        if field.shown.record
    }


def action_record(plan: Plan, area: FocusArea, action: Action) -> Record:
    """One action as plain data, with bodies by display name."""
    return record(plan, action, action_fields(), {"focus_area": area.number}, area)


def detail_lines(action: Action) -> list[tuple[str, str]]:
    """The action's fields declared for a line of their own (``Shown(checklist=True)``) that
    hold a value, in their order: each its label (a msgid) and its value as text."""
    lines = []
    for field in action_fields():
        value = getattr(action, field.key) if field.shown.checklist else None
        if value not in (None, "", ()):
            text = ", ".join(map(str, value)) if isinstance(value, tuple) else str(value)
            lines.append((field.shown.label, text))
    return lines


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, alone, in a tuple or optional."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation) if get_origin(annotation) is not None else ():
        found = _model_of(argument)
        if found is not None:
            return found
    return None


@functools.cache
def named(path: str, model: type[BaseModel] = Plan) -> str | None:
    """What the change annex calls the field at ``path`` (a change's ``field``, such as
    ``focus_areas.introduction``), as a msgid; None when no marker names it."""
    head, _dot, rest = path.partition(".")
    info = model.model_fields.get(head)
    if info is None:
        return None
    if rest:
        inner = _model_of(info.annotation)
        return named(rest, inner) if inner is not None else None
    for marker in info.metadata:
        if isinstance(marker, Shown) and marker.named:
            return marker.named
    return None
