"""Unreported is a state of its own: an entry nobody filled in has no status and every
document counts it as "Saknar rapport", apart from "Ej påbörjad"; files of earlier versions
load as they were, and ``fmt --mark-unreported`` marks their untouched entries on request."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from conftest import DATA, PLAN_PATH
from valdplan.followup.loading import load_followup
from valdplan.followup.merging import merge
from valdplan.plan.models import Plan

P = ("--plan", str(PLAN_PATH))


def init(run, path: Path, board: str = "Socialnämnden") -> Path:  # type: ignore[no-untyped-def]
    made = run("followup", "init", "--year", "2025", "--board", board, "-o", str(path), *P)
    assert made.exit_code == 0, made.stderr
    return path


def counts(run, *files: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    result = run("followup", "report", *map(str, files), "--format", "json", *P)
    assert result.exit_code == 0, result.stderr
    overall: dict[str, int] = json.loads(result.stdout)["overall"]["counts"]
    return overall


def test_init_writes_entries_without_a_status(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = init(run, tmp_path / "sn.yaml").read_text(encoding="utf-8")
    assert text.count("    status:\n") == 27
    assert "ej-paborjad\n" not in text.split("entries:", 1)[1]
    assert "; lämnas den tom har organet inte rapporterat." in text.splitlines()[2]


def test_socialnamnden_filling_in_5_of_27_leaves_22_not_reported(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = init(run, tmp_path / "sn.yaml")
    for action, status in (("1:3", "genomförd"), ("1:5", "pågående"), ("2:1", "ej påbörjad"),
                           ("2:2", "ej-aktuell"), ("4:4", "genomford")):  # fmt: skip
        args = (action, "--board", "Socialnämnden", "--status", status, "--file", str(path))
        assert run("followup", "set", *args, *P).exit_code == 0
    result = run("followup", "report", str(path), "--format", "json", *P)
    body = next(b for b in json.loads(result.stdout)["bodies"] if b["label"] == "Socialnämnden")
    assert body["counts"] == {
        "ej-paborjad": 1, "pagaende": 1, "genomford": 2, "ej-aktuell": 1, "saknas": 22
    }  # fmt: skip
    assert body["total"] == 27
    md = run("followup", "report", str(path), *P).stdout
    assert "| Socialnämnden | 27 | 7 % (2) | 4 % (1) | 4 % (1) | 4 % (1) | 81 % (22) |" in md


def test_an_emptied_status_is_unreported_again_byte_for_byte(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = init(run, tmp_path / "sn.yaml")
    before = path.read_bytes()
    args = ("4:4", "--board", "Socialnämnden", "--file", str(path), *P)
    assert run("followup", "set", *args, "--status", "pagaende").exit_code == 0
    assert b"    status: pagaende\n" in path.read_bytes()
    assert run("followup", "set", *args, "--status", "").stdout.endswith(": updated\n")
    assert path.read_bytes() == before


def test_an_old_file_loads_as_it_was_and_fmt_marks_it_only_on_request(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    path = tmp_path / "helar-2025.yaml"
    shutil.copy(DATA / "followup" / "helar-2025.yaml", path)
    assert counts(run, path)["ej-paborjad"] == 1  # 5:9 Kommunstyrelsen, untouched
    assert run("fmt", str(path), *P).exit_code == 0
    assert counts(run, path) == {
        "ej-paborjad": 1, "pagaende": 1, "genomford": 2, "ej-aktuell": 1, "saknas": 99
    }  # fmt: skip
    check = run("fmt", "--check", "--mark-unreported", str(path), *P)
    assert (check.exit_code, check.stdout) == (1, f"{path}: would be reformatted\n")
    assert run("fmt", "--mark-unreported", str(path), *P).exit_code == 0
    assert counts(run, path) == {
        "ej-paborjad": 0, "pagaende": 1, "genomford": 2, "ej-aktuell": 1, "saknas": 100
    }  # fmt: skip
    # Entries with anything filled in keep their status, even ej-paborjad with a comment.
    text = path.read_text(encoding="utf-8")
    assert '  - action: "5:9"\n    body: kommunstyrelsen\n    status:\n' in text
    assert run("fmt", "--check", str(path), *P).exit_code == 0


def test_an_unreported_entry_gives_way_in_a_merge(plan: Plan, tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    empty = init(run, tmp_path / "a.yaml")
    filled = init(run, tmp_path / "b.yaml")
    args = ("1:3", "--board", "Socialnämnden", "--status", "pagaende", "--file", str(filled))
    assert run("followup", "set", *args, *P).exit_code == 0
    for files in ((empty, filled), (filled, empty)):
        merged = merge([load_followup(f, plan) for f in files], plan)
        assert merged.by_pair()[("1:3", "socialnamnden")].status == "pagaende"
        assert sum(entry.status is None for entry in merged.entries) == 26


def test_a_sheet_leaves_unreported_rows_empty_and_reads_them_back(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = init(run, tmp_path / "sn.yaml")
    before = path.read_bytes()
    assert run("followup", "export", str(path), "--format", "csv", *P).exit_code == 0
    sheet = tmp_path / "sn.csv"
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"), newline="")))
    assert {row[6] for row in rows[1:]} == {""}
    result = run("followup", "import", str(sheet), "--into", str(path), *P)
    assert (result.exit_code, result.stdout) == (0, f"{path}: unchanged (27 rows)\n")
    assert path.read_bytes() == before
    rows[1][7] = "Påbörjat i höst."
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    sheet.write_text(out.getvalue(), encoding="utf-8")
    refused = run("followup", "import", str(sheet), "--into", str(path), *P)
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"{sheet}:2:7: row 2, Status: choose a status: this row has a comment, evidence or a date\n"
    )
    assert path.read_bytes() == before


def test_the_schema_lets_an_entry_go_without_a_status() -> None:
    schema = json.loads((PLAN_PATH.parent / "followup.schema.json").read_text(encoding="utf-8"))
    entry = schema["$defs"]["Entry"]
    assert entry["required"] == ["action", "body"]
    assert {"type": "null"} in entry["properties"]["status"]["anyOf"]
