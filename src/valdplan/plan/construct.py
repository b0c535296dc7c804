"""Build models from data an earlier validation produced, without validating again, and find
the model inside an annotation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound=BaseModel)


def construct(model: type[ModelT], data: Mapping[str, Any]) -> ModelT:
    """Build ``model`` from data that an earlier validation produced (``model_dump``), without
    validating again. Only for data whose integrity is checked otherwise (the cache)."""
    build = _BUILDERS.get(model) or _builder(model)
    return build(data)  # type: ignore[no-any-return]


# Up to this size a cached entry is built without validation (``construct``), which spares
# building the validators (25 ms, most of a normal plan's load); above it, validating the
# JSON in pydantic's compiled core is twice as fast (0.10 s against 0.21 s for a plan of
# 12,000 actions, 0.11 s against 0.16 s for a follow-up file of 29,429 entries).
_CONSTRUCTED_UP_TO = 1_000_000


def from_cache(
    model: type[ModelT], payload: str, context: dict[str, Any] | None = None
) -> ModelT | None:
    """``model`` from the JSON of a cache entry (``model_dump_json``), or None when the entry
    does not fit the models: it is then ignored like a corrupt one. ``context`` is the
    validation context, for the entries that are validated."""
    import json

    try:
        if len(payload) > _CONSTRUCTED_UP_TO:
            return model.model_validate_json(payload, context=context)
        return construct(model, json.loads(payload))
    except Exception:
        return None


Convert = Callable[[Any], Any]
_BUILDERS: dict[type[BaseModel], Convert] = {}


def _builder(model: type[BaseModel]) -> Convert:
    # Worked out once per model: a 12,000-action plan builds about 12,500 objects.
    fields = [
        (name, field.is_required(), _converter(field.annotation))
        for name, field in model.model_fields.items()
    ]

    def build(data: Mapping[str, Any]) -> BaseModel:
        values = {}
        for name, required, convert in fields:
            if name in data:
                value = data[name]
                values[name] = value if convert is None else convert(value)
            elif required:
                raise KeyError(f"{model.__name__}.{name} is missing")
        return model.model_construct(**values)

    _BUILDERS[model] = build
    return build


def _converter(annotation: Any) -> Convert | None:
    """How to turn JSON data into a value of ``annotation``; None when it is already one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        nested = annotation
        return lambda value: construct(nested, value)
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is Annotated:
        return _converter(args[0])
    if origin is tuple:
        item = _converter(args[0])
        if item is None:
            return tuple
        return lambda value: tuple(map(item, value))
    if origin in (Union, UnionType):
        inner = _converter(next(a for a in args if a is not type(None)))
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    return None


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The model class inside an annotation such as ``tuple[Action, ...]`` or ``X | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = model_in(arg)
        if found is not None:
            return found
    return None
