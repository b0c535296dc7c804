"""Hostile input costs little: every limit applies before anything is expanded or parsed
further. These are the benchmark's cases (benchmarks/hostile_inputs.py) at sizes that keep
the tests quick; benchmarks/hostile.py measures them at full size (README quotes it)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hostile_inputs import (
    csv_long_field,
    csv_many_rows,
    plan_with_misspelt_bodies,
    xlsx_cell_bomb,
    xlsx_many_rows,
    xlsx_shared_strings,
)

from hostile import PLAN_TEXT, Case, followup_text, run_case
from valdplan.followup.sheet_import import MAX_FIELD, MAX_ROWS, MAX_SHARED_STRINGS

P = ("--plan", "plan.yaml")
IMPORT = ("followup", "import", "s.xlsx", "--into", "f.yaml", *P)
IMPORT_CSV = ("followup", "import", "s.csv", "--into", "f.yaml", *P)
FILES = {"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()}


def _made(function: object, name: str, *args: object) -> object:
    def make(tmp: Path) -> None:
        function(tmp / name, *args)  # type: ignore[operator]

    return make


def _stdout_starts(expected: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        assert result.stdout.decode("utf-8").startswith(expected)

    return check


WORD = "ö" * 60_000

CASES = [
    Case(
        "xlsx-cell-that-expands-to-256-mb",
        IMPORT,
        1,
        "s.xlsx:1:1: not a readable .xlsx workbook: xl/worksheets/sheet1.xml would expand to"
        " 256 MB (at most 64 MB)",
        files=FILES,
        setup=_made(xlsx_cell_bomb, "s.xlsx", 256),  # type: ignore[arg-type]
    ),
    Case(
        "xlsx-with-more-rows-than-a-follow-up-can-have",
        IMPORT,
        1,
        f"s.xlsx:{MAX_ROWS + 2}:1: more than {MAX_ROWS} rows",
        files=FILES,
        setup=_made(xlsx_many_rows, "s.xlsx", MAX_ROWS + 5),  # type: ignore[arg-type]
    ),
    Case(
        "xlsx-with-too-many-shared-strings",
        IMPORT,
        1,
        f"s.xlsx:1:1: more than {MAX_SHARED_STRINGS} different texts in the workbook",
        files=FILES,
        setup=_made(xlsx_shared_strings, "s.xlsx", MAX_SHARED_STRINGS + 1),  # type: ignore[arg-type]
    ),
    Case(
        "xlsx-that-is-not-a-zip",
        IMPORT,
        1,
        "s.xlsx:1:1: not a readable .xlsx workbook: not a zip archive",
        files={**FILES, "s.xlsx": b"PK\x03\x04 but not really"},
    ),
    Case(
        "csv-field-of-30-mb",
        IMPORT_CSV,
        1,
        f"s.csv:2:1: a field longer than {MAX_FIELD} characters (at most 100000)",
        files=FILES,
        setup=_made(csv_long_field, "s.csv", 30_000_000),  # type: ignore[arg-type]
    ),
    Case(
        "csv-with-more-rows-than-a-follow-up-can-have",
        IMPORT_CSV,
        1,
        f"s.csv:{MAX_ROWS + 2}:1: more than {MAX_ROWS} rows",
        files=FILES,
        setup=_made(csv_many_rows, "s.csv", MAX_ROWS + 5),  # type: ignore[arg-type]
    ),
    Case(
        "csv-comment-longer-than-a-comment-may-be",
        IMPORT_CSV,
        1,
        "s.csv:2:8: row 2, Kommentar: is 150000 characters long (at most 100000); shorten it or"
        " link to a document under evidence",
        files=FILES,
        setup=_made(csv_long_field, "s.csv", 150_000),  # type: ignore[arg-type]
    ),
    Case(
        "follow-up-comment-of-one-60000-letter-word",
        ["validate", "f.yaml", *P],
        0,
        None,
        files={
            "plan.yaml": PLAN_TEXT,
            "f.yaml": followup_text().replace('comment: ""', f"comment: {WORD}", 1),
        },
        check=_stdout_starts("f.yaml: OK (follow-up full year 2025, 27 entries)"),  # type: ignore[arg-type]
    ),
    Case(
        "follow-up-comment-over-the-limit",
        ["validate", "f.yaml", *P],
        1,
        "f.yaml:22:14: entries[0].comment: is 100001 characters long (at most 100000); shorten"
        " it or link to a document under evidence",
        files={
            "plan.yaml": PLAN_TEXT,
            "f.yaml": followup_text().replace('comment: ""', "comment: " + "x" * 100_001, 1),
        },
    ),
    Case(
        "3000-misspelt-body-names",
        ["validate", "m.yaml"],
        1,
        "m.yaml:3011:54: focus_areas[0].actions[0].responsible[0]: 'organ-00000-namdnen' is not"
        " a body listed under bodies (did you mean 'organ-00000-namnden', 'organ-00100-namnden',"
        " 'organ-00200-namnden'?)",
        setup=_made(plan_with_misspelt_bodies, "m.yaml", 3000),  # type: ignore[arg-type]
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_cost(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)
