"""Follow-up as a spreadsheet for people who live in Excel: export one row per entry, read a
filled-in sheet back with every row checked, naming bad rows by their row number."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from ..errors import FileProblems, Problem
from ..files.reading import MAX_BYTES
from ..plan.fields import iso_date
from ..plan.models import Plan
from .editing import Change
from .models import ROLE_NAMES_SV, STATUSES, FollowUp, status_id

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
# A plan of 12,000 actions has about 30,000 pairs; far more rows is not a follow-up sheet.
MAX_ROWS = 200_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def rows(plan: Plan, followup: FollowUp) -> list[list[str]]:
    """One row per entry, in the file's order, with the action and body spelled out."""
    result = []
    for entry in followup.entries:
        area, action = plan.actions_by_id[entry.action]
        role = ROLE_NAMES_SV[action.role_of(entry.body) or "responsible"]
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
    from ..files.writing import write_file

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
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    from ..files.writing import write_file

    book = Workbook()
    book.properties.created = book.properties.modified = _FIXED_TIME
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = SHEET_TITLE
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, values in enumerate(table, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            # Text stays text: a comment such as "=SUM(A1)" must never become a formula.
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    widths = (8, 12, 60, 24, 28, 13, 14, 50, 40, 12)
    for letter, width in zip("ABCDEFGHIJ", widths, strict=True):
        sheet.column_dimensions[letter].width = width
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
    out = io.BytesIO()
    book.save(out)
    write_file(target, out.getvalue())


def _read_rows(sheet: Path) -> list[list[str]]:
    """Every row of the sheet as text, header included; any problem reading it is located."""
    from ..files.reading import decode, read_source

    name = str(sheet)
    raw = read_source(sheet, name)  # missing, unreadable or too large files are refused here
    if sheet.suffix.lower() == ".csv":
        import csv
        import io

        csv.field_size_limit(MAX_BYTES)
        try:
            reader = csv.reader(io.StringIO(decode(raw, name), newline=""))
            return [list(row) for _, row in zip(range(MAX_ROWS + 1), reader, strict=False)]
        except csv.Error as err:
            raise FileProblems([Problem(name, 1, 1, f"not a readable CSV file ({err})")]) from None
    import io

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        worksheet = book[SHEET_TITLE] if SHEET_TITLE in book.sheetnames else book.worksheets[0]
        rows = worksheet.iter_rows(max_col=len(HEADERS), max_row=MAX_ROWS + 1, values_only=True)
        result = [[_cell_text(value) for value in row] for row in rows]
        book.close()
    except Exception as err:  # openpyxl raises many kinds for a file that is not a workbook
        message = f"not a readable .xlsx workbook ({type(err).__name__})"
        raise FileProblems([Problem(name, 1, 1, message)]) from None
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
    actions = {action_id: action for action_id, (_, action) in plan.actions_by_id.items()}
    problems: list[Problem] = []
    changes: dict[tuple[str, str], Change] = {}
    seen: dict[tuple[str, str], int] = {}
    if len(table) > MAX_ROWS:
        raise FileProblems([Problem(name, MAX_ROWS + 1, 1, f"more than {MAX_ROWS} rows")])
    for number, cells in enumerate(table[1:], start=2):
        row = cells + [""] * (len(HEADERS) - len(cells))
        if not any(cell.strip() for cell in row):
            continue
        # Ids, status and date are trimmed; the comment and evidence are kept as written.
        for column in (ACTION, BODY_ID, STATUS, DATE):
            row[column] = row[column].strip()

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
        date = row[DATE]  # "" removes the date
        if date:
            try:
                date = iso_date(date)
            except ValueError:
                bad(DATE, f"'{row[DATE]}' is not a date (YYYY-MM-DD)")
        if _CONTROL.search(row[COMMENT] + row[EVIDENCE]):
            bad(COMMENT, "the comment or evidence holds a control character; remove it")
        pair = (row[ACTION], body)
        if pair in seen:
            bad(ACTION, f"{pair[0]} {pair[1]} is also on row {seen[pair]}")
        seen[pair] = number
        if status is not None:
            evidence = tuple(line for line in row[EVIDENCE].splitlines() if line.strip())
            changes[pair] = Change(
                status=status, comment=row[COMMENT], evidence=evidence, date=date
            )
    if problems:
        raise FileProblems(problems)
    return changes
