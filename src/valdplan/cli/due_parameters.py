"""The options and arguments of the coordinator's year (``followup due``, hand-out, ``set
--evidence``, ``fmt --mark-unreported``), declared once each as an ``Annotated`` alias (the
other commands' are in ``parameters``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..messages import N_
from ..vocabulary import DUE_FORMATS, PARTS
from .options import choice_option, choose, complete_bodies, complete_periods, day_option


def _period_id(param: typer.CallbackParam, value: str | None) -> str | None:
    """``--part``: delår and helår also as words of either language (interim, full year);
    any other value goes on to be checked against the plan's reporting calendar."""
    if value is None:
        return None
    try:
        return choose(value, PARTS, param)
    except typer.BadParameter:
        return value


# --- followup init -------------------------------------------------------------------------
PartOption = Annotated[
    str | None,
    typer.Option(
        "--part",
        help=N_(
            "Period of the year, by its id in the plan's reporting calendar: interim (delår)"
            " or full year (helår) unless the plan declares others (tertial-1). Default: the"
            " year's last period (helår)."
        ),
        metavar=N_("PART"),
        callback=_period_id,
        autocompletion=complete_periods,
        show_default=False,
    ),
]

# --- followup due --------------------------------------------------------------------------
DueFilesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar=N_("FILE"),
        help=N_(
            "Follow-up files of one period (several are merged); none: nothing is reported yet"
            " for the period whose as-of day last passed."
        ),
        show_default=False,
    ),
]
DueFolderOption = Annotated[
    Path | None,
    typer.Option(
        "--folder",
        help=N_(
            "Instead of FILE: the follow-up files of the latest period in this folder (its"
            " *.yaml files, e.g. uppfoljning); a missing or empty folder owes nothing yet."
        ),
        metavar=N_("DIR"),
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    day_option(
        "--as-of", N_("The day to count from (YYYY-MM-DD, e.g. 2025-11-30). Default: today.")
    ),
]
DueFormatOption = Annotated[
    str | None,
    choice_option(
        DUE_FORMATS,
        N_(
            "Format: table (on a terminal), json (piped), csv, md, or ics (every reporting"
            " deadline as an iCalendar file)."
        ),
    ),
]
FailIfOverdueOption = Annotated[
    bool,
    typer.Option("--fail-if-overdue", help=N_("Exit 1 when a body's answer is past its due date.")),
]
DueBodiesOption = Annotated[
    list[str] | None,
    typer.Option(
        "--board",
        "-b",
        help=N_("Only these bodies (by name or id; repeatable)."),
        metavar=N_("BODY"),
        autocompletion=complete_bodies,
        show_default=False,
    ),
]
MarkUnreportedOption = Annotated[
    bool,
    typer.Option(
        "--mark-unreported",
        help=N_(
            "In follow-up files, mark the entries nobody has filled in (ej-paborjad without a"
            " comment, evidence or date, as earlier versions' init wrote them) as not reported."
        ),
    ),
]
ExportBodiesOption = Annotated[
    list[str] | None,
    typer.Option(
        "--board",
        "-b",
        help=N_("A sheet holding only this body's pairs (by name or id; repeatable)."),
        metavar=N_("BODY"),
        autocompletion=complete_bodies,
        show_default=False,
    ),
]
PerBodyOption = Annotated[
    Path | None,
    typer.Option(
        "--per-body",
        help=N_("Write one sheet per body into this folder (made if missing), named BODY-ID.xlsx."),
        metavar=N_("DIR"),
        show_default=False,
    ),
]
EvidenceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--evidence",
        help=N_(
            "Add an evidence item (a link or reference; repeatable). @FILE reads it from a"
            " file, - from standard input, @@ starts a text beginning with @."
        ),
        metavar=N_("TEXT"),
        show_default=False,
    ),
]
ClearEvidenceOption = Annotated[
    bool,
    typer.Option("--clear-evidence", help=N_("Remove the evidence items first.")),
]
CommentOption = Annotated[
    str | None,
    typer.Option(
        "--comment",
        help=N_(
            "Replace the comment (@FILE: from a file, -: standard input, @@: a text"
            " beginning with @)."
        ),
        metavar=N_("TEXT"),
        show_default=False,  # fmt: skip
    ),
]
