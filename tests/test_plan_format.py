"""docs/plan-format.md against the plan's models: its "Every key" section has one table for
each model, reached from ``Plan`` through the fields' types, listing exactly that model's keys
(aliases where a field has one) in the models' order, whether each is required and its
default; and every key of its YAML examples is a key of the model at that place. The models
are read generically (``model_fields`` and the fields' types), so a field added, renamed or
moved fails here until the page says so."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import Any, get_args, get_origin

from pydantic import BaseModel
from ruamel.yaml import YAML

from conftest import ROOT
from valdplan.plan.loader import load_plan
from valdplan.plan.models import Plan

PAGE = ROOT / "docs" / "plan-format.md"
SECTION = "## Every key"
ROW = re.compile(r"^\| `([^`]+)` \|(.*)\|$")


def _models_in(annotation: Any, listed: bool = False) -> Iterator[tuple[type[BaseModel], bool]]:
    """The models a field's type holds, each with whether it stands in a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation, listed
        return
    origin = get_origin(annotation)
    for argument in get_args(annotation):
        yield from _models_in(argument, listed or origin in (tuple, list))


def key_of(name: str, field: Any) -> str:
    """What a plan file writes for a field: its alias, if it has one."""
    alias = field.validation_alias if isinstance(field.validation_alias, str) else None
    return alias or field.alias or name


def model_places() -> dict[str, type[BaseModel]]:
    """Each model reachable from ``Plan``, at the first place a file writes it ("" for the top
    level, ``focus_areas[].actions[]``), breadth first in field order."""
    places: dict[str, type[BaseModel]] = {}
    queue: deque[tuple[type[BaseModel], str]] = deque([(Plan, "")])
    while queue:
        model, place = queue.popleft()
        if model in places.values():
            continue
        places[place] = model
        for name, field in model.model_fields.items():
            for inner, listed in _models_in(field.annotation):
                key = f"{place}.{key_of(name, field)}" if place else key_of(name, field)
                queue.append((inner, key + ("[]" if listed else "")))
    return places


def page_tables(text: str) -> dict[str, list[list[str]]]:
    """The tables of the page's "Every key" section by heading: the place in backticks, or
    "" for "Top level"; each row as its cells, the key first."""
    section = text.split(f"\n{SECTION}\n", 1)[1].split("\n## ", 1)[0]
    tables: dict[str, list[list[str]]] = {}
    rows: list[list[str]] = []
    for line in section.splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
            rows = tables.setdefault("" if heading == "Top level" else heading.strip("`"), [])
        elif found := ROW.match(line):
            rows.append([found.group(1), *(cell.strip() for cell in found.group(2).split(" | "))])
    return tables


def _default_problem(field: Any, written: str) -> str | None:
    if field.is_required():
        return None if written == "—" else "is required: its default is —"
    value = field.default_factory() if field.default_factory is not None else field.default
    if value is None:
        expected = "none"
    elif isinstance(value, tuple | list | dict) and not value:
        expected = "empty"
    elif isinstance(value, str | int):
        expected = f"`{value}`"
    else:
        # A default made of parts (the body kinds, the calendar): said in words.
        return None if written not in ("—", "none", "empty") else "has a default to describe"
    return None if written.startswith(expected) else f"has the default {expected}"


def _shown(place: str, key: str = "") -> str:
    if not key:
        return f"`{place}`" if place else "top level"
    return f"`{place}.{key}`" if place else f"`{key}`"


