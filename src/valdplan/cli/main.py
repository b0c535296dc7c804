"""The console script: build only the invoked command, so that start-up stays cheap.

Typer inspects the signature of every registered command when it builds the click group;
with a dozen commands that is a fifth of a command's run time. ``main`` imports the one
module that defines the invoked command and runs an app holding only it; help, completion
and the tests use the full app (``full_app``).
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer

from .app import APP_SETTINGS, app

# Which module defines each top-level command (a test checks this against the full app).
COMMAND_MODULES = {
    "validate": "plan_commands",
    "actions": "plan_commands",
    "show": "plan_commands",
    "boards": "plan_commands",
    "areas": "plan_commands",
    "checklist": "document_commands",
    "build": "document_commands",
    "followup": "followup_commands",
    "indicators": "indicator_commands",
    "diff": "revision_commands",
    "fmt": "revision_commands",
    "schema": "revision_commands",
    "init": "repository_commands",
}


def full_app() -> typer.Typer:
    """``app`` with every command registered."""
    for module in dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"{__package__}.{module}")
    return app


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


def lean_app(command: str) -> typer.Typer | None:
    """An app holding only ``command``, or None if there is no such command."""
    module = COMMAND_MODULES.get(command)
    if module is None:
        return None
    importlib.import_module(f"{__package__}.{module}")
    commands = [c for c in app.registered_commands if _command_name(c) == command]
    groups = [g for g in app.registered_groups if g.name == command]
    lean = typer.Typer(help=app.info.help, **APP_SETTINGS)
    lean.registered_callback = app.registered_callback
    lean.registered_commands = commands
    lean.registered_groups = groups
    # With one command typer would make it the whole program; a hidden sibling keeps
    # "valdplan NAME ..." parsing as a command.
    lean.command("-", hidden=True)(_placeholder)
    return lean


def _placeholder() -> None:
    """Never run: keeps the lean app a group."""


# Options of the app itself that take a value, and may come before the command.
_VALUE_OPTIONS = ("--plan", "--templates", "--lang")


def invoked_command(arguments: list[str]) -> str | None:
    """The command ``arguments`` run, found past the app's own --plan, --templates, --lang; None
    when anything else comes first (--help, --version, an unknown option)."""
    position = 0
    while position < len(arguments):
        argument = arguments[position]
        if argument in _VALUE_OPTIONS:
            position += 2
        elif argument.startswith(tuple(f"{option}=" for option in _VALUE_OPTIONS)):
            position += 1
        elif argument.startswith("-"):
            return None
        else:
            return argument
    return None


def main() -> None:
    """Console-script entry point."""
    from ..files.collection import paused_collection
    from .streams import prepare

    prepare()
    paused_collection.freeze = True  # a run ends when its command does (see there)
    try:
        app_for(sys.argv[1:])(prog_name="valdplan")
    except KeyboardInterrupt:
        # Between start-up and the command (building the app): one line, as everywhere.
        sys.stderr.write("Aborted!\n")
        sys.exit(130)


def app_for(arguments: list[str]) -> typer.Typer:
    """The app that runs ``arguments``: the invoked command alone, else the full app."""
    from .words import complete_forgivingly

    complete_forgivingly()
    if any(name.startswith("_VALDPLAN_COMPLETE") for name in os.environ) or any(
        argument.endswith("-completion") for argument in arguments
    ):
        from .completion import teach_shells

        teach_shells()
    command = invoked_command(arguments)
    lean = lean_app(command) if command is not None else None
    return lean or full_app()
