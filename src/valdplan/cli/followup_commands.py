"""The follow-up commands: init, set, merge, report, export, import, due."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..messages import N_, _, ngettext
from ..vocabulary import DUE_FORMATS, REPORT_FORMATS, SHEET_FORMATS, member
from .app import ValdplanGroup, app
from .assessment_parameters import (
    AssessmentOption,
    FocusAreaOption,
    PrerequisiteOption,
    RecommendationsOption,
    SetActionArgument,
    SetBodyOption,
    SetStatusOption,
)
from .common import (
    check_output,
    document_date,
    emit_text,
    load_plan_option,
    note,
    parse_date,
    rule_options,
    shown,
    template_folder_list,
    warn,
)
from .due_parameters import (
    AsOfOption,
    ClearEvidenceOption,
    CommentOption,
    DueBodiesOption,
    DueFilesArgument,
    DueFolderOption,
    DueFormatOption,
    EvidenceOption,
    ExportBodiesOption,
    FailIfOverdueOption,
    PartOption,
    PerBodyOption,
)
from .options import (
    DateOption,
    FollowupFile,
    ForceOption,
    LangOption,
    OutputOption,
    PlanOption,
    TemplatesOption,
    documents_language,
)
from .parameters import (
    EntryDateOption,
    ExportFileArgument,
    InitBodyOption,
    IntoOption,
    MergedOutputOption,
    MergeFilesArgument,
    NoAppendixOption,
    PreviousOption,
    ReportFilesArgument,
    ReportFormatOption,
    SheetFormatOption,
    SheetOutputOption,
    SheetsArgument,
    YearOption,
)

if TYPE_CHECKING:
    import datetime

    from ..followup.due import DueList
    from ..plan.models import Plan
    from ..vocabulary import SheetFormat

followup_app = typer.Typer(
    cls=ValdplanGroup,
    help=N_("Follow-up: record what each body has done with its actions, and report progress."),
    no_args_is_help=True,
)
app.add_typer(followup_app, name="followup")


@followup_app.command(
    "init",
    help=N_(
        "Write a ready-to-fill follow-up file: every pair of action and body (or one body's),"
        " not started."
    ),
)
def followup_init(
    year: YearOption,
    part: PartOption = None,
    board: InitBodyOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.writing import initial_followup, render_followup

    check_output(output, force)
    loaded = load_plan_option(plan)
    with rule_options():
        made = initial_followup(loaded, int(year), part, board)
    emit_text(render_followup(loaded, made), output)


@followup_app.command(
    "set",
    help=N_(
        "Set one entry's status (and comment and date), or the coordinator's assessment,"
        " recommendations and prerequisites, in place; the rest of the file stays as it is."
    ),
)
def followup_set(
    file: FollowupFile,
    action_id: SetActionArgument = None,
    board: SetBodyOption = None,
    status: SetStatusOption = None,
    comment: CommentOption = None,
    evidence: EvidenceOption = None,
    clear_evidence: ClearEvidenceOption = False,
    date: EntryDateOption = None,
    assessment: AssessmentOption = None,
    recommendations: RecommendationsOption = None,
    focus_area: FocusAreaOption = None,
    prerequisite: PrerequisiteOption = None,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from .assessment_parameters import SetOptions, set_in_place

    options = SetOptions(
        action_id, board, status, comment, tuple(evidence or ()), clear_evidence, date,
        assessment, recommendations, focus_area, prerequisite,
    )  # fmt: skip
    result = set_in_place(file, load_plan_option(plan), options)
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
    files: MergeFilesArgument,
    output: MergedOutputOption,
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.merging import merge_files
    from ..followup.writing import render_followup

    check_output(output, force)
    loaded_plan = load_plan_option(plan)
    merged, warnings = merge_files(files, loaded_plan)
    warn(warnings)
    emit_text(render_followup(loaded_plan, merged), output)
    count = len(merged.entries)
    entries = ngettext("{n} entry", "{n} entries", count).format(n=count)
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
    files: ReportFilesArgument,
    previous: PreviousOption = None,
    fmt: ReportFormatOption = "md",
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
    date: DateOption = None,
    no_appendix: NoAppendixOption = False,
    plan: PlanOption = None,
) -> None:
    from ..documents.report_document import ReportRequest, report_document
    from ..followup.history import plan_period
    from ..indicators.fetching import snapshot_of

    check_output(output, force, fmt)
    loaded = load_plan_option(plan)
    with rule_options():
        period = plan_period(loaded, files, previous)
    warn(period.warnings)
    note(period.notes)
    folders = template_folder_list(plan, templates)
    request = ReportRequest(
        loaded, period, folders, documents_language(lang, loaded), document_date(date),
        snapshot_of(plan), appendix=not no_appendix,
    )  # fmt: skip
    emit_text(report_document(request, member(fmt, REPORT_FORMATS)), output)


@followup_app.command(
    "export",
    help=N_("Write the follow-up as a spreadsheet: one row per pair, a status column to fill in."),
)
def followup_export(
    file: ExportFileArgument,
    fmt: SheetFormatOption = "xlsx",
    output: SheetOutputOption = None,
    board: ExportBodiesOption = None,
    per_body: PerBodyOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.spreadsheet import export_followup

    if board or per_body is not None:
        _hand_out(file, load_plan_option(plan), member(fmt, SHEET_FORMATS), board, per_body,
                  output, force)  # fmt: skip
        return
    target = output if output is not None else file.with_suffix(f".{fmt}")
    check_output(target, force)
    exported = export_followup(file, load_plan_option(plan), target, member(fmt, SHEET_FORMATS))
    warn(exported.warnings)
    rows = ngettext("{n} row", "{n} rows", exported.rows).format(n=exported.rows)
    sys.stdout.write(f"{shown(target)}: {rows}\n")


def _hand_out(
    file: Path,
    plan: Plan,
    fmt: SheetFormat,
    bodies: list[str] | None,
    folder: Path | None,
    output: Path | None,
    force: bool,
) -> None:
    from ..followup.handout import hand_out

    written, warnings = hand_out(
        file, plan, fmt, bodies or (), folder, output, lambda target: check_output(target, force)
    )
    warn(warnings)
    for target, count in written.items():
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
    sheets: SheetsArgument, into: IntoOption, lang: LangOption = None, plan: PlanOption = None
) -> None:
    from ..followup.sheet_import import import_sheets

    count, result = import_sheets(sheets, into, load_plan_option(plan))
    warn(result.warnings)
    rows = ngettext("{n} row", "{n} rows", count).format(n=count)
    if result.changed:
        state = _("updated ({rows})").format(rows=rows)
    else:
        state = _("unchanged ({rows})").format(rows=rows)
    sys.stdout.write(f"{shown(into)}: {state}\n")


@followup_app.command(
    "due",
    help=N_(
        "Who still owes an answer: per body, the pairs not reported for the period, with the"
        " due date and the days overdue."
    ),
)
def followup_due(
    files: DueFilesArgument = None,
    folder: DueFolderOption = None,
    as_of: AsOfOption = None,
    fmt: DueFormatOption = None,
    board: DueBodiesOption = None,
    fail_if_overdue: FailIfOverdueOption = False,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..followup.due import calendar_bodies, due_list

    check_output(output, force)
    loaded = load_plan_option(plan)
    day = _as_of_day(as_of)
    with rule_options():
        if fmt is not None and member(fmt, DUE_FORMATS) == "ics":
            from ..documents.due_listing import calendar_file

            emit_text(calendar_file(loaded, calendar_bodies(loaded, board or ())), output)
            return
        if folder is not None:
            files = _folder_files(folder, files, loaded)
            if not files:
                return
        due = due_list(loaded, files or [], day, board or ())
    _emit_due(due, fmt, output, fail_if_overdue)


def _as_of_day(as_of: str | None) -> datetime.date:
    """The day ``--as-of`` names, else today."""
    import datetime

    if not as_of:
        return datetime.date.today()
    return datetime.date.fromisoformat(parse_date(as_of, "--as-of") or "")


def _folder_files(folder: Path, files: list[Path] | None, plan: Plan) -> list[Path]:
    """The follow-up files ``--folder`` stands for; none yet is a note, not an error, so that
    a scheduled reminder passes in a plan repository before its first follow-up."""
    from ..followup.due import folder_files

    if files:
        raise typer.BadParameter(_("give FILE or --folder, not both"), param_hint="--folder")
    found = folder_files(folder, plan)
    if not found:
        message = _("no follow-up file in {folder} yet: nobody owes an answer").format(
            folder=shown(folder)
        )
        sys.stderr.write(_("note: {message}").format(message=message) + "\n")
    return found


def _emit_due(due: DueList, fmt: str | None, output: Path | None, fail: bool) -> None:
    """The list on standard output or in ``output``; with ``fail``, exit 1 when a body is
    overdue, saying so on stderr."""
    from ..documents.due_listing import due_text
    from .common import terminal_width

    warn(due.warnings)
    note(due.notes)
    chosen = member(fmt, DUE_FORMATS) if fmt is not None else None
    if chosen is None:
        chosen = "table" if output is None and sys.stdout.isatty() else "json"
    emit_text(due_text(due, chosen, terminal_width()), output)
    if fail and due.overdue:
        late = sum(len(one.actions) for one in due.overdue)
        message = ngettext("{n} answer is overdue", "{n} answers are overdue", late).format(n=late)
        sys.stderr.write(_("error: {message}").format(message=message) + "\n")
        raise typer.Exit(1)
