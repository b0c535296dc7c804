"""The streaming xlsx reader reads what people's spreadsheet programs write: shared and
inline strings, rich text runs, numbers and dates, booleans, formula results, and rows or
cells that a file leaves out."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from hostile_inputs import _CONTENT_TYPES, _RELS, _WORKBOOK_RELS

from valdplan.files.xlsx import Formula, Number, WorkbookError, read_sheet_rows

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _workbook(sheet_data: str, shared: str | None = None, sheets: str | None = None) -> bytes:
    """A workbook written as Excel writes one: shared strings, a sheet at a relative path."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument'
            f'/2006/relationships"><sheets>{sheets or ""}'
            '<sheet name="Uppföljning" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>',
        )
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
    return out.getvalue()


def test_shared_strings_rich_text_and_phonetic_guides() -> None:
    data = _workbook(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
        shared="<si><t>Åtgärd</t></si><si><r><t>Kom</t></r><r><rPr><b/></rPr><t>mentar</t></r>"
        "<rPh><t>x</t></rPh></si>",
    )
    assert read_sheet_rows(data, "Uppföljning", 3, 10) == [["Åtgärd", "Kommentar", ""]]


def test_left_out_rows_and_cells_are_empty_and_rows_keep_their_numbers() -> None:
    data = _workbook(
        '<row r="1"><c r="C1" t="inlineStr"><is><t>tre</t></is></c></row>'
        '<row r="4"><c r="A4"><v>4</v></c><c r="B4" t="b"><v>1</v></c>'
        '<c r="D4" t="str"><f>A4&amp;"x"</f><v>4x</v></c><c r="E4" t="e"><v>#N/A</v></c></row>'
    )
    assert read_sheet_rows(data, "Uppföljning", 4, 10) == [
        ["", "", "tre", ""],
        [],
        [],
        [Number(4.0, "4", False), "TRUE", "", Formula('A4&"x"')],
    ]


def test_reading_stops_at_the_row_limit() -> None:
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 50))
    assert read_sheet_rows(_workbook(rows), "Uppföljning", 1, 3) == [
        [Number(float(n), str(n), False)] for n in (1, 2, 3)
    ]


def test_a_date_typed_in_excel_is_read_as_a_date(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from valdplan.followup.sheet_import import _cell_text

    book = Workbook()
    book.active.append(["x", datetime.datetime(2025, 11, 30)])  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    (row,) = read_sheet_rows(out.getvalue(), "Sheet", 2, 10)
    assert row[1] == Number(45991.0, "2025-11-30 00:00:00", True)
    assert _cell_text(row[1], 9) == "2025-11-30"  # the date column
    assert _cell_text(row[1], 7) == "2025-11-30 00:00:00"  # what a text column shows


@pytest.mark.parametrize(
    "data",
    [b"not a zip", _workbook("<row><c>").replace(b"<row><c>", b"<row><c>")],
    ids=["not-a-zip", "broken-xml"],
)
def test_broken_workbooks_are_one_error(data: bytes) -> None:
    with pytest.raises(WorkbookError):
        read_sheet_rows(data, "Uppföljning", 3, 10)
