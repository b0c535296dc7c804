"""The follow-up commands: init, set, merge, report, export, import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import ValdplanGroup, app
from .common import (
    document_date,
    emit_text,
    load_plan_option,
    refuse_overwrite,
    shown,
    status_option,
    template_environment,
    template_folder_list,
    warn,
    write_output,
)
from .options import (
    BoardOption,
    DateOption,
    FollowupFile,
    FollowupReportFormat,
    ForceOption,
    LangOption,
    Language,
    PlanOption,
    SheetFormat,
    TemplatesOption,
    complete_actions,
    complete_bodies,
)

followup_app = typer.Typer(
    cls=ValdplanGroup,
    help="Follow-up: record what each body has done with its actions, and report progress.",
    no_args_is_help=True,
)
app.add_typer(followup_app, name="followup")


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
    from ..followup.models import PARTS
    from ..followup.writing import initial_followup, render_followup
    from ..plan.query import find_body

    if part not in PARTS:
        raise typer.BadParameter(f"use {' or '.join(PARTS)}", param_hint="--part")
    refuse_overwrite(output, force)
    loaded = load_plan_option(plan)
    if not loaded.period.start <= year <= loaded.period.end:
        raise typer.BadParameter(
            f"{year} is outside the plan's period {loaded.period}", param_hint="--year"
        )
    body = find_body(loaded, board).id if board is not None else None
    emit_text(render_followup(loaded, initial_followup(loaded, year, part, body)), output)


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
    from ..followup.editing import Change, set_entry
    from ..plan.fields import iso_date

    if date is not None:
        try:
            date = iso_date(date)
        except ValueError:
            raise typer.BadParameter(f"'{date}' is not a date like 2025-11-30") from None
    if comment is not None:
        from ..followup.models import comment_problem

        problem = comment_problem(comment)
        if problem is not None:
            raise typer.BadParameter(problem, param_hint="--comment")
    change = Change(status=status_option(status), comment=comment, date=date)
    result = set_entry(file, load_plan_option(plan), action_id, board, change)
    warn(result.warnings)
    sys.stdout.write(f"{shown(file)}: {'updated' if result.changed else 'unchanged'}\n")


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
    from ..followup.loading import load_followup
    from ..followup.merging import merge
    from ..followup.writing import render_followup

    refuse_overwrite(output, force)
    loaded_plan = load_plan_option(plan)
    loaded = [load_followup(path, loaded_plan) for path in files]
    for one in loaded:
        warn(one.warnings)
    merged = merge(loaded, loaded_plan)
    emit_text(render_followup(loaded_plan, merged), output)
    sys.stdout.write(f"{shown(output)}: {len(merged.entries)} entries from {len(files)} files\n")


@followup_app.command("report")
def followup_report(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="Follow-up files, one per period, in any order; the latest is reported and"
            " all of them make the plan period.",
            dir_okay=False,
        ),
    ],
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help="Follow-up of an earlier period to list changes since (default: the period"
            " before the latest of FILE...).",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        FollowupReportFormat, typer.Option("--format", help="Output format.")
    ] = FollowupReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE instead of stdout (needed for docx).",
            dir_okay=False,
        ),
    ] = None,
    templates: TemplatesOption = None,
    lang: LangOption = Language.sv,
    date: DateOption = None,
    plan: PlanOption = None,
) -> None:
    """Progress per focus area, body and prevention level, what the boards wrote, and the
    plan period over all FILE..."""
    from ..documents.report import render_report
    from ..followup.history import in_time_order, period_key
    from ..followup.loading import load_followup

    if fmt is FollowupReportFormat.docx and output is None:
        raise typer.BadParameter("a Word document needs --output FILE", param_hint="--format")
    loaded_plan = load_plan_option(plan)
    # A file named twice (or as FILE and --previous) is read once.
    by_path = {path.resolve(): path for path in [*files, *([previous] if previous else [])]}
    loaded = {key: load_followup(path, loaded_plan) for key, path in by_path.items()}
    before = loaded[previous.resolve()] if previous is not None else None
    for one in loaded.values():
        warn(one.warnings)
    ordered = in_time_order(list(loaded.values()))
    latest = max((loaded[path.resolve()].followup for path in files), key=period_key)
    if before is not None and period_key(before.followup) >= period_key(latest):
        raise typer.BadParameter(
            f"{before.followup.period.part} {before.followup.period.year} is not earlier than"
            f" the latest period of FILE ({latest.period.part} {latest.period.year})",
            param_hint="--previous",
        )
    earlier = [one.followup for one in ordered[:-1]]
    when = document_date(date)
    if fmt is FollowupReportFormat.docx:
        from ..documents.word import report_docx

        assert output is not None
        overrides = template_folder_list(plan, templates)
        data = report_docx(
            loaded_plan, latest, before.followup if before else None, lang.value, overrides,
            earlier=earlier, date=when,
        )  # fmt: skip
        write_output(data, output)
        return
    env = None if fmt is FollowupReportFormat.json else template_environment(plan, templates)
    text = render_report(
        loaded_plan,
        latest,
        before.followup if before else None,
        fmt.value,
        env,
        lang.value,
        earlier=earlier,
        date=when,
    )
    emit_text(text, output)


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
    from ..followup.loading import load_followup
    from ..followup.spreadsheet import export_sheet

    chosen = fmt.value
    target = output if output is not None else file.with_suffix(f".{chosen}")
    refuse_overwrite(target, force)
    loaded_plan = load_plan_option(plan)
    loaded = load_followup(file, loaded_plan)
    warn(loaded.warnings)
    export_sheet(loaded_plan, loaded.followup, target, chosen)
    sys.stdout.write(f"{shown(target)}: {len(loaded.followup.entries)} rows\n")


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
    from ..followup.editing import apply_changes
    from ..followup.sheet_import import read_sheet

    loaded_plan = load_plan_option(plan)
    changes = read_sheet(sheet, loaded_plan)
    result = apply_changes(into, loaded_plan, changes)
    warn(result.warnings)
    state = "updated" if result.changed else "unchanged"
    sys.stdout.write(f"{shown(into)}: {state} ({len(changes)} rows)\n")
