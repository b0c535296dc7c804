"""Hostile inputs, generated on demand: spreadsheet bombs, huge rows and fields, long words,
thousands of misspelt names. benchmarks/hostile.py measures what valdplan pays for each at
full size; tests/test_hostile_cost.py runs the same generators at sizes that keep tests fast.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from valdplan.followup.spreadsheet import HEADERS as HEADINGS

# The parts every workbook has, as Excel writes them.
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PACKAGE}/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml"'
    f' ContentType="{_SHEET_TYPE}.worksheet+xml"/></Types>'
)
_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_OFFICE}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Uppföljning" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"


def _inline(text: str) -> str:
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    return '<row r="1">' + "".join(_inline(h) for h in HEADINGS) + "</row>"


def _workbook(path: Path, sheet_chunks: Iterable[str], shared: Iterable[str] | None = None) -> None:
    """A minimal workbook whose sheet XML is the concatenation of ``sheet_chunks`` (an
    iterable of str, streamed into the archive so that nothing large is held in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks:
                sheet.write(chunk.encode("utf-8"))
        if shared is not None:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
                for chunk in shared:
                    strings.write(chunk.encode("utf-8"))


def xlsx_cell_bomb(path: Path, megabytes: int) -> None:
    """A workbook of a few hundred kilobytes with one cell that expands to ``megabytes`` MB."""

    def chunks() -> Iterator[str]:
        yield _SHEET_START + _header_row() + '<row r="2"><c t="inlineStr"><is><t>'
        block = "0" * 1_000_000
        for _ in range(megabytes):
            yield block
        yield "</t></is></c></row>" + _SHEET_END

    _workbook(path, chunks())


def xlsx_many_rows(path: Path, rows: int) -> None:
    """A workbook with ``rows`` small rows."""

    def chunks() -> Iterator[str]:
        yield _SHEET_START + _header_row()
        batch = []
        for number in range(2, rows + 2):
            batch.append(f'<row r="{number}"><c><v>{number}</v></c></row>')
            if len(batch) == 10_000:
                yield "".join(batch)
                batch = []
        yield "".join(batch) + _SHEET_END

    _workbook(path, chunks())


def xlsx_shared_strings(path: Path, count: int) -> None:
    """A workbook with a table of ``count`` shared strings and a header row."""

    def strings() -> Iterator[str]:
        yield (
            '<?xml version="1.0" encoding="UTF-8"?><sst'
            ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        batch = []
        for number in range(count):
            batch.append(f"<si><t>{number}</t></si>")
            if len(batch) == 10_000:
                yield "".join(batch)
                batch = []
        yield "".join(batch) + "</sst>"

    _workbook(path, iter([_SHEET_START + _header_row() + _SHEET_END]), strings())


def csv_long_field(path: Path, characters: int) -> None:
    """A follow-up sheet as CSV whose one comment is ``characters`` long."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff" + ",".join(HEADINGS) + "\r\n")
        handle.write("4:4,4,x,socialnamnden,Socialnämnden,ansvarig,genomförd,")
        for _ in range(characters // 1_000_000):
            handle.write("x" * 1_000_000)
        handle.write("x" * (characters % 1_000_000) + ",,\r\n")


def csv_many_rows(path: Path, rows: int) -> None:
    """A follow-up sheet as CSV with ``rows`` rows."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff" + ",".join(HEADINGS) + "\r\n")
        line = "4:4,4,x,socialnamnden,Socialnämnden,ansvarig,genomförd,,,\r\n"
        for _ in range(rows):
            handle.write(line)


def plan_with_misspelt_bodies(path: Path, count: int) -> None:
    """A plan with ``count`` bodies and ``count`` actions, each naming its body misspelt."""
    lines = [
        "title: Plan med felstavade organ",
        "organisation: Exempelby kommun",
        "period: {start: 2024, end: 2027}",
        "levels:",
        "  - {id: universell, name: Universell, definition: [Insatser för alla.]}",
        "bodies:",
    ]
    lines += [
        f"  - {{id: organ-{i:05d}-namnden, name: Organ {i:05d} nämnden, kind: board}}"
        for i in range(count)
    ]
    lines += ["focus_areas:", "  - number: 1", "    title: Förebygga", "    actions:"]
    lines += [
        f'      - {{id: "1:{i + 1}", text: Göra något., responsible: [organ-{i:05d}-namdnen],'
        " levels: [universell]}"
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def plan_with_unknown_key(path: Path, plan: Path, items: int) -> None:
    """The real plan with a key the plan does not know, holding a flow list of ``items``
    numbers (a million: 2 MB)."""
    text = plan.read_text(encoding="utf-8")
    path.write_text(text + "extra: [" + "1," * items + "]\n", encoding="utf-8")


def template_folder_with_junk(folder: Path, megabytes: int) -> None:
    """A templates folder holding what a shared folder collects beside templates: a sparse
    file of ``megabytes`` (no disk, but that much if read) and Word's owner file of an open
    ``report.docx`` (``~$report.docx``), unreadable."""
    folder.mkdir(exist_ok=True)
    with (folder / "arkiv.zip").open("wb") as handle:
        handle.truncate(megabytes * 1_000_000)
    owner = folder / "~$report.docx"
    owner.write_bytes(b"\x0bValdplanen" + b"\0" * 151)
    owner.chmod(0)
