"""Read the cells of one worksheet of an xlsx file as text, streaming its XML.

valdplan writes workbooks with openpyxl, but reads them with this small reader: openpyxl
turns every inline string of a sheet into a rich-text object (2.5 s for a 29,429-row
follow-up sheet, against 1.0 s here), and a stream lets the row limit apply while reading.
It knows the parts of the format a filled-in sheet uses: shared and inline strings (rich
text runs joined), numbers, booleans, formula results (the cached value), and rows or cells
left out (they are empty). The caller checks the archive's sizes first (``files.archive``).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import Element, iterparse

from ..messages import _

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL, _VALUE, _TEXT, _ROW = _MAIN + "c", _MAIN + "v", _MAIN + "t", _MAIN + "row"
_INLINE, _PHONETIC = _MAIN + "is", _MAIN + "rPh"

Cell = str | float
Row = list[Cell]


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
    number = 0
    for char in reference:
        if not "A" <= char <= "Z":
            break
        number = number * 26 + ord(char) - 64
    return number - 1 if number else fallback


def _value(cell: Element, strings: list[str]) -> Cell:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        return _text(inline) if inline is not None else ""
    raw = cell.findtext(_VALUE)
    if raw is None:
        return ""
    if kind == "s":
        try:
            return strings[int(raw)]
        except (ValueError, IndexError):
            raise WorkbookError(_("a cell refers to a text the workbook does not have")) from None
    if kind == "n":
        try:
            return float(raw)
        except ValueError:
            return raw
    if kind == "b":
        return "TRUE" if raw == "1" else "FALSE"
    return raw  # "str" (a formula's text), "e" (an error such as #N/A), "d" (ISO date)


def read_sheet_rows(data: bytes, title: str, columns: int, max_rows: int) -> list[Row]:
    """The first ``columns`` cells of each of the first ``max_rows`` rows of the sheet
    ``title`` (else the first sheet), as text or numbers; empty cells are ""."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            strings = _shared_strings(archive)
            rows: list[Row] = []
            with archive.open(_sheet_path(archive, title)) as stream:
                for element in _parse(stream):
                    if element.tag != _ROW:
                        continue
                    number = int(element.get("r") or len(rows) + 1)
                    if number > max_rows:
                        break
                    while len(rows) < number - 1:
                        rows.append([])  # rows the sheet leaves out are empty
                    row: Row = [""] * columns
                    for position, cell in enumerate(element.iter(_CELL)):
                        column = _column(cell.get("r"), position)
                        if column < columns:
                            row[column] = _value(cell, strings)
                    rows.append(row)
                    element.clear()
            return rows
    except (KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as err:
        # ElementTree's ParseError is a SyntaxError; a missing part is a KeyError.
        raise WorkbookError(type(err).__name__) from None
