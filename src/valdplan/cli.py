"""The ``valdplan`` command line: parse options, call the library, print, set exit codes.

This is the only module that prints or exits. Heavy modules (pydantic models, rich, jinja2)
are imported inside the commands that need them, because every import here costs every
command's start-up time.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from .errors import ValdplanError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .errors import Problem
    from .listing import Column, Record
    from .models import Plan


class ValdplanGroup(TyperGroup):
    """Turns every ``ValdplanError`` into its lines on stderr and exit code 1, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ValdplanError as err:
            for line in err.lines():
                sys.stderr.write(line + "\n")
            raise typer.Exit(1) from None
        except Exception as err:
            # Exits and usage errors pass through; anything else is a bug in valdplan, and
            # still ends in one line rather than a traceback (VALDPLAN_DEBUG=1 shows it).
            import os

            if isinstance(err, typer.Exit | typer.Abort) or hasattr(err, "exit_code"):
                raise
            if os.environ.get("VALDPLAN_DEBUG"):
                raise
            sys.stderr.write(
                f"error: internal error ({type(err).__name__}: {err}); this is a bug in"
                " valdplan, please report it (VALDPLAN_DEBUG=1 shows the details)\n"
            )
            raise typer.Exit(3) from None


APP_SETTINGS: dict[str, Any] = {
    "cls": ValdplanGroup,
    "no_args_is_help": True,
    "pretty_exceptions_show_locals": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(
    help="Query Södertälje's action plan against violence (and any plan of the same shape),"
    " and render checklists from it.",
    **APP_SETTINGS,
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class RoleChoice(StrEnum):
    responsible = "responsible"
    co_responsible = "co-responsible"
    any = "any"


class DocumentFormat(StrEnum):
    md = "md"
    html = "html"


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class SheetFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


class SchemaKind(StrEnum):
    plan = "plan"
    followup = "followup"


class Language(StrEnum):
    sv = "sv"
    en = "en"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def _plan_for_completion(ctx: typer.Context) -> Plan | None:
    from .loader import load_plan

    try:
        return load_plan(ctx.params.get("plan"))
    except ValdplanError:
        return None


def _complete(candidates: Sequence[str], incomplete: str) -> list[str]:
    from .query import normalise

    typed = normalise(incomplete)
    return [c for c in candidates if normalise(c).startswith(typed)]


def complete_bodies(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return _complete([b.name for b in plan.bodies], incomplete) if plan else []


def complete_levels(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return _complete([lv.id for lv in plan.levels], incomplete) if plan else []


def complete_actions(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return [a.id for _, a in plan.actions() if a.id.startswith(incomplete)] if plan else []


PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        help="Plan file. Default: $VALDPLAN_PLAN, else ./plan.yaml, else the embedded plan.",
        show_default=False,
        dir_okay=True,
    ),
]
BoardOption = Annotated[
    str | None,
    typer.Option(
        "--board",
        "-b",
        help="Body (board, company or council) by name or id; case and å/ä/ö do not matter.",
        autocompletion=complete_bodies,
        show_default=False,
    ),
]
LevelOption = Annotated[
    str | None,
    typer.Option(
        "--level",
        "-l",
        help="Prevention level: universell, selektiv or indikerad (any case; alias indikativ).",
        autocompletion=complete_levels,
        show_default=False,
    ),
]
FocusOption = Annotated[
    int | None,
    typer.Option("--focus", "-f", help="Focus area number.", show_default=False),
]
RoleOption = Annotated[
    RoleChoice,
    typer.Option(
        "--role",
        help="With --board: actions the body is responsible for, co-responsible for, or any.",
    ),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="Output format. Default: a table on a terminal, JSON when piped.",
        show_default=False,
    ),
]


TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="Folder of templates that override the built-in ones by file name"
        " (a templates/ folder beside the plan is used too).",
        exists=True,
        file_okay=False,
        show_default=False,
    ),
]
LangOption = Annotated[
    Language, typer.Option("--lang", help="Language of the fixed labels; plan text is kept.")
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Date to print as generated (YYYY-MM-DD). Default: $SOURCE_DATE_EPOCH, else none.",
        show_default=False,
    ),
]


