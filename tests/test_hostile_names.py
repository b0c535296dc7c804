"""Look-alike names: bidi controls and zero-width characters in names and ids are refused,
names equal once case and Unicode forms are set aside are refused naming the other's line,
invisible characters in free text give a warning, and a --board that fits two bodies is an
error rather than a silent choice."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hostile import PLAN_TEXT, Case, followup_text, plan_replacing, run_case

P = ("--plan", "plan.yaml")
DUPLICATE = (
    "plan.yaml:{line}:11: bodies[{index}].name: '{name}' is the same body name as bodies[1]"
    " (line 295) once case and Unicode forms are set aside; give it a name people can tell apart"
)


def _stdout_starts(expected: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        assert result.stdout.decode("utf-8").startswith(expected)

    return check


CASES = [
    Case(
        "right-to-left-override-in-a-body-name",
        ["validate", "plan.yaml"],
        1,
        "plan.yaml:295:11: bodies[1].name: holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible"
        " character; names must be plain text that readers can tell apart",
        files=plan_replacing("name: Socialnämnden", "name: Social\u202enämnden"),
    ),
    Case(
        "zero-width-space-in-a-body-name",
        ["validate", "plan.yaml"],
        1,
        "plan.yaml:295:11: bodies[1].name: holds U+200B ZERO WIDTH SPACE, an invisible"
        " character; names must be plain text that readers can tell apart",
        files=plan_replacing("name: Socialnämnden", "name: Social\u200bnämnden"),
    ),
    Case(
        "zero-width-joiner-in-a-level-name",
        ["validate", "plan.yaml"],
        1,
        "plan.yaml:182:11: levels[0].name: holds U+200D ZERO WIDTH JOINER, an invisible"
        " character; names must be plain text that readers can tell apart",
        files=plan_replacing("name: Universell", "name: Univ\u200dersell"),
    ),
    Case(
        "bidi-isolate-in-a-focus-area-title",
        ["validate", "plan.yaml"],
        1,
        "plan.yaml:359:12: focus_areas[0].title: holds U+2067 RIGHT-TO-LEFT ISOLATE, an"
        " invisible character; names must be plain text that readers can tell apart",
        files=plan_replacing(
            "title: Kommunen arbetar våldsförebyggande",
            "title: Kommunen\u2067 arbetar våldsförebyggande",
        ),
    ),
    Case(
        "body-names-equal-but-for-case",
        ["validate", "plan.yaml"],
        1,
        DUPLICATE.format(line=298, index=2, name="SOCIALNÄMNDEN"),
        files=plan_replacing("name: Omsorgsnämnden", "name: SOCIALNÄMNDEN"),
    ),
    Case(
        "body-names-equal-but-for-unicode-form",
        ["validate", "plan.yaml"],
        1,
        DUPLICATE.format(line=298, index=2, name="Socialna\u0308mnden"),
        files=plan_replacing("name: Omsorgsnämnden", "name: Socialna\u0308mnden"),
    ),
    Case(
        "body-names-equal-but-for-a-no-break-space",
        ["validate", "plan.yaml"],
        1,
        "plan.yaml:298:11: bodies[2].name: 'Social\xa0nämnden' is the same body name as"
        " bodies[1] (line 295) once case and Unicode forms are set aside; give it a name people"
        " can tell apart",
        files=plan_replacing("name: Omsorgsnämnden", "name: Social\xa0nämnden").__or__(
            {
                "plan.yaml": PLAN_TEXT.replace(
                    "name: Omsorgsnämnden", "name: Social\xa0nämnden"
                ).replace("name: Socialnämnden", "name: Social nämnden")
            }  # fmt: skip
        ),
    ),
    Case(
        "invisible-character-in-free-text-warns",
        ["validate", "plan.yaml"],
        0,
        "plan.yaml:368:36: warning: invisible character U+200B ZERO WIDTH SPACE: readers cannot"
        " see it, and it can hide or reorder the text around it; remove it unless it is meant",
        files=plan_replacing("förutsättningarna", "förutsätt\u200bningarna"),
        check=_stdout_starts("plan.yaml: OK"),  # type: ignore[arg-type]
    ),
    Case(
        "invisible-character-in-a-follow-up-comment-warns",
        ["validate", "f.yaml", *P],
        0,
        "f.yaml:22:18: warning: invisible character U+202E RIGHT-TO-LEFT OVERRIDE: readers cannot"
        " see it, and it can hide or reorder the text around it; remove it unless it is meant",
        files={
            "plan.yaml": PLAN_TEXT,
            "f.yaml": followup_text().replace('comment: ""', 'comment: "fdp\u202etxt.exe"', 1),
        },
        check=_stdout_starts("f.yaml: OK (follow-up full year 2025, 27 entries)"),  # type: ignore[arg-type]
    ),
    Case(
        "board-that-fits-two-bodies-is-an-error",
        ["actions", "--board", "kultur och fritidsnamnderna", "--format", "json", *P],
        1,
        "error: 'kultur och fritidsnamnderna' fits several bodies: Kultur och"
        " fritidsnämnderna (kultur-fritid), Kultur- och fritidsnämnderna"
        " (kultur-och-fritidsnamnderna); give its id",
        files={
            "plan.yaml": PLAN_TEXT.replace(
                "bodies:\n",
                "bodies:\n  - id: kultur-fritid\n    name: Kultur och fritidsnämnderna\n"
                "    kind: board\n",
                1,
            )
        },
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_names(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)
