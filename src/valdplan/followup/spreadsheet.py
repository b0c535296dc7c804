"""Follow-up as a spreadsheet for people who live in Excel: one row per entry, with the
action and body spelled out and a status column to fill in (``sheet_import`` reads it back).

xlsx cells are always text, never formulas; CSV cells that would start a formula are
neutralised (``files.csv_cells``). The xlsx file has fixed timestamps, so the same follow-up
gives the same bytes.

Every value comes back unchanged when the unedited sheet is imported, or export refuses it
naming the cell (``files.cells``: a cell holds at most 32,767 characters, no character XML
forbids). Several evidence items share one cell, one item per line; a line break inside an
item is written as a line starting with two spaces (a continuation), which the xlsx file's
instructions sheet explains."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileProblems, Problem
from ..files.archive import fixed_zip
from ..files.csv_cells import neutralise
from ..messages import N_, _, words
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
INSTRUCTIONS_TITLE = "Anvisningar"
# A line of the evidence cell starting with this continues the item above it.
CONTINUATION = "  "
_INSTRUCTIONS = (
    N_("How to fill in this sheet"),
    N_("Choose a status for each row from the list in the column Status."),
    N_("Leave Status empty for a row that has not been reported on."),
    N_("Write one evidence item per line in the column Underlag."),
    N_(
        "A line that starts with two spaces continues the evidence item above it (a line break"
        " inside one item)."
    ),
    N_("Dates are written YYYY-MM-DD."),
    N_("Then read the sheet back with: valdplan followup import SHEET --into FILE"),
)
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
                _(STATUS_WORDS[entry.status]) if entry.status else "",
                entry.comment,
                evidence_cell(entry.evidence),
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
    """Write the follow-up to ``target`` as xlsx (with a drop-down list of statuses and a
    sheet of instructions) or csv; values a sheet would change are refused first."""
    check_cells(followup, rows(plan, followup), target)
    WRITERS[fmt](plan, followup, target)


# The rows of the instructions sheet that record what a sheet holds, read back by import
# (fixed words, like the column headings).
BODY_KEY = "Organ-id"
YEAR_KEY = "År"
PART_KEY = "Period"


def instruction_rows(plan: Plan, followup: FollowUp) -> list[list[str]]:
    """The instructions sheet: what the sheet covers (its period, and its body with the due
    date and whom to answer when it holds one body's pairs), then how to fill it in, in the
    plan's language."""
    from ..plan.reporting import period_deadline

    _ = words(plan.language)
    bodies = list(dict.fromkeys(entry.body for entry in followup.entries))
    period = followup.period
    lines = [[_(_INSTRUCTIONS[0])], [PART_KEY, period.part], [YEAR_KEY, str(period.year)]]
    if len(bodies) == 1:
        lines += [[BODY_KEY, bodies[0]], [_("Body"), plan.bodies_by_id[bodies[0]].name]]
        deadline = period_deadline(plan, bodies[0], period.part, period.year)
        if deadline is not None:
            lines.append([_("Due"), deadline.due.isoformat()])
            coordinator = deadline.coordinator
            if coordinator is not None:
                to = coordinator.name + (f", {coordinator.address}" if coordinator.address else "")
                lines.append([_("Answer to"), to])
    statuses = ", ".join(_(word) for word in STATUS_WORDS.values())
    lines.append([_("Statuses"), statuses])
    lines += [[_(line)] for line in _INSTRUCTIONS[1:]]
    return lines


def evidence_cell(items: tuple[str, ...]) -> str:
    """Evidence items as one cell: one item per line, a line break inside an item followed by
    the two spaces of a continuation line."""
    return "\n".join(item.replace("\n", "\n" + CONTINUATION) for item in items)


def evidence_items(cell: str) -> tuple[str, ...]:
    """The evidence items of a cell ``evidence_cell`` wrote or a person typed: one per line,
    a line starting with two spaces continues the item above, blank lines are left out."""
    items: list[str] = []
    for line in cell.split("\n"):
        if line.startswith(CONTINUATION) and items:
            items[-1] += "\n" + line[len(CONTINUATION) :]
        elif line.strip():
            items.append(line)
    return tuple(items)


def _evidence_problem(item: str) -> str | None:
    first = item.split("\n", 1)[0]
    if not first.strip() or first.startswith(CONTINUATION):
        return _(
            "an evidence item whose first line is blank or starts with two spaces would read"
            " back as part of the item above it; remove the leading blanks in the follow-up file"
        )
    return None


def check_cells(followup: FollowUp, table: list[list[str]], target: Path) -> None:
    """Refuse, naming every cell, values a sheet would not give back unchanged."""
    from ..files.cells import cell_problem, column_letter

    problems = []
    for number, (entry, values) in enumerate(zip(followup.entries, table, strict=True), start=2):
        for column, value in enumerate(values):
            problem = cell_problem(value)
            if problem is None and column == EVIDENCE:
                problem = next(filter(None, map(_evidence_problem, entry.evidence)), None)
            if problem is not None:
                where = _("cell {cell} ({heading}, {action} {body}): {problem}").format(
                    cell=f"{column_letter(column)}{number}",
                    heading=HEADERS[column],
                    action=entry.action,
                    body=entry.body,
                    problem=problem,
                )
                problems.append(Problem(str(target), number, column + 1, where))
    if problems:
        raise FileProblems(problems)


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


def _write_xlsx(
    table: list[list[str]], target: Path, language: str, instructions: list[list[str]]
) -> None:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    from ..files.cells import to_excel_text
    from ..files.writing import write_file

    book = Workbook()
    # The instructions come first: the first thing whoever opens the file reads.
    first = book.active
    assert isinstance(first, Worksheet)
    first.title = INSTRUCTIONS_TITLE
    for line in instructions:
        first.append(line)
    first["A1"].font = Font(bold=True)
    first.column_dimensions["A"].width = 24
    first.column_dimensions["B"].width = 80
    sheet = book.create_sheet(SHEET_TITLE)
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    # One style object for every cell: openpyxl compares each new one with those it has.
    wrapped = Alignment(wrap_text=True, vertical="top")
    for number, values in enumerate(table, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column, value=to_excel_text(value))
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
        allow_blank=True,  # an empty status: not reported
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
    "xlsx": lambda plan, followup, target: _write_xlsx(
        rows(plan, followup), target, plan.language, instruction_rows(plan, followup)
    ),
    "csv": _write_csv,
}