def _load(plan_path: Path | None) -> Plan:
    from .loader import load_plan

    return load_plan(plan_path)


def _check_role(board: str | None, role: RoleChoice) -> None:
    if role is not RoleChoice.any and board is None:
        raise typer.BadParameter("--role needs --board", param_hint="--role")


def _emit(
    records: Sequence[Record],
    columns: Sequence[Column],
    fmt: OutputFormat | None,
    title: str,
) -> None:
    from . import listing

    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() else OutputFormat.json
    if fmt is OutputFormat.json:
        sys.stdout.write(listing.to_json(records))
    elif fmt is OutputFormat.csv:
        sys.stdout.write(listing.to_csv(records, columns))
    elif fmt is OutputFormat.md:
        sys.stdout.write(listing.to_markdown(records, columns))
    else:
        _print_table(records, columns, title)


def _print_table(records: Sequence[Record], columns: Sequence[Column], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from .listing import cell_text

    table = Table(title=title, show_lines=True, title_justify="left")
    for column in columns:
        table.add_column(column.title, overflow="fold")
    for record in records:
        table.add_row(*(cell_text(record[c.key], "\n") for c in columns), style=None)
    Console(highlight=False).print(table, markup=False)


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"valdplan {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Show valdplan's version and exit.",
            is_eager=True,
            callback=_show_version,
        ),
    ] = False,
) -> None:
    """Query the action plan and render checklists from it."""


def _warn(warnings: Sequence[Problem]) -> None:
    for p in warnings:
        sys.stderr.write(f"{p.path}:{p.line}:{p.column}: warning: {p.message}\n")


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    sarif = "sarif"


def _check_file(path: Path | None, plan: Path | None) -> tuple[str, list[Any], list[Any]]:
    """Validate one plan or follow-up file: (OK line, errors, warnings)."""
    from .errors import FileProblems, Problem
    from .loader import find_plan, load_plan_file
    from .sources import looks_like_followup

    try:
        if path is not None and looks_like_followup(path):
            from .followup import load_followup

            loaded = load_followup(path, _load(plan))
            period = loaded.followup.period
            ok = f"{path}: OK (follow-up {period.part} {period.year},"
            ok += f" {len(loaded.followup.entries)} entries)"
            return ok, [], loaded.warnings
        source = find_plan(path if path is not None else plan)
        model = load_plan_file(source.path, source.shown_as)
    except FileProblems as err:
        return "", list(err.problems), []
    except ValdplanError as err:
        return "", [Problem(str(path or "plan.yaml"), 1, 1, str(err))], []
    ok = (
        f"{source.shown_as}: OK ({len(model.focus_areas)} focus areas,"
        f" {model.action_count} actions, {len(model.bodies)} bodies,"
        f" {len(model.levels)} prevention levels)"
    )
    return ok, [], []


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan or follow-up files. Default: the plan, found as for --plan.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Fail (exit 1) on warnings too, such as personal data in follow-up comments.",
        ),
    ] = False,
    fmt: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            help="text: lines FILE:LINE:COL: message; github: workflow commands that annotate"
            " a pull request; sarif: a SARIF 2.1.0 log on stdout.",
        ),
    ] = ValidateFormat.text,
    plan: PlanOption = None,
) -> None:
    """Check plan or follow-up files; report every problem as FILE:LINE:COL: message."""
    from . import __version__

    errors: list[Any] = []
    warnings: list[Any] = []
    oks = []
    targets: list[Path | None] = list(paths) if paths else [None]
    for path in targets:
        ok, file_errors, file_warnings = _check_file(path, plan)
        errors += file_errors
        warnings += file_warnings
        if ok and not file_errors:
            oks.append(ok)
    if strict:
        errors, warnings = errors + warnings, []
    if fmt is ValidateFormat.sarif:
        from .annotations import sarif_log

        sys.stdout.write(sarif_log(errors, warnings, __version__))
    elif fmt is ValidateFormat.github:
        from .annotations import github_lines

        sys.stdout.write("".join(line + "\n" for line in github_lines(errors, warnings)))
    else:
        sys.stdout.write("".join(ok + "\n" for ok in oks))
        sys.stderr.write("".join(f"{p}\n" for p in errors))
        _warn(warnings)
    if errors:
        raise typer.Exit(1)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier plan.", dir_okay=False)],
    new: Annotated[Path, typer.Argument(help="The later plan.", dir_okay=False)],
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Output format.")] = ReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", dir_okay=False),
    ] = None,
    templates: TemplatesOption = None,
) -> None:
    """Show what changed between two plans, matched by action id. Exit 0 when they are
    equal, 1 when they differ, 2 on errors (like diff)."""
    from .diff import render_diff
    from .loader import load_plan_file

    try:
        before, after = load_plan_file(old), load_plan_file(new)
        env = None if fmt is ReportFormat.json else _environment(new, templates)
        text, equal = render_diff(before, after, fmt.value, env)
    except ValdplanError as err:
        # diff's own convention: 1 means "different", so problems exit with 2.
        sys.stderr.write("".join(line + "\n" for line in err.lines()))
        raise typer.Exit(2) from None
    _emit_text(text, output)
    if not equal:
        raise typer.Exit(1)


