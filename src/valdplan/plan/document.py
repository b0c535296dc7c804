"""Parse a YAML document and validate it as a model, turning every problem (YAML, references,
validation) into a located ``FILE:LINE:COL`` problem, all reported at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import FileProblems, Problem
from ..files.locations import Loc, format_loc
from ..files.yaml_events import Keys, YamlDocument
from ..messages import N_, _, alternatives

if TYPE_CHECKING:
    from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound="BaseModel")


def parse_document(
    model: type[ModelT],
    text: str,
    name: str,
    empty: str,
    references: Callable[[Any], Sequence[tuple[Loc, str] | tuple[Loc, str, Loc]]],
    context: dict[str, Any] | None = None,
    gate: Callable[[Any], list[tuple[Loc, str]]] | None = None,
) -> tuple[ModelT, YamlDocument]:
    """Parse ``text`` and validate it as ``model``. YAML problems, ``references`` problems
    (found on the raw data) and validation problems are all reported together, located in
    ``name``; ``empty`` is the message for a file without data. Problems
    ``gate`` finds make every other one meaningless (a follow-up made for another plan):
    when there are any, only they are reported."""
    from ..files.collection import paused_collection

    with paused_collection():  # the data, its checks and its model hold no cycles
        return _parsed(model, text, name, empty, references, context, gate)


def _parsed(
    model: type[ModelT],
    text: str,
    name: str,
    empty: str,
    references: Callable[[Any], Sequence[tuple[Loc, str] | tuple[Loc, str, Loc]]],
    context: dict[str, Any] | None,
    gate: Callable[[Any], list[tuple[Loc, str]]] | None,
) -> tuple[ModelT, YamlDocument]:
    from ..files.yaml_events import read_yaml_text

    document = read_yaml_text(text, name, keys_of(model))
    problems = list(document.problems)
    if document.data is None or document.is_poisoned(()):
        if not problems:
            problems.append(document.problem((), empty))
        raise FileProblems(problems)
    if gate is not None:
        stop = [
            document.problem(loc, _prefixed(format_loc(loc), message))
            for loc, message in gate(document.data)
        ]
        if stop:
            raise FileProblems(problems + stop)
    referred: set[Loc] = set()
    for found in references(document.data):
        loc, message = found[0], found[1]
        if document.is_poisoned(loc):
            continue
        if len(found) > 2:  # the message names the line of what it is compared with
            message = message.replace("{line}", str(document.position(found[2])[0]))
        problems.append(document.problem(loc, _prefixed(format_loc(loc), message)))
        referred.add(loc)
    result = validate_document(model, document, problems, context, referred)
    if problems or not isinstance(result, model):
        raise FileProblems(problems)
    return result, document


def other_kind_problems(data: Any, own: str, other: str, message: str) -> list[tuple[Loc, str]]:
    """The one problem of a file of the other kind, for a loader's ``gate``: a follow-up file
    given as a plan, or a plan given as a follow-up file, has ``other`` at its top level and
    not ``own``, and ``message`` says so instead of a line for each key that does not fit."""
    if isinstance(data, dict) and other in data and own not in data:
        return [((), message)]
    return []


def validate_document(
    model: type[BaseModel],
    document: YamlDocument,
    problems: list[Problem],
    context: dict[str, Any] | None = None,
    referred: set[Loc] | frozenset[Loc] = frozenset(),
) -> BaseModel | None:
    """Validate ``document.data`` as ``model``; append located problems and return None on
    failure. A reference problem already said at a place in ``referred`` (a name where a
    register's id belongs) stands for the model's own at the same place: one line each."""
    from pydantic import ValidationError

    try:  # parse_document has paused the garbage collector for it
        return model.model_validate(document.data, context=context)
    except ValidationError as err:
        # Messages are built from the error list without the input: formatting the raw
        # input of a hostile document can take minutes.
        for error in err.errors(include_input=False, include_url=False):
            loc: Loc = tuple(error["loc"])
            if document.is_poisoned(loc) or loc in referred:
                continue
            problem = _located(model, document, loc, error)
            if problem is not None:
                problems.append(problem)
        return None


# What pydantic expected, by its error type, in valdplan's words.
_EXPECTED = {
    "string_type": N_("text"),
    "list_type": N_("a list (lines starting with '- ')"),
    "tuple_type": N_("a list (lines starting with '- ')"),
    "dict_type": N_("a mapping (key: value lines)"),
    "model_type": N_("a mapping (key: value lines)"),
    "model_attributes_type": N_("a mapping (key: value lines)"),
    "int_type": N_("a whole number"),
    "int_parsing": N_("a whole number"),
    "int_from_float": N_("a whole number"),
    "bool_type": N_("yes or no"),
    "bool_parsing": N_("yes or no"),
}


def _describe(value: Any) -> str:
    if value is None:
        return _("nothing")
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    return _("text")


def _value_at(data: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _message(kind: str, error: Any, value: Any) -> str | None:
    """One pydantic error in valdplan's words (pydantic's own wording never reaches a user);
    None when it only repeats another problem."""
    context = error.get("ctx") or {}
    if kind in _EXPECTED:
        if kind in ("int_parsing", "bool_parsing", "int_from_float"):
            return _("expected {what}").format(what=_(_EXPECTED[kind]))
        return _("expected {what}, found {found}").format(
            what=_(_EXPECTED[kind]), found=_describe(value)
        )
    if kind == "literal_error":
        # pydantic joins the choices in English ("'a', 'b' or 'c'"); say it in ours.
        choices = re.findall(r"'(?:[^'\\]|\\.)*'", str(context.get("expected", "")))
        return _("expected {choices}").format(choices=alternatives(choices))
    if kind == "too_short":
        # Pydantic also counts a list as too short when its items failed validation;
        # only an empty list is a problem of its own.
        if isinstance(value, list) and len(value) >= context.get("min_length", 1):
            return None
        return _("must not be empty")
    if kind in ("greater_than_equal", "greater_than"):
        limit = context.get("ge", context.get("gt"))
        return _("must be {limit} or more").format(limit=limit)
    if kind in ("less_than_equal", "less_than"):
        limit = context.get("le", context.get("lt"))
        return _("must be {limit} or less").format(limit=limit)
    if kind == "string_pattern_mismatch":
        return _("is not written as expected here")
    if kind == "references":
        return str(context.get("problems", ""))
    if kind.startswith(("value_error", "assertion_error")) or kind not in _OURS:
        return _("this value is not valid here")
    return str(error["msg"])  # our own PydanticCustomError, already in the user's language


# Error types that valdplan's own validators raise (their messages are valdplan's).
_OURS = frozenset(
    {
        "control_character",
        "blank_text",
        "invisible_character",
        "slug",
        "action_id",
        "period_order",
        "rule",  # errors.RuleBroken, from a rule of its own (followup.rules)
        "id_style",
        "free_id",
        "kpi_id",
        "area_id",
        "web_address",
        "email",
        "site_url",
        "month_day",
        "period_id",
    }
)


def _located(
    model: type[BaseModel], document: YamlDocument, loc: Loc, error: Any
) -> Problem | None:
    """The problem for one pydantic error, or None when it only repeats another one."""
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = ", ".join(_fields_at(model, loc[:-1]))
        if allowed:
            message = _("unknown key '{key}' (expected one of: {allowed})").format(
                key=loc[-1], allowed=allowed
            )
        else:
            message = _("unknown key '{key}'").format(key=loc[-1])
        return document.problem(loc, _prefixed(format_loc(loc[:-1]), message), key=True)
    if kind == "missing":
        message = _("missing required key '{key}'").format(key=loc[-1])
        return document.problem(loc[:-1], _prefixed(format_loc(loc[:-1]), message))
    described = _message(kind, error, _value_at(document.data, loc))
    if described is None:
        return None
    return document.problem(loc, _prefixed(format_loc(loc), described))


def _prefixed(where: str, message: str) -> str:
    # A message may quote a value with a newline or a control character: Problem shows it
    # escaped (errors.visible), so that every problem stays one FILE:LINE:COL line.
    return f"{where}: {message}" if where else message


_KEYS: dict[type[BaseModel], Keys] = {}


def keys_of(model: type[BaseModel]) -> Keys:
    """The keys ``model`` and the models inside it allow, for the reader to skip the value of
    any other key: the same fields ``_fields_at`` names in "expected one of"."""
    from ..files.yaml_events import Keys

    found = _KEYS.get(model)
    if found is not None:
        return found
    keys = _KEYS[model] = Keys()  # before its fields: a model may contain itself
    for name, field in model.model_fields.items():
        keys.allowed[name] = _keys_in(field.annotation)
    return keys


def _keys_in(annotation: Any) -> Keys | None:
    """The rules for a value of ``annotation``: a model's keys, also through a tuple or list of
    it or ``| None``; None (anything goes) for every other shape, a mapping of names to models
    included."""
    from types import UnionType
    from typing import Annotated, Union, get_args, get_origin

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        strict = annotation.model_config.get("extra") == "forbid"
        return keys_of(annotation) if strict else None
    origin = get_origin(annotation)
    args = [arg for arg in get_args(annotation) if arg is not type(None) and arg is not ...]
    if origin is Annotated:
        return _keys_in(args[0])
    if origin in (tuple, list, Union, UnionType) and len(args) == 1:
        return _keys_in(args[0])
    return None


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys allowed in the mapping at ``loc`` of ``model``, for "expected one of"."""
    from pydantic import BaseModel

    from .construct import model_in

    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = model_in(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []
