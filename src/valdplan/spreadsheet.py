"""Follow-up as a spreadsheet for people who live in Excel: export one row per entry, read a
filled-in sheet back with every row checked, naming bad rows by their row number."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from .errors import FileProblems, Problem
from .followup import STATUSES, Change, FollowUp, status_id
from .models import Plan
from .output import OutputProblem

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
# A fixed timestamp in the file's metadata keeps exports of the same data byte-identical.
_FIXED_TIME = datetime.datetime(2024, 1, 1)


def rows(plan: Plan, followup: FollowUp) -> list[list[str]]:
    """One row per entry, in the file's order, with the action and body spelled out."""
    actions = {action.id: (area, action) for area, action in plan.actions()}
    result = []
    for entry in followup.entries:
        area, action = actions[entry.action]
        role = "ansvarig" if action.role_of(entry.body) == "responsible" else "medansvarig"
        result.append(
            [
                entry.action,
                str(area.number),
                action.text,
                entry.body,
                plan.bodies_by_id[entry.body].name,
                role,
                STATUSES[entry.status],
                entry.comment,
                "\n".join(entry.evidence),
                entry.date or "",
            ]
        )
    return result


def export_sheet(plan: Plan, followup: FollowUp, target: Path, fmt: str) -> None:
    """Write the follow-up to ``target`` as xlsx (with a drop-down list of statuses) or csv."""
    from .output import write_file

    table = rows(plan, followup)
    if fmt == "csv":
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(table)
        # The BOM makes Excel read the file as UTF-8 (å, ä, ö).
        write_file(target, "\ufeff" + out.getvalue())
        return
    _write_xlsx(table, target)


def _write_xlsx(table: list[list[str]], target: Path) -> None:
    import os
    import tempfile

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    book.properties.created = book.properties.modified = _FIXED_TIME
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = SHEET_TITLE
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in table:
        sheet.append(values)
    sheet.freeze_panes = "A2"
    widths = {
        "A": 8,
        "B": 12,
        "C": 60,
        "D": 24,
        "E": 28,
        "F": 13,
        "G": 14,
        "H": 50,
        "I": 40,
        "J": 12,
    }
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    choices = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUSES.values()) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="Okänd status",
        error="Välj en status i listan.",
    )
    sheet.add_data_validation(choices)
    choices.add(f"G2:G{max(len(table) + 1, 2)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        book.save(temporary)
        os.replace(temporary, target)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise OutputProblem(f"cannot write {target}: {err.strerror}") from None


def _read_rows(sheet: Path) -> list[list[str]]:
    """Every row of the sheet as text, header included."""
    if sheet.suffix.lower() == ".csv":
        import csv
        import io

        from .sources import decode, read_source

        text = decode(read_source(sheet), str(sheet))
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""))]
    from openpyxl import load_workbook

    try:
        book = load_workbook(sheet, read_only=True, data_only=True)
    except FileNotFoundError:
        raise FileProblems([Problem(str(sheet), 1, 1, "no such file")]) from None
    except Exception as err:  # openpyxl raises many kinds for a file that is not xlsx
        message = f"not a readable .xlsx file ({type(err).__name__})"
        raise FileProblems([Problem(str(sheet), 1, 1, message)]) from None
    worksheet = book[SHEET_TITLE] if SHEET_TITLE in book.sheetnames else book.worksheets[0]
    result = [[_cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)]
    book.close()
    return result


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_sheet(sheet: Path, plan: Plan) -> dict[tuple[str, str], Change]:
    """The changes a filled-in sheet asks for, by (action, body). Every row is checked; any
    bad row raises ``FileProblems`` naming ``SHEET:ROW:COLUMN``, so nothing is applied."""
    table = _read_rows(sheet)
    name = str(sheet)
    if not table or [cell.strip() for cell in table[0][: len(HEADERS)]] != list(HEADERS):
        expected = ", ".join(HEADERS)
        raise FileProblems([Problem(name, 1, 1, f"the first row must be the headings: {expected}")])
    actions = {action.id: action for _, action in plan.actions()}
    problems: list[Problem] = []
    changes: dict[tuple[str, str], Change] = {}
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(table[1:], start=2):
        row = [cell.strip() for cell in row] + [""] * (len(HEADERS) - len(row))
        if not any(row):
            continue

        def bad(column: int, message: str, number: int = number) -> None:
            problems.append(Problem(name, number, column + 1, f"row {number}: {message}"))

        action = actions.get(row[ACTION])
        body = row[BODY_ID]
        if action is None:
            bad(ACTION, f"no action '{row[ACTION]}' in the plan")
        if body not in plan.bodies_by_id:
            bad(BODY_ID, f"'{body}' is not a body of the plan")
        elif action is not None and action.role_of(body) is None:
            bad(BODY_ID, f"{plan.bodies_by_id[body].name} is not on action {action.id}")
        status = status_id(row[STATUS])
        if status is None:
            known = ", ".join(STATUSES.values())
            bad(STATUS, f"'{row[STATUS]}' is not a status (use one of: {known})")
        date = row[DATE] or None
        if date is not None:
            try:
                date = datetime.date.fromisoformat(date[:10]).isoformat()
            except ValueError:
                bad(DATE, f"'{row[DATE]}' is not a date (YYYY-MM-DD)")
        pair = (row[ACTION], body)
        if pair in seen:
            bad(ACTION, f"{pair[0]} {pair[1]} is also on row {seen[pair]}")
        seen[pair] = number
        if status is not None:
            evidence = tuple(line.strip() for line in row[EVIDENCE].splitlines() if line.strip())
            changes[pair] = Change(
                status=status, comment=row[COMMENT], evidence=evidence, date=date
            )
    if problems:
        raise FileProblems(problems)
    return changes