@app.command("fmt")
def fmt_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan or follow-up files. Default: the plan, found as for --plan.",
            show_default=False,
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Change nothing; exit 1 if a file is not formatted."),
    ] = False,
    plan: PlanOption = None,
) -> None:
    """Normalise the layout of plan and follow-up files (key order, indentation, quoting),
    keeping comments, so that diffs in review stay small."""
    from .formatting import format_file
    from .loader import find_plan
    from .sources import looks_like_followup

    if not paths:
        source = find_plan(plan)
        if source.origin == "embedded":
            raise typer.BadParameter("no plan.yaml here; name the files to format")
        paths = [source.path]
    unformatted = []
    for path in paths:
        plan_model = _load(plan) if looks_like_followup(path) else None
        changed = format_file(path, plan_model, check)
        if changed:
            unformatted.append(path)
        verb = ("would be reformatted" if check else "reformatted") if changed else "unchanged"
        sys.stdout.write(f"{path}: {verb}\n")
    if check and unformatted:
        raise typer.Exit(1)


@app.command()
def schema(
    kind: Annotated[
        SchemaKind, typer.Option("--kind", help="Schema of plan files or follow-up files.")
    ] = SchemaKind.plan,
) -> None:
    """Print the JSON Schema of plan (or follow-up) files, for editors and validators."""
    from .schema import json_schema

    sys.stdout.write(json_schema(kind.value))


@app.command()
def actions(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = RoleChoice.any,
    fmt: FormatOption = None,
    plan: PlanOption = None,
) -> None:
    """List actions, filtered by body, prevention level and focus area (filters combine)."""
    from .listing import ACTION_COLUMNS, action_records
    from .query import select_actions

    _check_role(board, role)
    selection = select_actions(_load(plan), body=board, level=level, focus=focus, role=role.value)
    _emit(action_records(selection), ACTION_COLUMNS, fmt, f"{len(selection)} actions")


@app.command()
def show(
    action_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help='Action id as printed, e.g. "4:4".', autocompletion=complete_actions
        ),
    ],
    fmt: Annotated[ShowFormat, typer.Option("--format", help="Output format.")] = ShowFormat.text,
    plan: PlanOption = None,
) -> None:
    """Show one action in full: focus area, text, examples, bodies and their roles, levels."""
    from .listing import action_record, to_json
    from .query import find_action

    loaded = _load(plan)
    area, action = find_action(loaded, action_id)
    if fmt is ShowFormat.json:
        record = action_record(loaded, area, action)
        record["focus_area_title"] = area.title
        sys.stdout.write(to_json(record))
        return
    bodies = loaded.bodies_by_id
    levels = loaded.levels_by_id
    lines = [
        f"Åtgärd {action.id}",
        f"Focus area {area.number}: {area.title}",
        "",
        action.text,
    ]
    if action.examples:
        lines += ["", "Examples:", *(f"  {example}" for example in action.examples)]
    lines += ["", "Bodies:"]
    lines += [f"  {bodies[b].name} (responsible)" for b in action.responsible]
    lines += [f"  {bodies[b].name} (co-responsible)" for b in action.co_responsible]
    lines += ["", "Prevention levels: " + ", ".join(levels[lv].name for lv in action.levels)]
    sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def boards(fmt: FormatOption = None, plan: PlanOption = None) -> None:
    """List every body with its kind and how many actions it is (co-)responsible for."""
    from .listing import BODY_COLUMNS, body_records

    loaded = _load(plan)
    _emit(body_records(loaded), BODY_COLUMNS, fmt, f"{len(loaded.bodies)} bodies")


