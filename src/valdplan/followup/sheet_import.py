"""Read a filled-in follow-up spreadsheet (xlsx or CSV) back: every row checked, bad rows
named by their row number, and the cost bounded before anything is expanded.

An xlsx file is a zip archive: its declared sizes and compression ratios, its number of rows
and of shared strings are checked before openpyxl parses it, and only the rows up to the limit
are read. A CSV field may not exceed ``MAX_FIELD`` characters.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import FileProblems, Problem, RuleBroken
from ..files.archive import ZipLimits, count_in_member, zip_problem
from ..files.csv_cells import restore
from ..messages import N_, _
from ..plan.models import Plan
from . import rules
from .editing import Change, EditResult, apply_changes
from .loading import LoadedFollowUp
from .privacy import identity_number_problem
from .rules import MAX_COMMENT
from .spreadsheet import (
    ACTION,
    BODY_ID,
    COMMENT,
    DATE,
    EVIDENCE,
    HEADERS,
    SHEET_TITLE,
    STATUS,
    evidence_items,
)

if TYPE_CHECKING:
    from ..files.xlsx import Formula, Number

# A plan of 12,000 actions has about 30,000 pairs; far more rows is not a follow-up sheet.
MAX_ROWS = 50_000
MAX_SHARED_STRINGS = 10 * MAX_ROWS
# Far longer than a comment may be (MAX_COMMENT), so that a long one is named by its row.
MAX_FIELD = 1_000_000
T = TypeVar("T")
# The columns import reads; the others (the action's text, the body's name) are for people.
_READ_COLUMNS = (ACTION, BODY_ID, STATUS, COMMENT, EVIDENCE, DATE)


def _refuse(name: str, message: str, line: int = 1) -> FileProblems:
    return FileProblems([Problem(name, line, 1, message)])


def _too_many_rows() -> str:
    return _("more than {count} rows").format(count=MAX_ROWS)


# What CSV was read as, for the message when its first row is not the headings.
_DELIMITER_WORDS = {";": N_("semicolons (;)"), ",": N_("commas (,)")}


def csv_dialect(raw: bytes, name: str) -> tuple[str, str, str]:
    """The text of a CSV file, its delimiter and its encoding, as Swedish offices save them
    without being asked: UTF-8 with or without a BOM, else Windows-1252 (Excel's "CSV"
    in a Swedish Windows); semicolons (Excel's list separator in a Swedish locale) or
    commas, whichever the first line holds more of outside quotes."""
    from ..files.reading import decode

    try:
        text, encoding = decode(raw, name), "UTF-8"
    except FileProblems:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise
        text, encoding = raw.decode("cp1252", errors="replace"), "Windows-1252"
    first = text.split("\n", 1)[0]
    outside = "".join(part for index, part in enumerate(first.split('"')) if index % 2 == 0)
    delimiter = ";" if outside.count(";") > outside.count(",") else ","
    return text, delimiter, encoding


def _read_csv(raw: bytes, name: str) -> list[list[str]]:
    import csv
    import io

    csv.field_size_limit(MAX_FIELD)
    text, delimiter, _encoding = csv_dialect(raw, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
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
    from ..files.xlsx import Formula, WorkbookError, read_sheet_rows

    _check_workbook(raw, name)
    try:
        table = read_sheet_rows(raw, SHEET_TITLE, len(HEADERS), MAX_ROWS + 1)
    except WorkbookError as err:
        raise _refuse(
            name, _("not a readable .xlsx workbook ({problem})").format(problem=err)
        ) from None
    texts: list[list[str]] = []
    formulas: list[Problem] = []
    for number, row in enumerate(table, start=1):
        if set(map(type, row)) <= {str}:  # nearly every row: all text, nothing to convert
            texts.append(cast(list[str], row))
            continue
        for column, value in enumerate(row):
            if isinstance(value, Formula) and column in _READ_COLUMNS:
                message = _formula_message(number, column, value.text)
                formulas.append(Problem(name, number, column + 1, message))
        texts.append([_cell_text(value, column) for column, value in enumerate(row)])
    if formulas:
        raise FileProblems(formulas)
    return texts


def _formula_message(number: int, column: int, formula: str) -> str:
    from ..errors import visible
    from ..files.cells import column_letter

    cell = f"{column_letter(column)}{number}"
    problem = _(
        "cell {cell} ({heading}) holds the formula ={formula}; valdplan reads what is typed,"
        " so type the text itself"
    ).format(cell=cell, heading=HEADERS[column], formula=visible(formula[:60]))
    return _("row {number}: {problem}").format(number=number, problem=problem)


def _read_rows(sheet: Path) -> list[list[str]]:
    """Every row of the sheet as text, header included; any problem reading it is located."""
    from ..files.reading import read_source

    name = str(sheet)
    raw = read_source(sheet, name)  # missing, unreadable or too large files are refused here
    if sheet.suffix.lower() == ".csv":
        return _read_csv(raw, name)
    return _read_xlsx(raw, name)


def _cell_text(value: str | Number | Formula, column: int) -> str:
    """A cell as the text it shows, except the date column's numbers (what Excel stores when
    someone types a date), which become YYYY-MM-DD."""
    if isinstance(value, str):  # nearly every cell: before the import, which costs a call
        return value
    from ..files.xlsx import Formula

    if isinstance(value, Formula):
        return value.text  # only in columns import does not read
    if column == DATE and 1 <= value.value < 2_958_466:
        # Day 0 is 1899-12-30 for every day number after Excel's phantom 1900-02-29.
        days = datetime.timedelta(days=int(value.value))
        return (datetime.date(1899, 12, 30) + days).isoformat()
    return value.shown


def read_sheet(sheet: Path, plan: Plan, year: int | None = None) -> dict[tuple[str, str], Change]:
    """The changes a filled-in sheet asks for, by (action, body), for a follow-up of ``year``
    (None: any year). Every row is checked by the rules of ``rules``; any bad row raises
    ``FileProblems`` naming ``SHEET:ROW:COLUMN``, so nothing is applied."""
    from ..files.collection import paused_collection

    with paused_collection():  # tens of thousands of rows of strings: no cycles to collect
        return _read_sheet(sheet, plan, year)


def _read_sheet(sheet: Path, plan: Plan, year: int | None) -> dict[tuple[str, str], Change]:
    table = _read_rows(sheet)
    name = str(sheet)
    if not table or [cell.strip() for cell in table[0][: len(HEADERS)]] != list(HEADERS):
        expected = ", ".join(HEADERS)
        message = _("the first row must be the headings: {headings}").format(headings=expected)
        if sheet.suffix.lower() == ".csv":
            from ..files.reading import read_source

            _text, delimiter, encoding = csv_dialect(read_source(sheet, name), name)
            message += " " + _("(read as {encoding} text separated by {delimiter})").format(
                encoding=encoding, delimiter=_(_DELIMITER_WORDS[delimiter])
            )
        raise FileProblems([Problem(name, 1, 1, message)])
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
        found: list[tuple[int, str]] = []
        change = _row_change(row, plan, year, found)
        pair = (row[ACTION], row[BODY_ID])
        if pair in seen:
            message = _("{action} {body} is also on row {row}").format(
                action=pair[0], body=pair[1], row=seen[pair]
            )
            found.append((ACTION, message))
        seen[pair] = number
        for column, message in found:
            # Where in the sheet, as a file's problems say entries[3].status.
            where = _("row {number}, {heading}: {problem}").format(
                number=number, heading=HEADERS[column], problem=message
            )
            problems.append(Problem(name, number, column + 1, where))
        if change is not None:
            changes[pair] = change
    if problems:
        raise FileProblems(problems)
    return changes


def _row_change(
    row: list[str], plan: Plan, year: int | None, found: list[tuple[int, str]]
) -> Change | None:
    """The change one row asks for; each broken rule is added to ``found`` with its column."""

    def checked(column: int, rule: Callable[..., T], *values: Any) -> T | None:
        try:
            return rule(*values)
        except RuleBroken as err:
            found.append((column, str(err)))
            return None

    action = checked(ACTION, rules.action_in_plan, plan, row[ACTION])
    body = checked(BODY_ID, rules.body_in_plan, plan, row[BODY_ID])
    if action is not None and body is not None:
        checked(BODY_ID, rules.body_on_action, plan, action, body)
    # An empty status leaves the pair unreported, which a row with anything else filled in
    # cannot be.
    status = checked(STATUS, rules.status, row[STATUS]) if row[STATUS] else ""
    if not status and (row[COMMENT].strip() or row[EVIDENCE].strip() or row[DATE]):
        found.append((STATUS, _("choose a status: this row has a comment, evidence or a date")))
    date: str | None = row[DATE]  # "" removes the date
    if date:
        date = checked(DATE, rules.date, row[DATE])
        if date is not None and year is not None:
            checked(DATE, rules.date_in_period, row[DATE], year)
    comment = checked(COMMENT, rules.comment, row[COMMENT])
    evidence = checked(EVIDENCE, rules.control_free, row[EVIDENCE])
    for column in (COMMENT, EVIDENCE):
        problem = identity_number_problem(row[column])
        if problem is not None:
            found.append((column, problem))
    if status is None or comment is None or evidence is None or date is None:
        return None
    items = evidence_items(evidence)
    return Change(status=status, comment=comment, evidence=items, date=date)


def import_sheet(sheet: Path, into: Path, plan: Plan) -> tuple[int, EditResult]:
    """Read the sheet and apply its rows to the follow-up file ``into``, all or nothing: the
    number of rows read and what the edit did. Dates are checked against the period of
    ``into``."""
    return import_sheets([sheet], into, plan)


def import_sheets(sheets: Sequence[Path], into: Path, plan: Plan) -> tuple[int, EditResult]:
    """Read every sheet and apply all their rows to ``into`` in one edit, or nothing when
    any row of any sheet is bad, a sheet belongs to another body or period than the file,
    or two sheets hold the same pair."""
    rows: list[int] = [0]

    def for_file(loaded: LoadedFollowUp) -> dict[tuple[str, str], Change]:
        changes: dict[tuple[str, str], Change] = {}
        source: dict[tuple[str, str], Path] = {}
        problems: list[Problem] = []
        for sheet in sheets:
            found = read_sheet(sheet, plan, loaded.followup.period.year)
            check_belongs(sheet, found, loaded, plan)
            for pair, change in found.items():
                if pair in source:
                    message = _("{action} {body} is also in {other}").format(
                        action=pair[0], body=pair[1], other=source[pair]
                    )
                    problems.append(Problem(str(sheet), 1, 1, message))
                source[pair] = sheet
                changes[pair] = change
        if problems:
            raise FileProblems(problems)
        rows[0] = len(changes)
        return changes

    result = apply_changes(into, plan, for_file)
    return rows[0], result


def check_belongs(
    sheet: Path, changes: dict[tuple[str, str], Change], loaded: LoadedFollowUp, plan: Plan
) -> None:
    """Refuse a sheet whose rows are another body's than the file's (a body's own file holds
    only its pairs), or which records another period than the file's, in one line naming
    both."""
    from .models import period_words

    recorded = sheet_record(sheet)
    period = loaded.followup.period
    if recorded is not None and recorded != (str(period.year), period.part):
        shown = f"{recorded[1]} {recorded[0]}"  # as the sheet writes it
        message = _("{sheet} is a sheet of {period}, but {file} follows up {other}").format(
            sheet=sheet, period=shown, file=loaded.name, other=period_words(period, plan)
        )
        raise FileProblems([Problem(str(sheet), 1, 1, message)])
    in_file = {entry.body for entry in loaded.followup.entries}
    foreign = list(dict.fromkeys(body for _action, body in changes if body not in in_file))
    if in_file and foreign:
        names = plan.bodies_by_id
        message = _(
            "{sheet} holds pairs of {bodies}, but {file} follows up {own}; import it into that"
            " body's file or the merged file"
        ).format(
            sheet=sheet,
            bodies=", ".join(names[body].name for body in foreign),
            file=loaded.name,
            own=", ".join(names[body].name for body in plan.bodies_by_id if body in in_file),
        )
        raise FileProblems([Problem(str(sheet), 1, 1, message)])


def sheet_record(sheet: Path) -> tuple[str, str] | None:
    """The year and period an exported xlsx sheet records in its instructions sheet."""
    from ..files.reading import read_source
    from ..files.xlsx import WorkbookError, read_sheet_rows
    from .spreadsheet import INSTRUCTIONS_TITLE, PART_KEY, YEAR_KEY

    if sheet.suffix.lower() == ".csv":
        return None
    try:
        table = read_sheet_rows(read_source(sheet, str(sheet)), INSTRUCTIONS_TITLE, 2, 40)
    except WorkbookError:
        return None
    found = {str(row[0]): str(row[1]) for row in table if len(row) > 1 and isinstance(row[0], str)}
    if YEAR_KEY in found and PART_KEY in found:
        return (found[YEAR_KEY], found[PART_KEY])
    return None
