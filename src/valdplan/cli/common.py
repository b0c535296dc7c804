"""What commands share between calling the library and printing: loading the plan named by
--plan, writing records and documents to stdout or a file, warnings, and option checks that
need more than typer's own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import ValdplanError
from .options import OutputFormat, RoleChoice

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..documents.tables import Column
    from ..errors import Problem
    from ..plan.models import Plan
    from ..plan.records import Record


def load_plan_option(plan_path: Path | None) -> Plan:
    """The plan named by --plan, or found by discovery."""
    from ..plan.loader import load_plan

    return load_plan(plan_path)


def check_role(board: str | None, role: RoleChoice) -> None:
    """--role narrows --board, so it needs one."""
    if role is not RoleChoice.any and board is None:
        raise typer.BadParameter("--role needs --board", param_hint="--role")


def emit_records(
    records: Sequence[Record],
    columns: Sequence[Column],
    fmt: OutputFormat | None,
    title: str,
) -> None:
    """Records on stdout: a table on a terminal, JSON when piped, or the chosen format."""
    from ..documents import tables as listing

    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() else OutputFormat.json
    if fmt is OutputFormat.json:
        sys.stdout.write(listing.to_json(records))
    elif fmt is OutputFormat.csv:
        sys.stdout.write(listing.to_csv(records, columns))
    elif fmt is OutputFormat.md:
        sys.stdout.write(listing.to_markdown(records, columns))
    else:
        print_table(records, columns, title)


def print_table(records: Sequence[Record], columns: Sequence[Column], title: str) -> None:
    """Records as a table on the terminal."""
    from rich.console import Console

    from ..documents.tables import terminal_table

    Console(highlight=False).print(terminal_table(records, columns, title), markup=False)


def shown(path: Path | str) -> str:
    """A path as the user sees it in a status line: one line, nothing a terminal acts on."""
    from ..errors import visible

    return visible(str(path))


def warn(warnings: Sequence[Problem]) -> None:
    """Warnings on stderr as FILE:LINE:COL: warning: message."""
    for p in warnings:
        sys.stderr.write(p.warning_line() + "\n")


def template_environment(plan_path: Path | None, templates: Path | None) -> Any:
    """The Jinja environment: --templates, then templates/ beside the plan, then built-ins."""
    from ..documents.environment import environment, template_overrides
    from ..plan.loader import find_plan

    return environment(template_overrides(find_plan(plan_path).path, templates))


def template_folder_list(plan_path: Path | None, templates: Path | None) -> list[Path]:
    """The user's template folders: --templates, then templates/ beside the plan."""
    from ..documents.environment import template_overrides
    from ..plan.loader import find_plan

    return template_overrides(find_plan(plan_path).path, templates)


def write_output(data: bytes, output: Path) -> None:
    """A binary document (Word) written to ``output``."""
    from ..files.writing import write_file

    write_file(output, data)


def document_date(option: str | None) -> str | None:
    """The date to print: --date, else $SOURCE_DATE_EPOCH, else none."""
    import os

    from ..documents.context import generated_date

    try:
        return generated_date(option, os.environ.get("SOURCE_DATE_EPOCH"))
    except ValdplanError as err:
        if option is None:
            raise  # a bad SOURCE_DATE_EPOCH is not a command-line mistake
        raise typer.BadParameter(str(err), param_hint="--date") from None


def build_formats(value: str) -> list[str]:
    """The formats of a comma-separated --format, in build order."""
    from ..documents.build import FORMATS

    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in FORMATS]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"use a comma-separated list of {', '.join(FORMATS)}", param_hint="--format"
        )
    return [fmt for fmt in FORMATS if fmt in chosen]


def refuse_overwrite(output: Path | None, force: bool) -> None:
    """A usage error when ``output`` exists and --force is not given."""
    if output is not None and output.exists() and not force:
        raise typer.BadParameter(
            f"{output} exists; pass --force to overwrite it", param_hint="--output"
        )


def emit_text(text: str, output: Path | None) -> None:
    """``text`` on stdout, or written to ``output``."""
    if output is None:
        sys.stdout.write(text)
    else:
        from ..files.writing import write_file

        write_file(output, text)


def status_option(typed: str) -> str:
    """The status id for --status, or a usage error naming the statuses."""
    from ..followup.models import status_choices, status_id

    found = status_id(typed)
    if found is None:
        raise typer.BadParameter(f"'{typed}' is not a status; use one of: {status_choices()}")
    return found