@app.command()
def areas(fmt: FormatOption = None, plan: PlanOption = None) -> None:
    """List the focus areas with their number of actions."""
    from .listing import AREA_COLUMNS, area_records

    loaded = _load(plan)
    _emit(area_records(loaded), AREA_COLUMNS, fmt, f"{len(loaded.focus_areas)} focus areas")


def _environment(plan_path: Path | None, templates: Path | None) -> Any:
    """The Jinja environment: --templates, then templates/ beside the plan, then built-ins."""
    from .documents import template_overrides
    from .loader import find_plan
    from .render import environment

    return environment(template_overrides(find_plan(plan_path).path, templates))


def _date(option: str | None) -> str | None:
    import os

    from .documents import generated_date

    try:
        return generated_date(option, os.environ.get("SOURCE_DATE_EPOCH"))
    except ValdplanError as err:
        if option is None:
            raise  # a bad SOURCE_DATE_EPOCH is not a command-line mistake
        raise typer.BadParameter(str(err), param_hint="--date") from None


@app.command()
def checklist(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = RoleChoice.any,
    fmt: Annotated[
        DocumentFormat, typer.Option("--format", help="Markdown or a self-contained HTML page.")
    ] = DocumentFormat.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (atomically) instead of stdout.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    templates: TemplatesOption = None,
    lang: LangOption = Language.sv,
    date: DateOption = None,
    followup: Annotated[
        Path | None,
        typer.Option(
            "--followup",
            help="Follow-up file: tick the actions reported genomförd and show each status.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    plan: PlanOption = None,
) -> None:
    """Render a checklist of the selected actions as Markdown or HTML."""
    from .documents import ChecklistRequest, checklist_text, template_overrides
    from .loader import find_plan

    _check_role(board, role)
    request = ChecklistRequest(
        fmt.value, board, level, focus, role.value, lang.value, _date(date), followup
    )
    source = find_plan(plan)
    overrides = template_overrides(source.path, templates)
    _emit_text(checklist_text(source.path, source.shown_as, request, overrides), output)


def _formats(value: str) -> list[str]:
    from .build import FORMATS

    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in FORMATS]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"use a comma-separated list of {', '.join(FORMATS)}", param_hint="--format"
        )
    return [fmt for fmt in FORMATS if fmt in chosen]


@app.command()
def build(
    outdir: Annotated[Path, typer.Argument(help="Folder to write the checklists into.")],
    formats: Annotated[
        str, typer.Option("--format", help="Comma-separated formats to write: md, html.")
    ] = "md,html",
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Write nothing; exit 1 listing every file that is missing, stale or extra.",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Overwrite files in OUTDIR that valdplan did not write."),
    ] = False,
    templates: TemplatesOption = None,
    lang: LangOption = Language.sv,
    date: DateOption = None,
    plan: PlanOption = None,
) -> None:
    """Write one checklist per body, prevention level and focus area, and index pages."""
    from .build import build_files
    from .output import check_folder, write_folder

    chosen = _formats(formats)
    when = _date(date)
    env = _environment(plan, templates)
    files = build_files(_load(plan), env, chosen, lang.value, when)  # type: ignore[arg-type]
    if check:
        report = check_folder(outdir, files)
        for label, names in (
            ("missing", report.missing),
            ("stale", report.stale),
            ("extra", report.extra),
        ):
            for name in names:
                sys.stdout.write(f"{outdir / name}: {label}\n")
        if not report.clean:
            raise typer.Exit(1)
        sys.stdout.write(f"{outdir}: {len(files)} files up to date\n")
        return
    changed = write_folder(outdir, files, force)
    sys.stdout.write(f"{outdir}: wrote {len(changed)} of {len(files)} files\n")
    extra = check_folder(outdir, files).extra
    if extra:
        sys.stderr.write(
            f"note: {len(extra)} other files in {outdir} are not from this build:"
            f" {', '.join(extra)}\n"
        )


