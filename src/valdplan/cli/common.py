"""What commands share between calling the library and printing: loading the plan named by
--plan, writing records and documents to standard output or a file under one overwrite rule,
warnings, and option checks that need more than one option."""

from __future__ import annotations

import contextlib
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..messages import _

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ..documents.formats import Format
    from ..documents.tables import Column
    from ..errors import Problem
    from ..plan.models import Plan
    from ..plan.records import Record


def load_plan_option(plan_path: Path | None) -> Plan:
    """The plan named by --plan, or found by discovery."""
    from ..plan.loader import load_plan

    return load_plan(plan_path)


def check_role(board: Sequence[str] | None, role: str) -> None:
    """--role narrows --board, so it needs one."""
    if role != "any" and not board:
        raise typer.BadParameter(_("--role needs --board"), param_hint="--role")


def emit_records(
    records: Sequence[Record],
    columns: Sequence[Column],
    fmt: str | None,
    title: str,
    readable: Sequence[Record] | None = None,
) -> None:
    """Records on standard output: a table on a terminal, JSON when piped, or the chosen
    format. ``readable`` are the same records for people (names rather than ids), shown in
    tables and Markdown; JSON and CSV keep ids and keys."""
    from ..documents import tables

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    people = readable if readable is not None else records
    if fmt == "json":
        sys.stdout.write(tables.to_json(list(records)))
    elif fmt == "csv":
        sys.stdout.write(tables.to_csv(records, columns))
    elif fmt == "md":
        sys.stdout.write(tables.to_markdown(people, columns))
    else:
        sys.stdout.write(tables.terminal_text(people, columns, title, _width(), _render))


def _width() -> int:
    """The terminal's width (``COLUMNS`` first, as rich and click read it), else 80."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _render(table: Any, width: int) -> str:
    """A rich table printed to text ``width`` columns wide, without colour codes."""
    import io

    from rich.console import Console

    out = io.StringIO()
    Console(file=out, width=width, highlight=False, color_system=None).print(table, markup=False)
    # rich pads the title to the table's width; trailing blanks only get in the way.
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


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

    if option is not None:
        return parse_date(option)
    # A bad SOURCE_DATE_EPOCH is not a command-line mistake: a ValdplanError, exit 1.
    return generated_date(None, os.environ.get("SOURCE_DATE_EPOCH"))


def parse_date(value: str | None, option: str = "--date") -> str | None:
    """A date option as YYYY-MM-DD, or a usage error with the one example date."""
    from ..errors import RuleBroken
    from ..plan.dates import checked_date

    if value is None or value == "":
        return value
    try:
        return checked_date(value.strip())
    except RuleBroken as err:
        raise typer.BadParameter(str(err), param_hint=option) from None


def build_formats(value: str) -> list[Format]:
    """The formats of a comma-separated --format, in build order, forgiving case."""
    from ..documents.formats import FORMATS as known
    from .options import fold

    chosen = [part.strip() for part in value.split(",") if part.strip()]
    found = [next((f for f in known if fold(f) == fold(part)), None) for part in chosen]
    if not chosen or None in found:
        raise typer.BadParameter(
            _("'{value}' is not a comma-separated list of {formats}").format(
                value=value, formats=", ".join(known)
            ),
            param_hint="--format",
        )
    return [fmt for fmt in known if fmt in found]


def check_output(output: Path | None, force: bool) -> None:
    """valdplan's one overwrite rule for -o: an existing file (one a person may have written)
    is replaced only with --force; a folder is never a file; a device or pipe is written to
    (``-o /dev/null``)."""
    if output is None:
        return
    try:
        status = output.stat()
    except OSError:
        return  # not there (or unreachable: writing will say why)
    if stat.S_ISDIR(status.st_mode):
        raise typer.BadParameter(
            _("{path} is a folder, not a file").format(path=output), param_hint="--output"
        )
    if stat.S_ISREG(status.st_mode) and not force:
        raise typer.BadParameter(
            _("{path} exists; pass --force to replace it").format(path=output),
            param_hint="--output",
        )


def emit_text(text: str | bytes, output: Path | None) -> None:
    """``text`` on standard output, or written to ``output``."""
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
        else:
            sys.stdout.write(text)
    else:
        from ..files.writing import write_file

        write_file(output, text)


@contextlib.contextmanager
def rule_options() -> Iterator[None]:
    """A value given as an option that breaks its rule (``followup.rules``) is a usage error
    naming the option, with the rule's own message."""
    from ..errors import RuleBroken

    try:
        yield
    except RuleBroken as err:
        if err.field is None:
            raise
        raise typer.BadParameter(str(err), param_hint=f"--{err.field}") from None
