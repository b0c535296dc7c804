"""Find the plan file, read it, and turn every problem in it into a ``FILE:LINE:COL`` line."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import FileProblems, PlanNotFound, Problem
from .resources import PLAN_FILE_NAME, embedded_plan_path

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .models import Plan
    from .yaml_data import Loc, YamlDocument

ModelT = TypeVar("ModelT", bound="BaseModel")
PLAN_ENV = "VALDPLAN_PLAN"


@dataclass(frozen=True)
class PlanSource:
    """Where a plan comes from, and how to name it in messages."""

    path: Path
    origin: str  # "option", "environment", "working directory" or "embedded"

    @property
    def shown_as(self) -> str:
        return str(self.path) if self.origin != "embedded" else f"<embedded>/{PLAN_FILE_NAME}"


def find_plan(explicit: Path | None = None, cwd: Path | None = None) -> PlanSource:
    """The plan to use, first hit wins: ``explicit``, ``$VALDPLAN_PLAN``, ``./plan.yaml``, the
    embedded plan."""
    if explicit is not None:
        return PlanSource(explicit, "option")
    from_env = os.environ.get(PLAN_ENV)
    if from_env:
        return PlanSource(Path(from_env), "environment")
    local = (cwd or Path.cwd()) / PLAN_FILE_NAME
    if local.is_file():
        return PlanSource(local, "working directory")
    embedded = embedded_plan_path()
    if not embedded.is_file():
        raise PlanNotFound(
            f"no plan found: pass --plan PATH, set {PLAN_ENV}, or run where a {PLAN_FILE_NAME}"
            " is (the embedded plan is missing from this installation)"
        )
    return PlanSource(embedded, "embedded")


def load_plan(path: Path | str | None = None) -> Plan:
    """Load and validate a plan; ``path`` None means discovery as in ``find_plan``.

    Raises ``FileProblems`` listing every problem with its line and column.
    """
    source = find_plan(Path(path) if path is not None else None)
    return load_plan_file(source.path, source.shown_as)


def load_plan_file(path: Path, shown_as: str | None = None) -> Plan:
    """Load and validate the plan at ``path``, naming it ``shown_as`` in problems.

    A plan whose bytes were validated before by this version of valdplan comes from the
    cache; only valid plans are cached, so problems are always found by a full parse.
    """
    from . import __version__, cache
    from .sources import read_source

    name = shown_as if shown_as is not None else str(path)
    raw = read_source(path, name)
    key = cache.digest(__version__, raw)
    slot = str(path.resolve())
    payload = cache.get("plan", slot, key)
    if payload is not None:
        cached = _plan_from_cache(payload)
        if cached is not None:
            return cached
    plan = parse_plan(raw, name)
    cache.put("plan", slot, key, plan.model_dump_json())
    return plan


def _plan_from_cache(payload: str) -> Plan | None:
    import json

    from .models import Plan, construct

    try:
        return construct(Plan, json.loads(payload))
    except Exception:  # an entry that does not fit the models is ignored like a corrupt one
        return None


def parse_plan(raw: bytes, name: str) -> Plan:
    """Decode, parse and validate a plan's bytes; every problem is located in ``name``."""
    from .models import Plan, reference_problems
    from .sources import decode

    plan, _ = parse_document(
        Plan, decode(raw, name), name, "plan", reference_problems, {"references_checked": True}
    )
    return plan


def parse_document(
    model: type[ModelT],
    text: str,
    name: str,
    what: str,
    references: Callable[[Any], list[tuple[Loc, str]]],
    context: dict[str, Any] | None = None,
) -> tuple[ModelT, YamlDocument]:
    """Parse ``text`` and validate it as ``model``. YAML problems, ``references`` problems
    (found on the raw data) and validation problems are all reported together, located in
    ``name``; ``what`` names the kind of file in the message for an empty one."""
    from .models import format_loc
    from .yaml_data import read_yaml_text

    document = read_yaml_text(text, name)
    problems = list(document.problems)
    if document.data is None or document.is_poisoned(()):
        if not problems:
            problems.append(document.problem((), f"the file holds no {what}"))
        raise FileProblems(problems)
    problems += [
        document.problem(loc, _prefixed(format_loc(loc), message))
        for loc, message in references(document.data)
        if not document.is_poisoned(loc)
    ]
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
    from .models import format_loc

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
    return f"{where}: {message}" if where else message


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys allowed in the mapping at ``loc`` of ``model``, for "expected one of"."""
    from pydantic import BaseModel

    from .models import model_in

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
