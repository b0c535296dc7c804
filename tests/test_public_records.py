"""What a follow-up file may hold once it is a public record, and how long texts get in:
set --evidence (repeatable), --clear-evidence, @FILE and - for standard input; identity
numbers refused by set, import and merge with the file untouched; validate --strict never
says OK when it fails."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import PLAN_PATH

P = ("--plan", str(PLAN_PATH))
# A personnummer with a valid check digit (Skatteverket's test number series).
NUMBER = "19811218-9876"
REFUSED = (
    "holds a personal identity number (with a valid check digit); follow-up files become"
    " public records, so valdplan does not write it: remove it"
)


@pytest.fixture
def sn(run, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "sn.yaml"
    args = ("--year", "2025", "-b", "socialnamnden", "-o", str(path))
    assert run("followup", "init", *args, *P).exit_code == 0
    return path


def set_4_4(run, path: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    base = ("followup", "set", "4:4", "-b", "socialnamnden", "--status", "genomford")
    full = [*base, *args, "--file", str(path), *P]
    if stdin is None:
        return run(*full)
    from typer.testing import CliRunner

    from valdplan.cli.main import app_for

    return CliRunner().invoke(app_for(full), full, prog_name="valdplan", input=stdin)


def entry_4_4(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    start = text.index('  - action: "4:4"')
    return text[start : text.index("\n  # ", start)]


def test_evidence_is_added_cleared_and_read_from_a_file_or_stdin(
    run, sn: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    long = tmp_path / "kommentar.txt"
    long.write_text("Rutin antagen i mars.\nUppföljning i april.\n", encoding="utf-8")
    first = set_4_4(run, sn, "--comment", f"@{long}", "--evidence", "https://a.example/x",
                    "--evidence", "Protokoll SN § 3")  # fmt: skip
    assert first.exit_code == 0, first.stderr
    assert set_4_4(run, sn, "--evidence", "-", stdin="Från standard in\n").exit_code == 0
    assert entry_4_4(sn).splitlines()[2:] == [
        "    status: genomford",
        '    comment: "Rutin antagen i mars.\\nUppföljning i april."',
        '    evidence: ["https://a.example/x", "Protokoll SN § 3", "Från standard in"]',
    ]
    assert set_4_4(run, sn, "--clear-evidence", "--evidence", "Ny").exit_code == 0
    assert entry_4_4(sn).splitlines()[-1] == '    evidence: ["Ny"]'


def test_a_text_beginning_with_at_is_given_with_two(run, sn: Path) -> None:  # type: ignore[no-untyped-def]
    result = set_4_4(run, sn, "--comment", "@@SUM(A1:A9)", "--evidence", "@@kommunen")
    assert result.exit_code == 0, result.stderr
    assert entry_4_4(sn).splitlines()[3:] == [
        '    comment: "@SUM(A1:A9)"',
        '    evidence: ["@kommunen"]',
    ]
    # One @ names a file, and a missing one is an error, never the text itself.
    before = sn.read_bytes()
    assert set_4_4(run, sn, "--comment", "@SUM(A1:A9)").exit_code == 1
    assert sn.read_bytes() == before


@pytest.mark.parametrize("option", ["--comment", "--evidence"])
def test_set_refuses_an_identity_number(run, sn: Path, option: str) -> None:  # type: ignore[no-untyped-def]
    before = sn.read_bytes()
    result = set_4_4(run, sn, option, f"Klienten {NUMBER} fick stöd")
    assert (result.exit_code, result.stderr) == (1, f"error: {option}: {REFUSED}\n")
    assert sn.read_bytes() == before
    # A number whose check digit is wrong is no personnummer.
    assert set_4_4(run, sn, option, "Ärende 19811218-9875").exit_code == 0


def test_import_refuses_an_identity_number(run, sn: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("followup", "export", str(sn), "--format", "csv", *P).exit_code == 0
    sheet = sn.with_suffix(".csv")
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"), newline="")))
    rows[1][6], rows[1][7] = "pågående", f"Se {NUMBER}"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    sheet.write_text(out.getvalue(), encoding="utf-8")
    before = sn.read_bytes()
    result = run("followup", "import", str(sheet), "--into", str(sn), *P)
    assert (result.exit_code, result.stderr) == (1, f"{sheet}:2:8: row 2, Kommentar: {REFUSED}\n")
    assert sn.read_bytes() == before


def test_merge_refuses_an_identity_number_and_validate_strict_says_no_ok(  # type: ignore[no-untyped-def]
    run, sn: Path, tmp_path: Path
) -> None:
    text = sn.read_text(encoding="utf-8").replace('comment: ""', f'comment: "Se {NUMBER}"', 1)
    sn.write_text(text, encoding="utf-8")
    line = text[: text.index(NUMBER)].count("\n") + 1
    merged = tmp_path / "2025.yaml"
    result = run("followup", "merge", str(sn), "-o", str(merged), *P)
    assert result.exit_code == 1
    assert f"{sn}:{line}:14: entries[0].comment: {REFUSED}" in result.stderr
    assert not merged.exists()
    loose = run("validate", str(sn), *P)
    assert loose.exit_code == 0 and loose.stdout.startswith(f"{sn}: OK")
    strict = run("validate", "--strict", str(sn), *P)
    assert strict.exit_code == 1
    assert strict.stdout == ""
    assert "personal identity number" in strict.stderr


def test_contact_details_are_warned_about_once_where_they_are_written(  # type: ignore[no-untyped-def]
    run, sn: Path, tmp_path: Path
) -> None:
    comment = "Kontakt: anna.berg@example.se, 070-123 45 67"
    written = set_4_4(run, sn, "--comment", comment)
    warning = (
        f"{sn}:123:14: warning: comment of 4:4 socialnamnden seems to hold personal data (e-mail"
        " address, phone number); follow-up comments become public documents\n"
    )
    assert (written.exit_code, written.stderr) == (0, warning)
    # Later commands that read or edit the file do not repeat it; validate checks it all.
    other = ("followup", "set", "1:3", "-b", "socialnamnden", "--status", "pagaende")
    assert run(*other, "--file", str(sn), *P).stderr == ""
    assert set_4_4(run, sn, "--comment", comment).stderr == ""
    assert run("followup", "report", str(sn), *P).stderr == ""
    assert run("followup", "due", str(sn), "--as-of", "2026-01-01", *P).stderr == ""
    assert run("validate", str(sn), *P).stderr == warning
    # merge writes a new file: once, where the text is first read.
    merged = run("followup", "merge", str(sn), str(sn), "-o", str(tmp_path / "m.yaml"), *P)
    assert (merged.exit_code, merged.stderr) == (0, warning)


def test_import_warns_about_the_contact_details_it_writes(run, sn: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("followup", "export", str(sn), "--format", "csv", *P).exit_code == 0
    sheet = sn.with_suffix(".csv")
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"), newline="")))
    rows[1][6], rows[1][7] = "pågående", "Frågor: +46 8 523 010 00"
    rows[2][6], rows[2][7] = "genomförd", "Beslut SN 2025-11-30 § 112, dnr KS 2025/0123"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    sheet.write_text(out.getvalue(), encoding="utf-8")
    result = run("followup", "import", str(sheet), "--into", str(sn), *P)
    assert result.exit_code == 0
    assert result.stderr.count("warning: ") == 1
    assert (
        f"comment of {rows[1][0]} socialnamnden seems to hold personal data (phone number)"
        in result.stderr
    )
    assert run("followup", "import", str(sheet), "--into", str(sn), *P).stderr == ""