followup_app = typer.Typer(
    cls=ValdplanGroup,
    help="Follow-up: record what each body has done with its actions, and report progress.",
    no_args_is_help=True,
)
app.add_typer(followup_app, name="followup")

FollowupFile = Annotated[
    Path, typer.Option("--file", help="The follow-up file to edit.", dir_okay=False)
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Overwrite the output file if it exists.")
]


def _refuse_overwrite(output: Path | None, force: bool) -> None:
    if output is not None and output.exists() and not force:
        raise typer.BadParameter(
            f"{output} exists; pass --force to overwrite it", param_hint="--output"
        )


def _emit_text(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        from .output import write_file

        write_file(output, text)


def _status(typed: str) -> str:
    from .followup import status_choices, status_id

    found = status_id(typed)
    if found is None:
        raise typer.BadParameter(f"'{typed}' is not a status; use one of: {status_choices()}")
    return found


@followup_app.command("init")
def followup_init(
    year: Annotated[
        int, typer.Option("--year", help="Year followed up, e.g. 2025.", min=2000, max=2200)
    ],
    part: Annotated[
        str, typer.Option("--part", help="delår (interim) or helår (full year).")
    ] = "helår",
    board: BoardOption = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", dir_okay=False),
    ] = None,
    force: ForceOption = False,
    plan: PlanOption = None,
) -> None:
    """Write a ready-to-fill follow-up file: every pair (or one body's), not started."""
    from .followup import PARTS, initial_followup, render_followup
    from .query import find_body

    if part not in PARTS:
        raise typer.BadParameter(f"use {' or '.join(PARTS)}", param_hint="--part")
    _refuse_overwrite(output, force)
    loaded = _load(plan)
    body = find_body(loaded, board).id if board is not None else None
    _emit_text(render_followup(loaded, initial_followup(loaded, year, part, body)), output)


@followup_app.command("set")
def followup_set(
    action_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help='Action id, e.g. "4:4".', autocompletion=complete_actions
        ),
    ],
    board: Annotated[
        str,
        typer.Option(
            "--board", "-b", help="The body whose entry to set.", autocompletion=complete_bodies
        ),
    ],
    status: Annotated[
        str, typer.Option("--status", help="ej-paborjad, pagaende, genomford or ej-aktuell.")
    ],
    file: FollowupFile,
    comment: Annotated[
        str | None, typer.Option("--comment", help="Replace the comment.", show_default=False)
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Date of the assessment, YYYY-MM-DD.", show_default=False),
    ] = None,
    plan: PlanOption = None,
) -> None:
    """Set one entry's status (and comment) in place; the rest of the file stays as it is."""
    from .followup import Change, load_followup, set_entry
    from .models import iso_date

    if date is not None:
        try:
            date = iso_date(date)
        except ValueError:
            raise typer.BadParameter(f"'{date}' is not a date like 2025-11-30") from None
    loaded_plan = _load(plan)
    loaded = load_followup(file, loaded_plan)
    change = Change(status=_status(status), comment=comment, date=date)
    changed = set_entry(loaded, loaded_plan, action_id, board, change)
    _warn(load_followup(file, loaded_plan).warnings)
    sys.stdout.write(f"{file}: {'updated' if changed else 'unchanged'}\n")


