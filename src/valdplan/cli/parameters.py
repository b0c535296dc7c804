"""The options and arguments of single commands, declared once each as an ``Annotated``
alias, so that a command's signature is a list of names (the shared ones are in
``options``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..messages import N_, _
from ..plan.schema import SCHEMA_FILES
from ..vocabulary import (
    DIFF_FORMATS,
    FORGES,
    FORMATS,
    LANGUAGES,
    REPORT_FORMATS,
    SHEET_FORMATS,
    SHOW_FORMATS,
    VALIDATION_FORMATS,
)
from .options import (
    choice_option,
    complete_bodies,
    complete_statuses,
    day_option,
    option_name,
    whole_number,
)


def _year(param: typer.CallbackParam, value: str) -> int:
    text = value.strip()
    if not (text.isdigit() and len(text) == 4):
        raise typer.BadParameter(
            _("'{value}' is not a year; write it with four digits, e.g. 2025").format(value=value),
            param_hint=option_name(param),
        )
    return int(text)


# --- validate, show, fmt, diff, schema -------------------------------------------------------
PlanFilesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help=N_("Plan or follow-up files. Default: the plan, found as for --plan."),
        metavar=N_("FILE"),
        show_default=False,
    ),
]
StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict",
        help=N_("Fail (exit 1) on warnings too, such as personal data in follow-up comments."),
    ),
]
ValidationFormatOption = Annotated[
    str,
    choice_option(
        VALIDATION_FORMATS,
        N_(
            "text (the default): lines FILE:LINE:COL: message; github: workflow commands"
            " that annotate a pull request; sarif: a SARIF 2.1.0 log on standard output."
        ),
    ),
]
ShowFormatOption = Annotated[
    str, choice_option(SHOW_FORMATS, N_("Output format: text (the default) or json."))
]
FmtCheckOption = Annotated[
    bool,
    typer.Option("--check", help=N_("Change nothing; exit 1 if a file is not formatted.")),
]
OldPlanArgument = Annotated[Path, typer.Argument(help=N_("The earlier plan."), metavar=N_("OLD"))]
NewPlanArgument = Annotated[Path, typer.Argument(help=N_("The later plan."), metavar=N_("NEW"))]
DiffFormatOption = Annotated[
    str, choice_option(DIFF_FORMATS, N_("Format: md (the default), html, json or docx."))
]
SchemaKindOption = Annotated[
    str,
    choice_option(
        tuple(SCHEMA_FILES),
        N_("Schema of plan files or of follow-up files: plan (the default) or followup."),
        N_("KIND"),
        "--kind",
    ),
]

# --- checklist and build ---------------------------------------------------------------------
ChecklistFormatOption = Annotated[
    str,
    choice_option(
        FORMATS,
        N_(
            "Format: md (Markdown, the default), html (one page) or docx (a Word document;"
            " needs --output)."
        ),
    ),
]
ChecklistFollowupOption = Annotated[
    Path | None,
    typer.Option(
        "--followup",
        help=N_(
            "Follow-up file: show each pair's status, date and comment, and tick the"
            " actions that are done."
        ),
        metavar=N_("FILE"),
        show_default=False,
    ),
]
OutdirArgument = Annotated[
    Path,
    typer.Argument(help=N_("Folder to write the checklists into."), metavar=N_("DIR")),
]
BuildFormatsOption = Annotated[
    str,
    typer.Option(
        "--format",
        help=N_("Comma-separated formats to write: md, html, docx (a Word document per body)."),
        metavar=N_("FORMATS"),
    ),
]
BuildCheckOption = Annotated[
    bool,
    typer.Option(
        "--check",
        help=N_(
            "Write nothing; exit 1 listing every file that is missing, stale or extra,"
            " and temporary files an interrupted run left."
        ),
    ),
]
BuildForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help=N_(
            "Replace files in DIR that valdplan did not write, and symbolic links there"
            " (the links themselves, never their targets)."
        ),
    ),
]
PublishingOption = Annotated[
    Path | None,
    typer.Option(
        "--publishing",
        help=N_(
            "The publisher's settings for a published site: open data with its DCAT-AP-SE"
            " catalogue and an accessibility statement. Default: ./publishing.yaml if"
            " there is one."
        ),
        metavar=N_("FILE"),
        show_default=False,
    ),
]
BuildFollowupsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--followup",
        help=N_(
            "Follow-up files; with publisher's settings the latest is among the open data"
            " (may be given several times)."
        ),
        metavar=N_("FILE"),
        show_default=False,
    ),
]

# --- followup ----------------------------------------------------------------------------
YearOption = Annotated[
    str,
    typer.Option(
        "--year",
        help=N_("Year followed up, within the plan's period, e.g. 2025."),
        metavar=N_("YEAR"),
        callback=_year,
    ),
]
InitBodyOption = Annotated[
    str | None,
    typer.Option(
        "--board",
        "-b",
        help=N_("Only this body's pairs (by name or id)."),
        metavar=N_("BODY"),
        autocompletion=complete_bodies,
        show_default=False,
    ),
]
EntryBodyOption = Annotated[
    str,
    typer.Option(
        "--board",
        "-b",
        help=N_("The body whose entry to set (by name or id)."),
        metavar=N_("BODY"),
        autocompletion=complete_bodies,
    ),
]
StatusOption = Annotated[
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
]
EntryDateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help=N_("Date of the assessment, YYYY-MM-DD, e.g. 2025-11-30 (empty: remove it)."),
        metavar=N_("DATE"),
        show_default=False,
    ),
]
MergeFilesArgument = Annotated[
    list[Path], typer.Argument(help=N_("Follow-up files to merge."), metavar=N_("FILE"))
]
MergedOutputOption = Annotated[
    Path,
    typer.Option("--output", "-o", help=N_("The merged file."), metavar=N_("FILE")),
]
ReportFilesArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar=N_("FILE"),
        help=N_(
            "Follow-up files, one per period, in any order; the latest is reported and"
            " all of them make the plan period."
        ),
    ),
]
NoAppendixOption = Annotated[
    bool,
    typer.Option("--no-appendix", help=N_("The main part only, without the appendix of details.")),
]
PreviousOption = Annotated[
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
]
ReportFormatOption = Annotated[
    str,
    choice_option(
        REPORT_FORMATS,
        N_("Format: md (the default), html, json or docx (a Word document; needs --output)."),
    ),
]
ExportFileArgument = Annotated[
    Path, typer.Argument(help=N_("Follow-up file to export."), metavar=N_("FILE"))
]
SheetFormatOption = Annotated[
    str, choice_option(SHEET_FORMATS, N_("Spreadsheet format: xlsx (the default) or csv."))
]
SheetOutputOption = Annotated[
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
]
SheetsArgument = Annotated[
    list[Path],
    typer.Argument(
        help=N_("Spreadsheets (.xlsx or .csv) to read; several are applied all or nothing."),
        metavar=N_("SHEET"),
    ),
]
IntoOption = Annotated[
    Path,
    typer.Option("--into", help=N_("Follow-up file to update."), metavar=N_("FILE")),
]


# --- indicators ------------------------------------------------------------------------------
FetchDateOption = Annotated[
    str | None,
    day_option("--date", N_("Date to record as the day of fetching (YYYY-MM-DD). Default: today.")),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        help=N_("First year to fetch. Default: five years before the plan starts."),
        metavar=N_("YEAR"),
        callback=whole_number,
        show_default=False,
    ),
]


# --- init ------------------------------------------------------------------------------------
def period_years(value: str) -> tuple[int, int] | None:
    """The first and last year of ``2026-2029`` (or ``2026–2029``); None when it is not that."""
    first, _dash, last = value.strip().replace("–", "-").partition("-")
    years = first.isdigit() and last.isdigit() and len(first) == len(last) == 4
    return (int(first), int(last)) if years and int(first) <= int(last) else None


def _period(param: typer.CallbackParam, value: str | None) -> str | None:
    if value is not None and period_years(value) is None:
        raise typer.BadParameter(
            _("'{value}' is not a period; write its first and last year, e.g. 2026-2029").format(
                value=value
            ),
            param_hint=option_name(param),
        )
    return value


InitFolderArgument = Annotated[
    Path,
    typer.Argument(
        help=N_("Folder of the new plan repository (made if missing)."), metavar=N_("DIR")
    ),
]
OrganisationOption = Annotated[
    str,
    typer.Option(
        "--organisation",
        help=N_("The municipality or organisation whose plan it is, e.g. Exempelby kommun."),
        metavar=N_("NAME"),
        show_default=False,
    ),
]
PeriodOption = Annotated[
    str | None,
    typer.Option(
        "--period",
        help=N_("The plan's first and last year, e.g. 2026-2029. Default: this year and 3 more."),
        metavar=N_("YEARS"),
        callback=_period,
        show_default=False,
    ),
]
PlanLanguageOption = Annotated[
    str | None,
    choice_option(
        LANGUAGES,
        N_("The language of the plan's text and README: sv or en. Default: the run's language."),
        N_("LANG"),
        "--language",
    ),
]
ForgeOption = Annotated[
    str,
    choice_option(
        FORGES,
        N_("Which CI files to write: github (the default), gitlab, both or none."),
        N_("FORGE"),
        "--forge",
    ),
]
InitForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help=N_("Add the files a folder that is not empty lacks; none that exists is replaced."),
    ),
]
