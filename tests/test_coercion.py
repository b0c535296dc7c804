"""cli/coercion.py takes every parameter valdplan declares as typer's own coercion does, and
a guard that fails when a new typer moves what it replaces."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import typer._coercion
import typer.core
import typer.main
from typer._click import Context

from conftest import PLAN_PATH
from valdplan.cli.coercion import PlainCoercion
from valdplan.cli.main import full_app

# Values a command line or a default gives each kind of parameter.
SAMPLES: dict[str, list[Any]] = {
    "str": [None, "Socialnämnden", "", " x ", "-", "ünïcödé\u200b"],
    "Path": [None, str(PLAN_PATH), "", "-", "/no/such/file", "dir/", PLAN_PATH],
    "bool": [None, "yes", "0", "", "on"],
    "list[str]": [None, (), ("a", "b"), ["x"]],
    "list[pathlib.Path]": [None, (), (str(PLAN_PATH), "nowhere"), [PLAN_PATH]],
}


def parameters() -> list[tuple[str, Any, Any]]:
    """Every parameter of the full app, with the command it belongs to."""
    found: list[tuple[str, Any, Any]] = []

    def walk(command: Any, path: str) -> None:
        for param in command.params:
            if isinstance(param, typer.core._TyperParameter):
                found.append((f"{path} {param.name}", command, param))
        for name, child in getattr(command, "commands", {}).items():
            walk(child, f"{path} {name}")

    walk(typer.main.get_command(full_app()), "valdplan")
    return found


def kind(param: Any) -> str:
    annotation = param.type_descriptor.annotation
    return annotation.__name__ if isinstance(annotation, type) else repr(annotation)


def outcome(coercion: Any, value: Any, param: Any, ctx: Any) -> Any:
    try:
        result = coercion.coerce(value, param=param, ctx=ctx)
    except Exception as err:  # the same error, with the same words
        return (type(err).__name__, str(err))
    return (type(result).__name__, result)


def test_every_kind_of_parameter_is_sampled() -> None:
    assert {kind(param) for _, _, param in parameters()} == set(SAMPLES)


def test_values_come_out_as_typers_own_coercion_gives_them(tmp_path: Path) -> None:
    checked = 0
    for name, command, param in parameters():
        ctx = Context(command)
        for value in SAMPLES[kind(param)]:
            descriptor = param.type_descriptor
            typers = typer._coercion.build_runtime_param(descriptor)
            plain = PlainCoercion(descriptor, typer._coercion.build_runtime_param)
            assert outcome(plain, value, param, ctx) == outcome(typers, value, param, ctx), (
                name,
                value,
            )
            checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("annotation", "value"),
    [(str, "text"), (Path, "plan.yaml"), (list[str], ("a",)), (list[Path], ["a", "b"])],
)
def test_text_and_paths_need_no_typer_adapter(annotation: Any, value: Any) -> None:
    descriptor = typer._coercion.resolve_type_descriptor(annotation, typer.models.OptionInfo())
    param = next(p for _, _, p in parameters() if p.type_descriptor.annotation == annotation)

    def no_adapter(descriptor: Any) -> Any:
        raise AssertionError("typer's coercion was built")

    PlainCoercion(descriptor, no_adapter).coerce(value, param, None)


def test_what_coercion_py_replaces_still_exists_in_typer() -> None:
    # coerce_without_pydantic replaces the name typer.core calls to build a parameter's
    # coercion; when typer stops using pydantic for plain text and paths, it can go.
    assert "build_runtime_param(self.type_descriptor)" in inspect.getsource(
        typer.core._TyperParameter.get_runtime_param
    )
    assert "from ._coercion import" in inspect.getsource(typer.core)
    assert list(inspect.signature(typer._coercion.RuntimeParam.coerce).parameters) == [
        "self",
        "value",
        "param",
        "ctx",
    ]
