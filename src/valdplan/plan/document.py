"""Parse a YAML document and validate it as a model, turning every problem (YAML, references,
validation) into a located ``FILE:LINE:COL`` problem, all reported at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import FileProblems, Problem
from ..files.yaml_events import Loc, YamlDocument, format_loc

if TYPE_CHECKING:
    from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound="BaseModel")


def parse_document(
    model: type[ModelT],
    text: str,
    name: str,
    what: str,
    references: Callable[[Any], Sequence[tuple[Loc, str] | tuple[Loc, str, Loc]]],
    context: dict[str, Any] | None = None,
    gate: Callable[[Any], list[tuple[Loc, str]]] | None = None,
) -> tuple[ModelT, YamlDocument]:
    """Parse ``text`` and validate it as ``model``. YAML problems, ``references`` problems
    (found on the raw data) and validation problems are all reported together, located in
    ``name``; ``what`` names the kind of file in the message for an empty one. Problems
    ``gate`` finds make every other one meaningless (a follow-up made for another plan):
    when there are any, only they are reported."""
    from ..files.yaml_events import read_yaml_text

    document = read_yaml_text(text, name)
    problems = list(document.problems)
    if document.data is None or document.is_poisoned(()):
        if not problems:
            problems.append(document.problem((), f"the file holds no {what}"))
        raise FileProblems(problems)
    if gate is not None:
        stop = [
            document.problem(loc, _prefixed(format_loc(loc), message))
            for loc, message in gate(document.data)
        ]
        if stop:
            raise FileProblems(problems + stop)
    for found in references(document.data):
        loc, message = found[0], found[1]
        if document.is_poisoned(loc):
            continue
        if len(found) > 2:  # the message names the line of what it is compared with
            message = message.replace("{line}", str(document.position(found[2])[0]))
        problems.append(document.problem(loc, _prefixed(format_loc(loc), message)))
    result = validate_document(model, document, problems, context)
    if problems or not isinstance(result, model):
        raise FileProblems(problems)
    return result, document


def validate_document(
    model: type[BaseModel],
    document: YamlDocument,
    problems: list[Problem],
    context: dict[str, Any] | None = None,
) -> BaseModel | None:
    """Validate ``document.data`` as ``model``; append located problems and return None on
    failure."""
    from pydantic import ValidationError

    try:
        return model.model_validate(document.data, context=context)
    except ValidationError as err:
        # Messages are built from the error list without the input: formatting the raw
        # input of a hostile document can take minutes.
        for error in err.errors(include_input=False, include_url=False):
            loc: Loc = tuple(error["loc"])
            if document.is_poisoned(loc):
                continue
            problem = _located(model, document, loc, error)
            if problem is not None:
                problems.append(problem)
        return None


_EXPECTED = {
    "string_type": "text",
    "list_type": "a list (lines starting with '- ')",
    "tuple_type": "a list (lines starting with '- ')",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "text"


def _value_at(data: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _located(
    model: type[BaseModel], document: YamlDocument, loc: Loc, error: Any
) -> Problem | None:
    """The problem for one pydantic error, or None when it only repeats another one."""
    kind = error["type"]
    where = format_loc(loc)
    if kind == "extra_forbidden":
        allowed = ", ".join(_fields_at(model, loc[:-1]))
        message = f"unknown key '{loc[-1]}'" + (f" (expected one of: {allowed})" if allowed else "")
        return document.problem(loc, _prefixed(format_loc(loc[:-1]), message), key=True)
    if kind == "missing":
        return document.problem(
            loc[:-1], _prefixed(format_loc(loc[:-1]), f"missing required key '{loc[-1]}'")
        )
    if kind in _EXPECTED:
        found = _describe(_value_at(document.data, loc))
        message = f"expected {_EXPECTED[kind]}, found {found}"
        if kind == "int_parsing":
            message = f"expected {_EXPECTED[kind]}"
    elif kind == "references":
        message = error["ctx"]["problems"]
    else:
        message = error["msg"]
        if kind == "literal_error":
            message = message.replace("Input should be", "expected")
        elif kind == "too_short":
            # Pydantic also counts a list as too short when its items failed validation;
            # only an empty list is a problem of its own.
            value = _value_at(document.data, loc)
            if isinstance(value, list) and len(value) >= error["ctx"]["min_length"]:
                return None
            message = "must not be empty"
    return document.problem(loc, _prefixed(where, message))


def _prefixed(where: str, message: str) -> str:
    # A message may quote a value with a newline or a control character: Problem shows it
    # escaped (errors.visible), so that every problem stays one FILE:LINE:COL line.
    return f"{where}: {message}" if where else message


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
