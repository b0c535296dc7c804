"""The rules of a follow-up entry (followup/rules.py) say the same, word for word, whichever
way a bad value comes in: a follow-up file, ``followup set`` or a spreadsheet import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import PLAN_PATH

P = ("--plan", str(PLAN_PATH))
ROW = 2  # the first data row of the sheet: 1:3 for Socialnämnden
STATUSES = (
    "ej-paborjad (not started), pagaende (in progress), genomford (done), ej-aktuell"
    " (not applicable)"
)
CASES = [
    # (field, bad value, message, column heading in the sheet)
    ("status", "klar", f"'klar' is not a status; use one of: {STATUSES}", "Status"),
    (
        "date",
        "2019-05-01",
        "the date 2019-05-01 is outside the period followed up: an assessment of 2025 is"
        " dated in 2025 or 2026",
        "Datum",
    ),
    (
        "date",
        "2025-02-30",
        "'2025-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2025-11-30",
        "Datum",
    ),
]
NOT_ON_ACTION = "Miljönämnden is neither responsible nor co-responsible for 1:3"


@pytest.fixture
def followup(run, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "sn.yaml"
    made = run("followup", "init", "--year", "2025", "-b", "socialnamnden", "-o", str(path), *P)
    assert made.exit_code == 0, made.stderr
    return path


def _in_file(run, followup: Path, field: str, value: str) -> str:  # type: ignore[no-untyped-def]
    """The message validate gives for the first entry holding ``value`` as ``field``."""
    text = followup.read_text(encoding="utf-8")
    first = text.index("  - action:")
    entry_end = text.index("\n  - action:", first + 1)
    entry = text[first:entry_end]
    if field == "body":
        changed = entry.replace("body: socialnamnden", f"body: {value}")
    else:
        changed = entry.replace("status:\n", f"status: {value}\n")
        if field == "date":
            changed = entry + f'\n    date: "{value}"'
    bad = followup.with_name("bad.yaml")
    bad.write_text(text[:first] + changed + text[entry_end:], encoding="utf-8")
    result = run("validate", str(bad), *P)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    where, message = line.split(f"entries[0].{field}: ", 1)
    assert where.startswith(str(bad))
    return message


def _by_set(run, followup: Path, field: str, value: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """The exit code and message of followup set with ``value`` as ``field``."""
    values = {"status": "genomford", "body": "socialnamnden", field: value}
    args = ["followup", "set", "1:3", "-b", values["body"], "--status", values["status"]]
    if field == "date":
        args += ["--date", value]
    before = followup.read_bytes()
    result = run(*args, "--file", str(followup), *P)
    assert followup.read_bytes() == before
    first = result.stderr.splitlines()[0]
    prefix = "error: " if field == "body" else f"error: --{field}: "
    assert first.startswith(prefix), first
    return result.exit_code, first.removeprefix(prefix)


def _by_import(run, followup: Path, heading: str, value: str) -> str:  # type: ignore[no-untyped-def]
    """The message import gives for a sheet whose first row holds ``value`` under ``heading``."""
    sheet = followup.with_name("sn.csv")
    assert run("followup", "export", str(followup), "--format", "csv", *P).exit_code == 0
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8"), newline="")))
    rows[ROW - 1][rows[0].index(heading)] = value
    if heading == "Datum":
        rows[ROW - 1][rows[0].index("Status")] = "genomford"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    sheet.write_text(out.getvalue(), encoding="utf-8")
    before = followup.read_bytes()
    result = run("followup", "import", str(sheet), "--into", str(followup), *P)
    assert result.exit_code == 1
    assert followup.read_bytes() == before
    (line,) = result.stderr.splitlines()
    column = rows[0].index(heading) + 1
    prefix = f"{sheet}:{ROW}:{column}: row {ROW}, {heading}: "
    assert line.startswith(prefix), line
    return line.removeprefix(prefix)


@pytest.mark.parametrize(("field", "value", "message", "heading"), CASES, ids=lambda c: str(c))
def test_a_bad_value_reads_the_same_from_a_file_a_command_and_a_sheet(  # type: ignore[no-untyped-def]
    run, followup: Path, field: str, value: str, message: str, heading: str
) -> None:
    assert _in_file(run, followup, field, value) == message
    assert _by_set(run, followup, field, value) == (2, message)
    assert _by_import(run, followup, heading, value) == message


def test_a_body_not_on_the_action_reads_the_same_three_ways(run, followup: Path) -> None:  # type: ignore[no-untyped-def]
    assert _in_file(run, followup, "body", "miljonamnden") == NOT_ON_ACTION
    assert _by_set(run, followup, "body", "miljonamnden") == (1, NOT_ON_ACTION)
    assert _by_import(run, followup, "Organ-id", "miljonamnden") == NOT_ON_ACTION


def test_warnings_are_the_same_whether_set_changes_the_file_or_not(run, followup: Path) -> None:  # type: ignore[no-untyped-def]
    text = followup.read_text(encoding="utf-8").replace('comment: ""', 'comment: "a\u200bb"', 1)
    followup.write_text(text, encoding="utf-8")
    args = ("followup", "set", "1:3", "-b", "socialnamnden", "--file", str(followup), *P)
    updated = run(*args, "--status", "genomford")
    unchanged = run(*args, "--status", "genomford")
    assert updated.stdout.endswith(": updated\n")
    assert unchanged.stdout.endswith(": unchanged\n")
    assert updated.stderr == unchanged.stderr
    assert "warning: invisible character U+200B ZERO WIDTH SPACE" in updated.stderr
