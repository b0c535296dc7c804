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

from ..messages import _, ngettext

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from ..documents.listing import Listing
    from ..errors import Problem
    from ..files.folder import CheckReport, WriteReport
    from ..plan.loader import PlanSource
    from ..plan.models import Plan
    from ..vocabulary import Format, RecordFormat


_embedded_said: list[bool] = []


def load_plan_option(plan_path: Path | None) -> Plan:
    """The plan named by --plan, or found by discovery (see ``plan_source_option``)."""
    from ..plan.loader import load_plan_file

    source = plan_source_option(plan_path)
    return load_plan_file(source.path, source.shown_as)


def plan_source_option(plan_path: Path | None) -> PlanSource:
    """Where the plan named by --plan, or found by discovery, is; the embedded plan is said
    once on stderr, as no plan file was found where one was looked for."""
    from ..plan.loader import PLAN_ENV, find_plan

    source = find_plan(plan_path)
    if source.origin == "embedded" and not _embedded_said:
        _embedded_said.append(True)
        message = _(
            "no plan file (--plan, ${variable}, ./plan.yaml); using the plan embedded in valdplan"
        ).format(variable=PLAN_ENV)
        sys.stderr.write(_("note: {message}").format(message=message) + "\n")
    return source


def check_role(board: Sequence[str] | None, role: str) -> None:
    """--role narrows --board, so it needs one."""
    if role != "any" and not board:
        raise typer.BadParameter(_("--role needs --board"), param_hint="--role")


def record_format(fmt: str | None) -> RecordFormat | None:
    """--format of a listing, already one of the record formats (None: as the output)."""
    from ..vocabulary import RECORD_FORMATS, member

    return member(fmt, RECORD_FORMATS) if fmt is not None else None


def emit_listing(listing: Listing, fmt: str | None) -> None:
    """A listing on standard output: a table on a terminal, JSON when piped, or the chosen
    format (already one of the record formats)."""
    from ..documents.listing import listing_text

    chosen = record_format(fmt)
    sys.stdout.write(listing_text(listing, chosen, sys.stdout.isatty(), terminal_width()))


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first, as rich and click read it), else 80."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def shown(path: Path | str) -> str:
    """A path as the user sees it in a status line: one line, nothing a terminal acts on."""
    from ..errors import visible

    return visible(str(path))


def warn(warnings: Sequence[Problem]) -> None:
    """Warnings on stderr as FILE:LINE:COL: warning: message."""
    for p in warnings:
        sys.stderr.write(p.warning_line() + "\n")


def note(notes: Sequence[str]) -> None:
    """Notes on stderr as note: message (what a command did that the user did not ask for
    by name, such as merging files of one period)."""
    for message in notes:
        sys.stderr.write(_("note: {message}").format(message=message) + "\n")


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
    from ..vocabulary import FORMATS as known
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


def check_output(output: Path | None, force: bool, fmt: str | None = None) -> None:
    """valdplan's one overwrite rule for -o: an existing file (one a person may have written)
    is replaced only with --force; a folder is never a file; a device or pipe is written to
    (``-o /dev/null``). A binary ``fmt`` (a Word document) needs -o."""
    from ..documents.formats import BINARY_FORMATS

    if output is None and fmt in BINARY_FORMATS:
        raise typer.BadParameter(_("a Word document needs --output FILE"), param_hint="--format")
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


def report_folder_check(outdir: Path, files: Mapping[str, Any], report: CheckReport) -> None:
    """What ``build --check`` found: each file that is missing, stale, extra or left over,
    and exit 1 unless the folder is clean."""
    for label, names in (
        (_("missing"), report.missing),
        (_("stale"), report.stale),
        (_("extra"), report.extra),
        (_("leftover from an interrupted run"), report.leftover),
    ):
        for name in names:
            sys.stdout.write(f"{shown(outdir / name)}: {label}\n")
    if not report.clean:
        raise typer.Exit(1)
    up_to_date = ngettext("{n} file up to date", "{n} files up to date", len(files))
    sys.stdout.write(f"{shown(outdir)}: {up_to_date.format(n=len(files))}\n")


def report_build(
    outdir: Path, files: Mapping[str, Any], written: WriteReport, published: bool
) -> None:
    """What a build wrote, and notes on what else it found in the folder and, without
    publisher's settings, on what a published site would still need."""
    from ..files.folder import check_folder

    wrote = ngettext("wrote {n} of {total} file", "wrote {n} of {total} files", len(files))
    sys.stdout.write(f"{shown(outdir)}: {wrote.format(n=len(written.changed), total=len(files))}\n")
    if written.removed_leftovers:
        count = len(written.removed_leftovers)
        note = ngettext(
            "removed {n} temporary file an interrupted run had left in {folder}",
            "removed {n} temporary files an interrupted run had left in {folder}",
            count,
        ).format(n=count, folder=shown(outdir))
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")
    if written.outdated:
        note = ngettext(
            "removed {n} file valdplan had written in {folder} that the plan no longer has:"
            " {names}",
            "removed {n} files valdplan had written in {folder} that the plan no longer has:"
            " {names}",
            len(written.outdated),
        ).format(n=len(written.outdated), folder=shown(outdir), names=", ".join(written.outdated))
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")
    extra = check_folder(outdir, files).extra
    if extra:
        note = ngettext(
            "{n} other file in {folder} is not from this build: {names}",
            "{n} other files in {folder} are not from this build: {names}",
            len(extra),
        ).format(n=len(extra), folder=shown(outdir), names=", ".join(extra))
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")
    if not published:
        note = _(
            "no publisher's settings (--publishing FILE or ./publishing.yaml): a published"
            " site would still need its open data with a DCAT-AP-SE catalogue and an"
            " accessibility statement (see {example})"
        ).format(example="docs/examples/publishing.yaml")
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")


def given_text(value: str, option: str) -> str:
    """An option's text, or with ``@FILE`` the text of that file and with ``-`` standard
    input (for long comments), one final line break removed. ``@@`` starts a text that
    itself begins with ``@`` (a comment such as "@SUM(A1:A9)" must stay writable)."""
    if value.startswith("@@"):
        return value[1:]
    if value == "-":
        text = sys.stdin.read()
    elif value.startswith("@") and len(value) > 1:
        from ..files.reading import decode, read_source

        name = value[1:]
        text = decode(read_source(Path(name), name), name)
    else:
        return value
    return text.removesuffix("\n").removesuffix("\r")