@followup_app.command("merge")
def followup_merge(
    files: Annotated[list[Path], typer.Argument(help="Follow-up files to merge.", dir_okay=False)],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The merged file.", dir_okay=False)
    ],
    force: ForceOption = False,
    plan: PlanOption = None,
) -> None:
    """Merge the boards' follow-up files into one; conflicting entries are refused. The merged
    file is written afresh: comments in the input files are not carried over."""
    from .followup import load_followup, merge, render_followup

    _refuse_overwrite(output, force)
    loaded_plan = _load(plan)
    loaded = [load_followup(path, loaded_plan) for path in files]
    for one in loaded:
        _warn(one.warnings)
    merged = merge(loaded, loaded_plan)
    _emit_text(render_followup(loaded_plan, merged), output)
    sys.stdout.write(f"{output}: {len(merged.entries)} entries from {len(files)} files\n")


@followup_app.command("report")
def followup_report(
    file: Annotated[Path, typer.Argument(help="Follow-up file of the period.", dir_okay=False)],
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help="Follow-up of an earlier period, to list changes.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Output format.")] = ReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", dir_okay=False),
    ] = None,
    templates: TemplatesOption = None,
    lang: LangOption = Language.sv,
    plan: PlanOption = None,
) -> None:
    """Progress per focus area, body and prevention level; what is not started or missing."""
    from .followup import load_followup
    from .report import render_report

    loaded_plan = _load(plan)
    current = load_followup(file, loaded_plan)
    _warn(current.warnings)
    before = load_followup(previous, loaded_plan).followup if previous is not None else None
    env = None if fmt is ReportFormat.json else _environment(plan, templates)
    text = render_report(loaded_plan, current.followup, before, fmt.value, env, lang.value)
    _emit_text(text, output)


@followup_app.command("export")
def followup_export(
    file: Annotated[Path, typer.Argument(help="Follow-up file to export.", dir_okay=False)],
    fmt: Annotated[
        SheetFormat, typer.Option("--format", help="Spreadsheet format.")
    ] = SheetFormat.xlsx,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write (default: FILE with .xlsx/.csv).",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
    plan: PlanOption = None,
) -> None:
    """Write the follow-up as a spreadsheet: one row per pair, a status column to fill in."""
    from .followup import load_followup
    from .spreadsheet import export_sheet

    chosen = fmt.value
    target = output if output is not None else file.with_suffix(f".{chosen}")
    _refuse_overwrite(target, force)
    loaded_plan = _load(plan)
    loaded = load_followup(file, loaded_plan)
    _warn(loaded.warnings)
    export_sheet(loaded_plan, loaded.followup, target, chosen)
    sys.stdout.write(f"{target}: {len(loaded.followup.entries)} rows\n")


@followup_app.command("import")
def followup_import(
    sheet: Annotated[
        Path, typer.Argument(help="Spreadsheet (.xlsx or .csv) to read.", dir_okay=False)
    ],
    into: Annotated[Path, typer.Option("--into", help="Follow-up file to update.", dir_okay=False)],
    plan: PlanOption = None,
) -> None:
    """Read a filled-in spreadsheet back into the follow-up file; every row is checked first
    and nothing is written unless all rows are valid."""
    from .followup import edit_text, load_followup, write_followup_text
    from .spreadsheet import read_sheet

    loaded_plan = _load(plan)
    loaded = load_followup(into, loaded_plan)
    changes = read_sheet(sheet, loaded_plan)
    changed = write_followup_text(loaded, loaded_plan, edit_text(loaded, loaded_plan, changes))
    _warn(load_followup(into, loaded_plan).warnings)
    sys.stdout.write(f"{into}: {'updated' if changed else 'unchanged'} ({len(changes)} rows)\n")


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


def lean_app(command: str) -> typer.Typer | None:
    """An app holding only ``command``, or None if there is no such command.

    Typer inspects the signature of every registered command at start-up; with a dozen
    commands that is a fifth of a command's run time. The full ``app`` still serves help,
    completion and the tests."""
    commands = [c for c in app.registered_commands if _command_name(c) == command]
    groups = [g for g in app.registered_groups if g.name == command]
    if not commands and not groups:
        return None
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


def main() -> None:
    """Console-script entry point."""
    arguments = sys.argv[1:]
    lean = lean_app(arguments[0]) if arguments and not arguments[0].startswith("-") else None
    (lean or app)(prog_name="valdplan")
