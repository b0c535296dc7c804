"""Follow-up as a spreadsheet for people who live in Excel: one row per entry, with the
action and body spelled out and a status column to fill in (``sheet_import`` reads it back).

xlsx cells are always text, never formulas; CSV cells that would start a formula are
neutralised (``files.csv_cells``). The xlsx file has fixed timestamps, so the same follow-up
gives the same bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem
from ..files.archive import fixed_zip
from ..files.csv_cells import neutralise
from ..messages import N_, words
from ..plan.models import Plan
from ..vocabulary import ROLE_WORDS, STATUS_WORDS, SheetFormat
from .models import FollowUp

HEADERS = (
    "Åtgärd",
    "Fokusområde",
    "Åtgärdstext",
    "Organ-id",
    "Organ",
    "Roll",
    "Status",
    "Kommentar",
    "Underlag",
    "Datum",
)
ACTION, AREA, TEXT, BODY_ID, BODY, ROLE, STATUS, COMMENT, EVIDENCE, DATE = range(len(HEADERS))
SHEET_TITLE = "Uppföljning"
# What the spreadsheet program says when a status is not one of the list.
_UNKNOWN_STATUS = N_("Unknown status")
_CHOOSE_STATUS = N_("Choose a status from the list.")


def rows(plan: Plan, followup: FollowUp) -> list[list[str]]:
    """One row per entry, in the file's order, with the action and body spelled out, role and
    status in the plan's language (import accepts a status in any language)."""
    _ = words(plan.language)
    result = []
    for entry in followup.entries:
        area, action = plan.actions_by_id[entry.action]
        role = _(ROLE_WORDS[action.role_of(entry.body) or "responsible"])
        result.append(
            [
                entry.action,
                str(area.number),
                action.text,
                entry.body,
                plan.bodies_by_id[entry.body].name,
                role,
                _(STATUS_WORDS[entry.status]),
                entry.comment,
                "\n".join(entry.evidence),
                entry.date or "",
            ]
        )
    return result


@dataclass(frozen=True)
class Exported:
    """What an export wrote: its number of rows, and the warnings of the follow-up file."""

    rows: int
    warnings: list[Problem]


def export_followup(path: Path, plan: Plan, target: Path, fmt: SheetFormat) -> Exported:
    """Read the follow-up file at ``path`` against ``plan`` and write it to ``target``."""
    from .loading import load_followup

    loaded = load_followup(path, plan)
    export_sheet(plan, loaded.followup, target, fmt)
    return Exported(len(loaded.followup.entries), loaded.warnings)


def export_sheet(plan: Plan, followup: FollowUp, target: Path, fmt: SheetFormat) -> None:
    """Write the follow-up to ``target`` as xlsx (with a drop-down list of statuses) or csv."""
    WRITERS[fmt](plan, followup, target)


def _write_csv(plan: Plan, followup: FollowUp, target: Path) -> None:
    from ..files.writing import write_file

    write_file(target, csv_text(plan, followup))


def csv_text(plan: Plan, followup: FollowUp) -> str:
    """The follow-up as CSV, headed by the spreadsheet's column names, formulas neutralised."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows([neutralise(cell) for cell in row] for row in rows(plan, followup))
    # The BOM makes Excel read the file as UTF-8 (å, ä, ö).
    return "\ufeff" + out.getvalue()


def _write_xlsx(table: list[list[str]], target: Path, language: str) -> None:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    from ..files.writing import write_file

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = SHEET_TITLE
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    # One style object for every cell: openpyxl compares each new one with those it has.
    wrapped = Alignment(wrap_text=True, vertical="top")
    for number, values in enumerate(table, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            # Text stays text: a comment such as "=SUM(A1)" must never become a formula.
            cell.data_type = "s"
            cell.alignment = wrapped
    sheet.freeze_panes = "A2"
    widths = (8, 12, 60, 24, 28, 13, 14, 50, 40, 12)
    for letter, width in zip("ABCDEFGHIJ", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    _ = words(language)
    choices = DataValidation(
        type="list",
        formula1='"' + ",".join(_(word) for word in STATUS_WORDS.values()) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle=_(_UNKNOWN_STATUS),
        error=_(_CHOOSE_STATUS),
    )
    sheet.add_data_validation(choices)
    choices.add(f"G2:G{max(len(table) + 1, 2)}")
    out = io.BytesIO()
    book.save(out)
    write_file(target, fixed_zip(out.getvalue()))


# One writer per spreadsheet format.
WRITERS: dict[SheetFormat, Callable[[Plan, FollowUp, Path], None]] = {
    "xlsx": lambda plan, followup, target: _write_xlsx(rows(plan, followup), target, plan.language),
    "csv": _write_csv,
}
