"""The options every command shares (cli/options.py, cli/common.py): choices read the same
forgiving way everywhere, completion ignores case and å/ä/ö, a repeated --board is a union,
and one overwrite rule holds for every -o."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH
from valdplan.cli.options import complete_bodies, complete_levels

P = ("--plan", str(PLAN_PATH))
FOLLOWUP = DATA / "followup" / "helar-2025.yaml"


@pytest.mark.parametrize(
    "args",
    [
        ("checklist", "--board", "Socialnämnden", "--format", "HTML"),
        ("checklist", "--board", "Socialnämnden", "--format", "Md"),
        ("actions", "--format", "JSON"),
        ("actions", "--format", "Tabell"),
        ("--lang", "EN", "areas", "--format", "json"),
        ("areas", "--lang", "Sv", "--format", "json"),
        ("actions", "--board", "socialnamnden", "--role", "Medansvarig", "--format", "json"),
        ("actions", "--board", "SOCIALNÄMNDEN", "--role", "CO-RESPONSIBLE", "--format", "json"),
        ("actions", "--board", "Socialnamnden", "--role", "alla", "--format", "json"),
        ("actions", "--level", "SELEKTIV", "--format", "json"),
        ("--plan", str(PLAN_PATH), "schema", "--kind", "FollowUp"),
        ("--plan", str(PLAN_PATH), "diff", str(PLAN_PATH), str(PLAN_PATH), "--format", "JSON"),
        ("followup", "report", str(FOLLOWUP), "--format", "Json", *P),
    ],
    ids=lambda args: " ".join(args).replace(str(PLAN_PATH), "plan.yaml"),
)
def test_choices_ignore_case_and_accent(run, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    plan = () if "--plan" in args else P
    result = run(*args, *plan)
    assert (result.exit_code, result.stderr) == (0, "")


@pytest.mark.parametrize("part", ["helår", "helar", "HELÅR", "Full-Year", "full-year"])
def test_part_in_either_language_and_any_case(run, tmp_path: Path, part: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "f.yaml"
    result = run("followup", "init", "--year", "2025", "--part", part, "-o", str(out), *P)
    assert result.exit_code == 0, result.stderr
    assert "  part: helår\n" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("PAGAENDE", "pagaende"),
        ("Pågående", "pagaende"),
        ("in progress", "pagaende"),
        ("Ej Aktuell", "ej-aktuell"),
        ("NOT APPLICABLE", "ej-aktuell"),
        ("genomford", "genomford"),
    ],
)
def test_statuses_in_either_language_and_any_case(
    run, tmp_path: Path, typed: str, stored: str
) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "f.yaml"
    shutil.copy(FOLLOWUP, copy)
    args = ("followup", "set", "4:4", "--board", "socialnamnden", "--status", typed)
    result = run(*args, "--file", str(copy), *P)
    assert result.exit_code == 0, result.stderr
    text = copy.read_text(encoding="utf-8")
    assert f'- action: "4:4"\n    body: socialnamnden\n    status: {stored}\n' in text


def test_a_wrong_choice_names_the_option_and_the_choices(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "--format", "pdf", *P)
    assert (result.exit_code, result.stderr) == (
        2,
        "error: --format: 'pdf' is not one of: table, json, csv, md\n"
        "Try 'valdplan actions --help' for help.\n",
    )
    result = run("--lang", "sv", "actions", "--role", "ägare", *P)
    assert (result.exit_code, result.stderr) == (
        2,
        "fel: --role: 'ägare' är inte något av: ansvarig, medansvarig, alla\n"
        "Skriv 'valdplan actions --help' för hjälp.\n",
    )


class _Context:
    params = {"plan": PLAN_PATH}


@pytest.mark.parametrize(
    ("complete", "typed", "expected"),
    [
        (complete_bodies, "SOC", ["Socialnämnden"]),
        (complete_bodies, "aldre", ["Äldreomsorgsnämnden"]),
        (complete_bodies, "Överf", ["Överförmyndarnämnden"]),
        (complete_bodies, "samhalls", ["Samhällsbyggnadsnämnderna"]),
        (complete_levels, "SEL", ["selektiv"]),
    ],
)
def test_completion_ignores_case_and_diacritics(complete, typed, expected) -> None:  # type: ignore[no-untyped-def]
    assert complete(_Context(), typed) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("actions --board soc", ["Socialnämnden"]),
        ("actions --board ald", ["Äldreomsorgsnämnden"]),
        ("checklist --format HT", ["html"]),
        ("checklist --lang E", ["en"]),
        ("followup init --part helar", ["helår"]),
        ("actions --board Socialnämnden --role CO", ["co-responsible"]),
        ("followup set 1:3 --status GEN", ["genomford"]),
        ("show 2:", ["2:1", "2:2", "2:3", "2:4", "2:5"]),
        # Escaped for bash, so that the value stays one word.
        ("actions --board Kul", ["Kultur-\\ och\\ fritidsnämnderna"]),
        ("actions --board Telge\\ B", ["Telge\\ Bostäder"]),
    ],
)
def test_the_shell_gets_the_forgiving_completions(words: str, expected: list[str]) -> None:
    # Through typer's completion machinery as a shell calls it, which by itself keeps only
    # suggestions that start with the typed text, case and all.
    # (bash's script hands over the line up to the cursor and its current word: cli/completion.py)
    environment = {**os.environ, "_VALDPLAN_COMPLETE": "complete_bash"}
    environment |= {
        "_VALDPLAN_COMPLETE_LINE": f"valdplan {words}",
        "_VALDPLAN_COMPLETE_WORD": words.split(" ")[-1],
    }
    result = subprocess.run(
        [sys.executable, "-m", "valdplan"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        cwd=PLAN_PATH.parent,
    )
    assert result.stdout.splitlines() == expected, result.stderr


def ids(run, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [record["id"] for record in json.loads(run(*args, "--format", "json", *P).stdout)]


def test_a_repeated_board_selects_the_union_in_plan_order(run) -> None:  # type: ignore[no-untyped-def]
    board = ids(run, "actions", "--board", "Kommunstyrelsen")
    guardians = ids(run, "actions", "--board", "Överförmyndarnämnden")
    both = ids(run, "actions", "--board", "Kommunstyrelsen", "--board", "overformyndarnamnden")
    assert (len(board), len(guardians), len(both)) == (9, 2, 11)
    assert set(both) == set(board) | set(guardians)
    every = ids(run, "actions")
    assert both == [action for action in every if action in both]


def test_a_prefix_suggests_every_body_it_starts(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "--board", "Telge", *P)
    assert (result.exit_code, result.stderr) == (
        1,
        "error: unknown body 'Telge'; did you mean Telge Bostäder or Telge AB?\n",
    )


def overwrite_commands(tmp_path: Path) -> list[tuple[str, ...]]:
    # diff writes with -o too; its own test is below (it takes no --plan).
    return [
        ("checklist", "--board", "Socialnämnden"),
        ("followup", "report", str(FOLLOWUP)),
        ("followup", "init", "--year", "2025"),
        ("followup", "merge", str(FOLLOWUP)),
        ("followup", "export", str(FOLLOWUP), "--format", "csv"),
    ]


@pytest.mark.parametrize("index", range(5))
def test_one_overwrite_rule_for_every_output(run, tmp_path: Path, index: int) -> None:  # type: ignore[no-untyped-def]
    command = overwrite_commands(tmp_path)[index]
    mine = tmp_path / "mine.txt"
    mine.write_text("written by hand\n", encoding="utf-8")
    refused = run(*command, "-o", str(mine), *P)
    assert (refused.exit_code, refused.stderr.splitlines()[0]) == (
        2,
        f"error: --output: {mine} exists; pass --force to replace it",
    )
    assert mine.read_text(encoding="utf-8") == "written by hand\n"
    replaced = run(*command, "-o", str(mine), "--force", *P)
    assert replaced.exit_code == 0, replaced.stderr
    assert mine.read_text(encoding="utf-8") != "written by hand\n"
    fresh = tmp_path / "new.txt"
    assert run(*command, "-o", str(fresh), *P).exit_code == 0
    # A device is written to, never replaced: -o /dev/null needs no --force.
    assert run(*command, "-o", "/dev/null", *P).exit_code == 0


def test_diff_follows_the_overwrite_rule_too(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "mine.md"
    mine.write_text("written by hand\n", encoding="utf-8")
    refused = run("diff", str(PLAN_PATH), str(PLAN_PATH), "-o", str(mine))
    assert (refused.exit_code, refused.stderr.splitlines()[0]) == (
        2,
        f"error: --output: {mine} exists; pass --force to replace it",
    )
    assert run("diff", str(PLAN_PATH), str(PLAN_PATH), "-o", str(mine), "--force").exit_code == 0
    assert mine.read_text(encoding="utf-8").startswith("# ")
