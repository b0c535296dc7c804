"""Follow-up files know their plan, and what valdplan writes into them reads back exactly:
a file made for another plan is refused by every command that reads it, a year outside the
plan's period is an error, a file from before the plan record loads with a warning that fmt
mends, and long or awkward comments survive set and merge unchanged."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import DATA
from hostile import PLAN_TEXT, Case, followup_text, run_case, valdplan

P = ("--plan", "plan.yaml")
OLD_PLAN = (DATA / "plan-2021-2023.yaml").read_text(encoding="utf-8")
TITLE = (
    "Handlingsplan mot våld i nära relation, hedersrelaterat våld och förtryck, prostitution"
    " och människohandel för sexuella ändamål samt sexuell exploatering av barn 2024–2027"
)
OLD_TITLE = "Handlingsplan mot våld i nära relation och hedersrelaterat våld och förtryck 2021–2023"
FOREIGN = (
    f"old.yaml:7:3: plan: this follow-up is for the plan «{OLD_TITLE}» (Södertälje kommun,"
    f" 2021–2023), not for the plan in use, «{TITLE}» (Södertälje kommun, 2024–2027); pass"
    " --plan with the plan it follows"
)
CSV = (
    "\ufeffÅtgärd,Fokusområde,Åtgärdstext,Organ-id,Organ,Roll,Status,Kommentar,Underlag,Datum\r\n"
    "4:4,4,x,socialnamnden,Socialnämnden,ansvarig,genomförd,,,\r\n"
)
AWKWARD = (
    '  Inleds med mellanslag, "citat", \\bakstreck\\, 50 %: klart #1\n'
    "ny rad\ttabb\n\u00a0hårt mellanslag, é, 😀, - streck, ' apostrof, slut med mellanslag "
)


def _old_followup(tmp: Path) -> None:
    (tmp / "old-plan.yaml").write_text(OLD_PLAN, encoding="utf-8")
    text = valdplan(
        tmp, "followup", "init", "--year", "2022", "-b", "socialnamnden", "--plan", "old-plan.yaml"
    ).stdout
    (tmp / "old.yaml").write_bytes(text)


def _stdout_starts(expected: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        assert result.stdout.decode("utf-8").startswith(expected)

    return check


def _comment_survives(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    from valdplan.followup.loading import load_followup
    from valdplan.plan.loader import load_plan

    plan = load_plan(tmp / "plan.yaml")
    for name in ("f.yaml", "m.yaml"):
        if (tmp / name).exists():
            entries = load_followup(tmp / name, plan).followup.entries
            assert [e.comment for e in entries if e.action == "4:4"] == [AWKWARD + "x" * 90_000]


def _set_awkward(tmp: Path) -> None:
    valdplan(tmp, "followup", "set", "4:4", "-b", "socialnamnden", "--status", "pagaende",
             "--comment", AWKWARD + "x" * 90_000, "--file", "f.yaml", *P)  # fmt: skip


def _fmt_adds_record(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    text = (tmp / "legacy.yaml").read_text(encoding="utf-8")
    assert f"plan:\n  organisation: Södertälje kommun\n  title: {TITLE}\n" in text
    again = valdplan(tmp, "validate", "legacy.yaml", *P)
    assert again.stderr == b""


LEGACY = (DATA / "followup" / "legacy-helar-2025.yaml").read_text(encoding="utf-8")

CASES = [
    *(
        Case(
            f"{command[1] if command[0] == 'followup' else command[0]}-refuses-a-foreign-follow-up",
            [*command, *P],
            1,
            FOREIGN,
            files={"plan.yaml": PLAN_TEXT, "f.csv": CSV},
            setup=_old_followup,
        )
        for command in (
            ["validate", "old.yaml"],
            ["followup", "report", "old.yaml"],
            [
                "followup",
                "set",
                "4:4",
                "-b",
                "socialnamnden",
                "--status",
                "pagaende",
                "--file",
                "old.yaml",
            ],
            ["followup", "merge", "old.yaml", "-o", "m.yaml"],
            ["followup", "import", "f.csv", "--into", "old.yaml"],
            ["followup", "export", "old.yaml", "-o", "old.xlsx"],
            ["checklist", "--board", "socialnamnden", "--followup", "old.yaml"],
        )  # fmt: skip
    ),
    Case(
        "a-year-outside-the-plan-period",
        ["validate", "f.yaml", *P],
        1,
        "f.yaml:14:9: period.year: the year 2030 is outside the plan's period 2024–2027",
        files={
            "plan.yaml": PLAN_TEXT,
            "f.yaml": followup_text().replace("year: 2025", "year: 2030"),
        },
    ),
    Case(
        "init-for-a-year-outside-the-plan-period",
        ["followup", "init", "--year", "2099", "-o", "f.yaml", *P],
        2,
        "error: --year: the year 2099 is outside the plan's period 2024–2027",
        files={"plan.yaml": PLAN_TEXT},
    ),
    Case(
        "a-file-from-before-the-plan-record-warns",
        ["validate", "legacy.yaml", *P],
        0,
        "legacy.yaml:1:1: warning: the file does not record which plan it follows (made by an"
        " older valdplan); valdplan fmt legacy.yaml adds the record",
        files={"plan.yaml": PLAN_TEXT, "legacy.yaml": LEGACY},
        check=_stdout_starts("legacy.yaml: OK (follow-up full year 2025, 5 entries)"),  # type: ignore[arg-type]
    ),
    Case(
        "fmt-adds-the-plan-record",
        ["fmt", "legacy.yaml", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "legacy.yaml": LEGACY},
        may_change=frozenset({"legacy.yaml"}),
        check=_fmt_adds_record,
    ),
    Case(
        "a-plan-changed-since-the-file-was-made-warns",
        ["validate", "f.yaml", *P],
        0,
        "f.yaml:12:16: warning: the plan's actions or responsibilities have changed since this"
        " file was made; entries are checked against the plan in use (valdplan fmt f.yaml"
        " records it)",
        files={
            "plan.yaml": PLAN_TEXT.replace('      - id: "5:9"', '      - id: "5:10"'),
            "f.yaml": followup_text(),
        },
    ),
    Case(
        "set-writes-an-awkward-long-comment-that-reads-back-exactly",
        ["followup", "merge", "f.yaml", "-o", "m.yaml", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=_set_awkward,
        may_change=frozenset({"f.yaml", "m.yaml"}),
        check=_comment_survives,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_followup(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)