def key_problems(text: str) -> list[str]:
    """Where the page's key tables and the models disagree, one line each."""
    places = model_places()
    tables = page_tables(text)
    problems = [f"no table for {_shown(place)}" for place in places if place not in tables]
    problems += [
        f"{_shown(place)} is not a part of a plan" for place in tables if place not in places
    ]
    for place, rows in tables.items():
        model = places.get(place)
        if model is None:
            continue
        fields = {key_of(name, field): field for name, field in model.model_fields.items()}
        written = [row[0] for row in rows]
        shown = _shown(place)
        problems += [f"{shown}: misses `{key}`" for key in fields if key not in written]
        problems += [f"{shown}: names `{key}`, not a key" for key in written if key not in fields]
        if set(written) == set(fields) and written != list(fields):
            problems.append(f"{shown}: keys not in the models' order {list(fields)}")
        for key, _type, required, default, *_ in rows:
            field = fields.get(key)
            if field is None:
                continue
            if required != ("yes" if field.is_required() else "no"):
                problems.append(f"{_shown(place, key)}: required is {field.is_required()}")
            if found := _default_problem(field, default):
                problems.append(f"{_shown(place, key)}: {found}")
    return problems


def test_the_page_lists_every_key_of_the_models() -> None:
    assert key_problems(PAGE.read_text(encoding="utf-8")) == []


def test_a_missing_or_unknown_key_fails_the_check() -> None:
    text = PAGE.read_text(encoding="utf-8")
    language = next(line for line in text.splitlines() if line.startswith("| `language` |"))
    assert key_problems(text.replace(language + "\n", "")) == ["top level: misses `language`"]
    invented = language + "\n| `colour` | text | no | none | made up |"
    assert key_problems(text.replace(language, invented)) == [
        "top level: names `colour`, not a key"
    ]
    required = language.replace("| no | `sv` |", "| yes | — |")
    assert key_problems(text.replace(language, required)) == [
        "`language`: required is False",
        "`language`: has the default `sv`",
    ]
    end = next(line for line in text.splitlines() if line.startswith("| `end` |"))
    assert key_problems(text.replace(end + "\n", "")) == ["`period`: misses `end`"]


def _yaml_blocks(text: str) -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```$", text, re.M | re.S)


def _unknown_keys(data: Any, model: type[BaseModel], place: str) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _unknown_keys(item, model, place + "[]")
        return
    if not isinstance(data, dict):
        return
    fields = {key_of(name, field): field for name, field in model.model_fields.items()}
    for key, value in data.items():
        field = fields.get(str(key))
        if field is None:
            yield f"{place}.{key}".lstrip(".")
            continue
        for inner, _listed in _models_in(field.annotation):
            yield from _unknown_keys(value, inner, f"{place}.{key}")


def test_every_key_of_the_yaml_examples_is_a_key_of_the_models() -> None:
    blocks = _yaml_blocks(PAGE.read_text(encoding="utf-8"))
    # Goals, indicators, the reporting calendar, the default body kinds, the second
    # municipality's registers.
    assert len(blocks) == 5
    unknown = [key for block in blocks for key in _unknown_keys(YAML().load(block), Plan, "")]
    assert unknown == []


def test_the_example_check_finds_an_unknown_key() -> None:
    data = YAML().load("reporting:\n  periods:\n    - id: delår\n      when: 08-31\n")
    assert list(_unknown_keys(data, Plan, "")) == ["reporting.periods[].when"]


def test_a_plan_with_only_the_required_keys_is_valid(tmp_path: Any) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "title: Plan\norganisation: Exempelby kommun\nperiod: {start: 2026, end: 2029}\n"
        "levels:\n  - {id: universell, name: Universell}\n"
        "bodies:\n  - {id: kommunstyrelsen, name: Kommunstyrelsen, kind: board}\n"
        "focus_areas:\n  - number: 1\n    title: Ett område\n    actions:\n"
        '      - {id: "1:1", text: En åtgärd., responsible: [kommunstyrelsen],'
        " levels: [universell]}\n",
        encoding="utf-8",
    )
    plan = load_plan(path)
    required = {
        key_of(name, field) for name, field in Plan.model_fields.items() if field.is_required()
    }
    assert required == {"title", "organisation", "period", "levels", "bodies", "focus_areas"}
    assert (plan.language, plan.id_style, plan.action_count) == ("sv", "N:M", 1)
