"""The follow-up commands: init, set, merge, report, export, import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..documents.formats import REPORT_FORMATS, SHEET_FORMATS
from ..messages import N_, _, ngettext
from ..vocabulary import PARTS
from .app import ValdplanGroup, app
from .common import (
    check_output,
    document_date,
    emit_text,
    load_plan_option,
    rule_options,
    shown,
    template_environment,
    template_folder_list,
    warn,
    write_output,
)
from .options import (
    ActionArgument,
    DateOption,
    FollowupFile,
    ForceOption,
    LangOption,
    OutputOption,
    PlanOption,
    TemplatesOption,
    choice_option,
    complete_bodies,
    complete_statuses,
    documents_language,
    option_name,
)

followup_app = typer.Typer(
    cls=ValdplanGroup,
    help=N_("Follow-up: record what each body has done with its actions, and report progress."),
    no_args_is_help=True,
)
app.add_typer(followup_app, name="followup")


def _year(param: typer.CallbackParam, value: str) -> int:
    text = value.strip()
    if not (text.isdigit() and len(text) == 4):
        raise typer.BadParameter(
            _("'{value}' is not a year; write it with four digits, e.g. 2025").format(value=value),
            param_hint=option_name(param),
        )
    return int(text)


@followup_app.command(
    "init",
    help=N_(
        "Write a ready-to-fill follow-up file: every pair of action and body (or one body's),"
        " not started."
    ),
)
def followup_init(
    year: Annotated[
        str,
        typer.Option(
            "--year",
            help=N_("Year followed up, within the plan's period, e.g. 2025."),
            metavar=N_("YEAR"),
            callback=_year,
        ),
    ],
    part: Annotated[
        str,
        choice_option(
            PARTS,
            N_("Part of the year: interim (delår) or full-year (helår). Default: helår."),
            N_("PART"),
            "--part",
        ),
    ] = "helår",
    board: Annotated[
        str | None,
        typer.Option(
            "--board",
            "-b",
            help=N_("Only this body's pairs (by name or id)."),
            metavar=N_("BODY"),
            autocompletion=complete_bodies,
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.writing import initial_followup, render_followup
    from ..plan.query import find_body

    check_output(output, force)
    loaded = load_plan_option(plan)
    chosen_year = int(year)
    if not loaded.period.start <= chosen_year <= loaded.period.end:
        raise typer.BadParameter(
            _("{year} is outside the plan's period {period}").format(
                year=chosen_year, period=loaded.period
            ),
            param_hint="--year",
        )
    body = find_body(loaded, board).id if board is not None else None
    emit_text(render_followup(loaded, initial_followup(loaded, chosen_year, part, body)), output)


@followup_app.command(
    "set",
    help=N_(
        "Set one entry's status (and comment and date) in place; the rest of the file stays as"
        " it is."
    ),
)
def followup_set(
    action_id: ActionArgument,
    board: Annotated[
        str,
        typer.Option(
            "--board",
            "-b",
            help=N_("The body whose entry to set (by name or id)."),
            metavar=N_("BODY"),
            autocompletion=complete_bodies,
        ),
    ],
    status: Annotated[
        str,
        typer.Option(
            "--status",
            help=N_(
                "ej-paborjad, pagaende, genomford or ej-aktuell (or their names, in Swedish or"
                " English)."
            ),
            metavar=N_("STATUS"),
            autocompletion=complete_statuses,
        ),
    ],
    file: FollowupFile,
    comment: Annotated[
        str | None,
        typer.Option(
            "--comment", help=N_("Replace the comment."), metavar=N_("TEXT"), show_default=False
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help=N_("Date of the assessment, YYYY-MM-DD, e.g. 2025-11-30 (empty: remove it)."),
            metavar=N_("DATE"),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.editing import Change, set_entry

    change = Change(status=status, comment=comment, date=date)
    with rule_options():
        result = set_entry(file, load_plan_option(plan), action_id, board, change)
    warn(result.warnings)
    state = _("updated") if result.changed else _("unchanged")
    sys.stdout.write(f"{shown(file)}: {state}\n")


@followup_app.command(
    "merge",
    help=N_(
        "Merge the boards' follow-up files into one; conflicting entries are refused. The"
        " merged file is written afresh: comments in the input files are not carried over."
    ),
)
def followup_merge(
    files: Annotated[
        list[Path], typer.Argument(help=N_("Follow-up files to merge."), metavar=N_("FILE"))
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help=N_("The merged file."), metavar=N_("FILE")),
    ],
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.loading import load_followup
    from ..followup.merging import merge
    from ..followup.writing import render_followup

    check_output(output, force)
    loaded_plan = load_plan_option(plan)
    loaded = [load_followup(path, loaded_plan) for path in files]
    for one in loaded:
        warn(one.warnings)
    merged = merge(loaded, loaded_plan)
    emit_text(render_followup(loaded_plan, merged), output)
    entries = ngettext("{n} entry", "{n} entries", len(merged.entries)).format(
        n=len(merged.entries)
    )
    sources = ngettext("{n} file", "{n} files", len(files)).format(n=len(files))
    summary = _("{entries} from {files}").format(entries=entries, files=sources)
    sys.stdout.write(f"{shown(output)}: {summary}\n")


@followup_app.command(
    "report",
    help=N_(
        "Progress per focus area, body and prevention level, what the bodies wrote, and the"
        " plan period over all FILE..."
    ),
)
def followup_report(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar=N_("FILE"),
            help=N_(
                "Follow-up files, one per period, in any order; the latest is reported and"
                " all of them make the plan period."
            ),
        ),
    ],
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help=N_(
                "Follow-up of an earlier period to list changes since (default: the period"
                " before the latest of FILE...)."
            ),
            metavar=N_("FILE"),
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str,
        choice_option(
            REPORT_FORMATS,
            N_("Format: md (the default), html, json or docx (a Word document; needs --output)."),
        ),
    ] = "md",
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
    date: DateOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.report import render_report
    from ..followup.history import in_time_order, period_key
    from ..followup.loading import load_followup
    from ..followup.models import period_words

    check_output(output, force)
    if fmt == "docx" and output is None:
        raise typer.BadParameter(_("a Word document needs --output FILE"), param_hint="--format")
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
            _("{previous} is not earlier than the latest period of FILE ({latest})").format(
                previous=period_words(before.followup.period),
                latest=period_words(latest.period),
            ),
            param_hint="--previous",
        )
    earlier = [one.followup for one in ordered[:-1]]
    when = document_date(date)
    language = documents_language(lang, loaded_plan)
    if fmt == "docx":
        from ..documents.word import report_docx

        assert output is not None
        overrides = template_folder_list(plan, templates)
        data = report_docx(
            loaded_plan, latest, before.followup if before else None, language, overrides,
            earlier=earlier, date=when,
        )  # fmt: skip
        write_output(data, output)
        return
    from ..indicators.fetching import snapshot_of

    env = None if fmt == "json" else template_environment(plan, templates)
    text = render_report(
        loaded_plan,
        latest,
        before.followup if before else None,
        fmt,
        env,
        language,
        earlier=earlier,
        date=when,
        indicators=snapshot_of(plan),
    )
    emit_text(text, output)


@followup_app.command(
    "export",
    help=N_("Write the follow-up as a spreadsheet: one row per pair, a status column to fill in."),
)
def followup_export(
    file: Annotated[Path, typer.Argument(help=N_("Follow-up file to export."), metavar=N_("FILE"))],
    fmt: Annotated[
        str, choice_option(SHEET_FORMATS, N_("Spreadsheet format: xlsx (the default) or csv."))
    ] = "xlsx",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=N_(
                "Where to write (default: FILE with .xlsx or .csv). An existing file is only"
                " replaced with --force."
            ),
            metavar=N_("FILE"),
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.loading import load_followup
    from ..followup.spreadsheet import export_sheet

    target = output if output is not None else file.with_suffix(f".{fmt}")
    check_output(target, force)
    loaded_plan = load_plan_option(plan)
    loaded = load_followup(file, loaded_plan)
    warn(loaded.warnings)
    export_sheet(loaded_plan, loaded.followup, target, fmt)
    count = len(loaded.followup.entries)
    rows = ngettext("{n} row", "{n} rows", count).format(n=count)
    sys.stdout.write(f"{shown(target)}: {rows}\n")


@followup_app.command(
    "import",
    help=N_(
        "Read a filled-in spreadsheet back into the follow-up file; every row is checked first"
        " and nothing is written unless all rows are valid."
    ),
)
def followup_import(
    sheet: Annotated[
        Path,
        typer.Argument(help=N_("Spreadsheet (.xlsx or .csv) to read."), metavar=N_("SHEET")),
    ],
    into: Annotated[
        Path,
        typer.Option("--into", help=N_("Follow-up file to update."), metavar=N_("FILE")),
    ],
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.sheet_import import import_sheet

    count, result = import_sheet(sheet, into, load_plan_option(plan))
    warn(result.warnings)
    rows = ngettext("{n} row", "{n} rows", count).format(n=count)
    if result.changed:
        state = _("updated ({rows})").format(rows=rows)
    else:
        state = _("unchanged ({rows})").format(rows=rows)
    sys.stdout.write(f"{shown(into)}: {state}\n")
