"""Read a filled-in follow-up spreadsheet (xlsx or CSV) back: every row checked, bad rows
named by their row number, and the cost bounded before anything is expanded.

An xlsx file is a zip archive: its declared sizes and compression ratios, its number of rows
and of shared strings are checked before openpyxl parses it, and only the rows up to the limit
are read. A CSV field may not exceed ``MAX_FIELD`` characters.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from ..errors import FileProblems, Problem
from ..files.archive import ZipLimits, count_in_member, zip_problem
from ..files.csv_cells import restore
from ..messages import _
from ..plan.fields import iso_date
from ..plan.models import Plan
from .editing import Change
from .models import MAX_COMMENT, STATUSES, status_id
from .spreadsheet import (
    ACTION,
    BODY_ID,
    COMMENT,
    DATE,
    EVIDENCE,
    HEADERS,
    SHEET_TITLE,
    STATUS,
)

# A plan of 12,000 actions has about 30,000 pairs; far more rows is not a follow-up sheet.
MAX_ROWS = 50_000
MAX_SHARED_STRINGS = 10 * MAX_ROWS
# Far longer than a comment may be (MAX_COMMENT), so that a long one is named by its row.
MAX_FIELD = 1_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _refuse(name: str, message: str, line: int = 1) -> FileProblems:
    return FileProblems([Problem(name, line, 1, message)])


def _too_many_rows() -> str:
    return _("more than {count} rows").format(count=MAX_ROWS)


def _read_csv(raw: bytes, name: str) -> list[list[str]]:
    import csv
    import io

    from ..files.reading import decode

    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(decode(raw, name), newline=""))
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                raise _refuse(name, _too_many_rows(), MAX_ROWS + 2)
            rows.append([restore(cell) for cell in row])
    except csv.Error as err:
        line = reader.line_num or 1
        if "field larger than field limit" in str(err):
            message = _("a field longer than {size} characters (at most {limit})").format(
                size=MAX_FIELD, limit=MAX_COMMENT
            )
        elif "NUL" in str(err):
            message = _("not a readable CSV file (it holds a NUL byte)")
        else:
            message = _("not a readable CSV file (check the quotes on this line)")
        raise _refuse(name, message, line) from None
    return rows


def _check_workbook(raw: bytes, name: str) -> None:
    """Refuse a workbook whose parts would cost too much to read, before reading them."""
    import io
    import zipfile

    problem = zip_problem(raw, ZipLimits())
    if problem is not None:
        raise _refuse(name, _("not a readable .xlsx workbook: {problem}").format(problem=problem))
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
    for sheet in sheets:
        if count_in_member(raw, sheet, b"<row", MAX_ROWS + 1) > MAX_ROWS + 1:
            raise _refuse(name, _too_many_rows(), MAX_ROWS + 2)
    strings = count_in_member(raw, "xl/sharedStrings.xml", b"<si", MAX_SHARED_STRINGS)
    if strings > MAX_SHARED_STRINGS:
        raise _refuse(
            name,
            _("more than {count} different texts in the workbook").format(count=MAX_SHARED_STRINGS),
        )


def _read_xlsx(raw: bytes, name: str) -> list[list[str]]:
    from ..files.xlsx import WorkbookError, read_sheet_rows

    _check_workbook(raw, name)
    try:
        table = read_sheet_rows(raw, SHEET_TITLE, len(HEADERS), MAX_ROWS + 1)
    except WorkbookError as err:
        raise _refuse(
            name, _("not a readable .xlsx workbook ({problem})").format(problem=err)
        ) from None
    return [
        [_cell_text(value, date=column == DATE) for column, value in enumerate(row)]
        for row in table
    ]


def _read_rows(sheet: Path) -> list[list[str]]:
    """Every row of the sheet as text, header included; any problem reading it is located."""
    from ..files.reading import read_source

    name = str(sheet)
    raw = read_source(sheet, name)  # missing, unreadable or too large files are refused here
    if sheet.suffix.lower() == ".csv":
        return _read_csv(raw, name)
    return _read_xlsx(raw, name)


def _cell_text(value: str | float, date: bool) -> str:
    """A cell as text: whole numbers without ".0", and a date column's numbers (what Excel
    stores when someone types a date) as YYYY-MM-DD."""
    if isinstance(value, str):
        return value
    if date and 1 <= value < 2_958_466:  # Excel's day numbers, 1900-01-01 to 9999-12-31
        # Day 0 is 1899-12-30 for every day number after Excel's phantom 1900-02-29.
        return (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(value))).isoformat()
    return str(int(value)) if value.is_integer() else str(value)


def read_sheet(sheet: Path, plan: Plan) -> dict[tuple[str, str], Change]:
    """The changes a filled-in sheet asks for, by (action, body). Every row is checked; any
    bad row raises ``FileProblems`` naming ``SHEET:ROW:COLUMN``, so nothing is applied."""
    table = _read_rows(sheet)
    name = str(sheet)
    if not table or [cell.strip() for cell in table[0][: len(HEADERS)]] != list(HEADERS):
        expected = ", ".join(HEADERS)
        message = _("the first row must be the headings: {headings}").format(headings=expected)
        raise FileProblems([Problem(name, 1, 1, message)])
    actions = {action_id: action for action_id, (_, action) in plan.actions_by_id.items()}
    problems: list[Problem] = []
    changes: dict[tuple[str, str], Change] = {}
    seen: dict[tuple[str, str], int] = {}
    for number, cells in enumerate(table[1:], start=2):
        row = cells + [""] * (len(HEADERS) - len(cells))
        if not any(cell.strip() for cell in row):
            continue
        # Ids, status and date are trimmed; the comment and evidence are kept as written.
        for column in (ACTION, BODY_ID, STATUS, DATE):
            row[column] = row[column].strip()

        def bad(column: int, message: str, number: int = number) -> None:
            where = _("row {number}: {problem}").format(number=number, problem=message)
            problems.append(Problem(name, number, column + 1, where))

        action = actions.get(row[ACTION])
        body = row[BODY_ID]
        if action is None:
            bad(ACTION, _("no action '{id}' in the plan").format(id=row[ACTION]))
        if body not in plan.bodies_by_id:
            bad(BODY_ID, _("'{body}' is not a body of the plan").format(body=body))
        elif action is not None and action.role_of(body) is None:
            bad(
                BODY_ID,
                _("{body} is not on action {action}").format(
                    body=plan.bodies_by_id[body].name, action=action.id
                ),
            )
        status = status_id(row[STATUS])
        if status is None:
            known = ", ".join(STATUSES.values())
            bad(
                STATUS,
                _("'{value}' is not a status (use one of: {known})").format(
                    value=row[STATUS], known=known
                ),
            )
        date = row[DATE]  # "" removes the date
        if date:
            try:
                date = iso_date(date)
            except ValueError:
                bad(DATE, _("'{value}' is not a date (YYYY-MM-DD)").format(value=row[DATE]))
        if _CONTROL.search(row[COMMENT]) or _CONTROL.search(row[EVIDENCE]):
            bad(COMMENT, _("the comment or evidence holds a control character; remove it"))
        if len(row[COMMENT]) > MAX_COMMENT:
            bad(
                COMMENT,
                _(
                    "the comment is {length} characters long (at most {limit}); shorten it or"
                    " link to a document under Underlag"
                ).format(length=len(row[COMMENT]), limit=MAX_COMMENT),
            )
        pair = (row[ACTION], body)
        if pair in seen:
            bad(
                ACTION,
                _("{action} {body} is also on row {row}").format(
                    action=pair[0], body=pair[1], row=seen[pair]
                ),
            )
        seen[pair] = number
        if status is not None:
            evidence = tuple(line for line in row[EVIDENCE].splitlines() if line.strip())
            changes[pair] = Change(
                status=status, comment=row[COMMENT], evidence=evidence, date=date
            )
    if problems:
        raise FileProblems(problems)
    return changes
