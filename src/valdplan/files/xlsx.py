"""Read the cells of one worksheet of an xlsx file as text, streaming its XML.

valdplan writes workbooks with openpyxl, but reads them with this small reader: openpyxl
turns every inline string of a sheet into a rich-text object (2.5 s for a 29,429-row
follow-up sheet, against 0.7 s here), and a stream lets the row limit apply while reading.
It knows the parts of the format a filled-in sheet uses: shared and inline strings (rich
text runs joined, ``_xHHHH_`` decoded), numbers with the text their number format shows
(``30%`` for 0.3 shown as a percentage, a date or time as ISO text), booleans, formulas
(marked as such: their cached value is not what the person typed), and rows or cells left
out (they are empty). The caller checks the archive's sizes first (``files.archive``).
"""

from __future__ import annotations

import datetime
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree.ElementTree import Element, iterparse

from ..messages import _
from .cells import from_excel_text

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL, _VALUE, _TEXT, _ROW = _MAIN + "c", _MAIN + "v", _MAIN + "t", _MAIN + "row"
_INLINE, _PHONETIC, _FORMULA = _MAIN + "is", _MAIN + "rPh", _MAIN + "f"


@dataclass(frozen=True)
class Number:
    """A number cell: its value, and the text its number format shows."""

    value: float
    shown: str
    is_date: bool


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula (its text, as the sheet stores it)."""

    text: str


Cell = str | Number | Formula
Row = list[Cell]
# Excel's built-in number formats that are not General (ECMA-376 part 1, 18.8.30).
_BUILTIN_FORMATS = {
    1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    12: "# ?/?", 13: "# ??/??", 14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
    18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy-mm-dd h:mm",
    37: "#,##0", 38: "#,##0", 39: "#,##0.00", 40: "#,##0.00", 45: "mm:ss", 46: "[h]:mm:ss",
    47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
}  # fmt: skip
# Quoted text, escaped characters and [colour] or [$-locale] parts say nothing about dates.
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


class WorkbookError(Exception):
    """The archive is not a workbook this reader understands (the caller says so)."""


def _parse(stream: IO[bytes]) -> Iterator[Element]:
    for _event, element in iterparse(stream, events=("end",)):
        yield element


def _text(element: Element) -> str:
    """The text of a string item: its ``t`` elements, phonetic guides left out."""
    parts = []
    for child in element:
        if child.tag == _TEXT:
            parts.append(child.text or "")
        elif child.tag != _PHONETIC:
            parts += [(run.text or "") for run in child.iter(_TEXT)]
    return "".join(parts)


def _sheet_path(archive: zipfile.ZipFile, title: str) -> str:
    """The archive path of the sheet called ``title``, else of the first sheet."""
    with archive.open("xl/workbook.xml") as stream:
        sheets = [element for element in _parse(stream) if element.tag == _MAIN + "sheet"]
    if not sheets:
        raise WorkbookError(_("the workbook has no sheets"))
    chosen = next((s for s in sheets if s.get("name") == title), sheets[0])
    wanted = chosen.get(_REL + "id")
    with archive.open("xl/_rels/workbook.xml.rels") as stream:
        for element in _parse(stream):
            if element.tag == _PACKAGE_REL + "Relationship" and element.get("Id") == wanted:
                target = element.get("Target") or ""
                if target.startswith("/"):
                    return target.lstrip("/")
                return posixpath.normpath(posixpath.join("xl", target))
    raise WorkbookError(_("the workbook does not say where its sheet is"))


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings = []
    with archive.open("xl/sharedStrings.xml") as stream:
        for element in _parse(stream):
            if element.tag == _MAIN + "si":
                strings.append(_text(element))
                element.clear()
    return strings


def _column(reference: str | None, fallback: int) -> int:
    """The 0-based column of a cell reference such as ``J12``."""
    if not reference:
        return fallback
    if "A" <= reference[0] <= "Z" and not "A" <= reference[1:2] <= "Z":
        return ord(reference[0]) - 65  # one letter, as in every sheet valdplan writes
    number = 0
    for char in reference:
        if not "A" <= char <= "Z":
            break
        number = number * 26 + ord(char) - 64
    return number - 1 if number else fallback


def _number_formats(archive: zipfile.ZipFile) -> list[str]:
    """The number format of each cell style (``s="N"`` on a cell), "" for General."""
    if "xl/styles.xml" not in archive.namelist():
        return []
    custom: dict[int, str] = {}
    styles: list[str] = []
    with archive.open("xl/styles.xml") as stream:
        for element in _parse(stream):
            if element.tag == _MAIN + "numFmt":
                custom[_int(element.get("numFmtId"))] = element.get("formatCode") or ""
            elif element.tag == _MAIN + "cellXfs":
                for style in element.iter(_MAIN + "xf"):
                    number = _int(style.get("numFmtId"))
                    styles.append(custom.get(number, _BUILTIN_FORMATS.get(number, "")))
                element.clear()
    return styles


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


def _decimals(section: str) -> int:
    """How many decimals a number format section shows (``0.00%`` shows two)."""
    if "." not in section:
        return 0
    after = section.split(".", 1)[1]
    count = 0
    for char in after:
        if char not in "0#?":
            break
        count += 1
    return count


def shown_number(value: float, code: str) -> Number:
    """The number ``value`` as a cell with the number format ``code`` shows it: General as
    Excel shows it (up to 15 significant digits), a percentage with its decimals, a fixed
    number of decimals, a date or time as ISO text (YYYY-MM-DD, HH:MM, HH:MM:SS)."""
    section = _FORMAT_NOISE.sub("", code.split(";", 1)[0]).lower()
    if section and section not in ("general", "@"):
        has_time = any(char in section for char in "hs")
        # "m" is minutes next to hours or seconds, else months.
        has_date = any(char in section for char in ("yd" if has_time else "ydm"))
        has_date = has_date and "e+" not in section
        if has_date or has_time:
            moment = _serial_moment(value)
            if moment is not None:
                text = _moment_text(moment, has_date, has_time, "s" in section)
                return Number(value, text, True)
        if "%" in section:
            return Number(value, f"{value * 100:.{_decimals(section)}f}%", False)
        if "0" in section and "e" not in section and "/" not in section:
            return Number(value, f"{value:.{_decimals(section)}f}", False)
    if value.is_integer() and abs(value) < 1e15:
        return Number(value, str(int(value)), False)
    return Number(value, format(value, ".15g"), False)


def _serial_moment(value: float) -> datetime.datetime | None:
    """Excel's day number ``value`` as a moment (day 0 is 1899-12-30 after Excel's phantom
    1900-02-29), or None outside 1900-01-01 to 9999-12-31."""
    if not 0 <= value < 2_958_466:
        return None
    # Not openpyxl's from_excel: importing it loads the whole of openpyxl (0.14 s here),
    # which this reader exists to avoid, and it keeps microseconds Excel does not show.
    moment = datetime.datetime(1899, 12, 30) + datetime.timedelta(days=value)
    # Excel rounds to the millisecond; a day fraction such as 0.5/24 must not show 00:29:59.
    return (moment + datetime.timedelta(microseconds=500_000)).replace(microsecond=0)


def _moment_text(moment: datetime.datetime, date: bool, time: bool, seconds: bool) -> str:
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    if date and time:
        return f"{moment.date().isoformat()} {clock}"
    return moment.date().isoformat() if date else clock


def _value(cell: Element, strings: list[str], formats: list[str]) -> Cell:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        formula = cell.find(_FORMULA) if inline is None or len(cell) > 1 else None
        if formula is not None:
            return Formula(formula.text or "")
        if inline is None:
            return ""
        # One plain run, as every sheet valdplan writes holds: no loop over the runs.
        if len(inline) == 1 and inline[0].tag == _TEXT:
            return from_excel_text(inline[0].text or "")
        return from_excel_text(_text(inline))
    formula = cell.find(_FORMULA)
    if formula is not None:
        return Formula(formula.text or "")
    raw = cell.findtext(_VALUE)
    if raw is None:
        return ""
    if kind == "s":
        try:
            return from_excel_text(strings[int(raw)])
        except (ValueError, IndexError):
            raise WorkbookError(_("a cell refers to a text the workbook does not have")) from None
    if kind == "n":
        try:
            number = float(raw)
        except ValueError:
            return raw
        style = _int(cell.get("s"))
        return shown_number(number, formats[style] if style < len(formats) else "")
    if kind == "b":
        return "TRUE" if raw == "1" else "FALSE"
    return raw  # "str" (a formula's text), "e" (an error such as #N/A), "d" (ISO date)


def read_sheet_rows(data: bytes, title: str, columns: int, max_rows: int) -> list[Row]:
    """The first ``columns`` cells of each of the first ``max_rows`` rows of the sheet
    ``title`` (else the first sheet): text, numbers with their shown text, or formulas;
    empty cells are ""."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            strings = _shared_strings(archive)
            formats = _number_formats(archive)
            rows: list[Row] = []
            with archive.open(_sheet_path(archive, title)) as stream:
                # iterparse itself, not _parse: one generator less per element of the
                # sheet's hundreds of thousands (a hand-inlined loop measured no faster).
                for _event, element in iterparse(stream, events=("end",)):
                    if element.tag == _ROW and not _add_row(
                        rows, element, columns, max_rows, strings, formats
                    ):
                        break
            return rows
    except (KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as err:
        # ElementTree's ParseError is a SyntaxError; a missing part is a KeyError.
        raise WorkbookError(type(err).__name__) from None


def _add_row(
    rows: list[Row],
    element: Element,
    columns: int,
    max_rows: int,
    strings: list[str],
    formats: list[str],
) -> bool:
    """Add the row ``element`` to ``rows`` (after the empty rows the sheet leaves out);
    False when it is past ``max_rows``."""
    number = int(element.get("r") or len(rows) + 1)
    if number > max_rows:
        return False
    while len(rows) < number - 1:
        rows.append([])  # rows the sheet leaves out are empty
    row: Row = [""] * columns
    position = 0
    for cell in element:  # a row's children are its cells
        if cell.tag != _CELL:
            continue
        column = _column(cell.get("r"), position)
        position += 1
        if column < columns:
            row[column] = _value(cell, strings, formats)
    rows.append(row)
    element.clear()
    return True
