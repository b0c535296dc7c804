"""Handing sheets out and collecting them: export --per-body and --board write one sheet per
body holding only its pairs, instructions first; import takes several sheets all or nothing,
refuses a sheet of another body naming both, and reads CSV as Swedish Excel saves it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from conftest import PLAN_PATH

P = ("--plan", str(PLAN_PATH))


@pytest.fixture
def year(run, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "2025.yaml"
    assert run("followup", "init", "--year", "2025", "-o", str(path), *P).exit_code == 0
    return path


def test_per_body_writes_one_sheet_per_body_with_its_pairs(run, year: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "blad"
    result = run("followup", "export", str(year), "--per-body", str(out), *P)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 14
    assert lines[:2] == [
        f"{out}/kommunstyrelsen.xlsx: 9 rows",
        f"{out}/socialnamnden.xlsx: 27 rows",
    ]
    book = openpyxl.load_workbook(out / "socialnamnden.xlsx")
    assert book.sheetnames == ["Anvisningar", "Uppföljning"]
    first = [tuple(row) for row in book["Anvisningar"].iter_rows(values_only=True)][:7]
    assert first == [
        ("Så fyller du i bladet", None),
        ("Period", "helår"),
        ("År", "2025"),
        ("Organ-id", "socialnamnden"),
        ("Organ", "Socialnämnden"),
        ("Senast", "2026-01-31"),
        ("Svara till", "Kommunstyrelsens kontor"),
    ]
    bodies = {row[3] for row in book["Uppföljning"].iter_rows(min_row=2, values_only=True)}
    assert bodies == {"socialnamnden"}


def test_board_writes_named_sheets_beside_the_file(run, year: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("followup", "export", str(year), "-b", "Socialnämnden", "-b", "telge-ab")
    result = run(*args, "--format", "csv", *P)
    assert result.stdout.splitlines() == [
        f"{year.parent}/2025-socialnamnden.csv: 27 rows",
        f"{year.parent}/2025-telge-ab.csv: 1 row",
    ]


def test_a_sheet_of_another_body_is_refused_naming_both(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = {}
    for body, name in (("Socialnämnden", "sn"), ("Omsorgsnämnden", "on")):
        files[name] = tmp_path / f"{name}.yaml"
        made = run("followup", "init", "--year", "2025", "-b", body, "-o", str(files[name]), *P)
        assert made.exit_code == 0
    assert run("followup", "export", str(files["sn"]), *P).exit_code == 0
    before = files["on"].read_bytes()
    sheet = tmp_path / "sn.xlsx"
    result = run("followup", "import", str(sheet), "--into", str(files["on"]), *P)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{sheet}:1:1: {sheet} holds pairs of Socialnämnden, but {files['on']} follows up"
        " Omsorgsnämnden; import it into that body's file or the merged file\n"
    )
    assert files["on"].read_bytes() == before


def _filled(sheet: Path, status: str, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"), newline="")))
    rows[1][6] = status
    rows[1][7] = "Åtgärden är påbörjad."
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    sheet.write_bytes(out.getvalue().encode(encoding))
    return sheet


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "cp1252"), (";", "utf-8-sig"), (";", "utf-8"), (",", "cp1252")],
)
def test_csv_as_swedish_excel_saves_it(run, year: Path, delimiter: str, encoding: str) -> None:  # type: ignore[no-untyped-def]
    args = ("followup", "export", str(year), "-b", "telge-ab", "--format", "csv", *P)
    assert run(*args).exit_code == 0
    sheet = _filled(year.parent / "2025-telge-ab.csv", "pågående", delimiter, encoding)
    result = run("followup", "import", str(sheet), "--into", str(year), *P)
    assert (result.exit_code, result.stdout) == (0, f"{year}: updated (1 row)\n"), result.stderr
    assert "comment: Åtgärden är påbörjad." in year.read_text(encoding="utf-8")


def test_a_bad_header_names_the_delimiter_seen(run, tmp_path: Path, year: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "fel.csv"
    sheet.write_bytes("Åtgärd;Organ;Status\n1:3;socialnamnden;klar\n".encode("cp1252"))
    result = run("followup", "import", str(sheet), "--into", str(year), *P)
    assert result.exit_code == 1
    assert result.stderr.endswith("(read as Windows-1252 text separated by semicolons (;))\n"), (
        result.stderr
    )


def test_several_sheets_are_imported_all_or_nothing(run, year: Path) -> None:  # type: ignore[no-untyped-def]
    for body in ("telge-ab", "miljonamnden"):
        args = ("followup", "export", str(year), "-b", body, "--format", "csv", *P)
        assert run(*args).exit_code == 0
    good = _filled(year.parent / "2025-telge-ab.csv", "genomförd")
    bad = _filled(year.parent / "2025-miljonamnden.csv", "klar")
    before = year.read_bytes()
    refused = run("followup", "import", str(good), str(bad), "--into", str(year), *P)
    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"{bad}:2:7: row 2, Status: 'klar' is not a status")
    assert year.read_bytes() == before
    _filled(bad, "pågående")
    done = run("followup", "import", str(good), str(bad), "--into", str(year), *P)
    assert (done.exit_code, done.stdout) == (0, f"{year}: updated (3 rows)\n"), done.stderr
