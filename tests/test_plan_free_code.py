"""Nothing of Södertälje's plan is built into the code: its bodies, its level alias and its
name live in plan.yaml only, so that another municipality's plan gets none of them."""

from __future__ import annotations

import unicodedata

from conftest import PLAN_PATH, ROOT
from valdplan.plan.loader import load_plan

SOURCE = ROOT / "src"
# Where the plan itself may sit inside the package (the wheel puts it there).
EMBEDDED = SOURCE / "valdplan" / "data" / "plan.yaml"


def plan_specific_words() -> list[str]:
    plan = load_plan(PLAN_PATH)
    words = {"Södertälje", "Sodertalje", "Telge", "indikativ"}
    words |= {alias for level in plan.levels for alias in level.aliases}
    words |= {body.name for body in plan.bodies} | {body.id for body in plan.bodies}
    return sorted(words)


def folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def test_the_words_come_from_the_plan() -> None:
    words = plan_specific_words()
    assert "indikativ" in words and "Telge AB" in words and "socialnamnden" in words
    assert len(words) == 4 + 2 * 14


def test_no_file_under_src_names_them() -> None:
    words = [folded(word) for word in plan_specific_words()]
    found = []
    files = [p for p in SOURCE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) > 50
    for path in files:
        if path == EMBEDDED:
            continue
        text = folded(path.read_bytes().decode("utf-8", errors="replace"))
        found += [f"{path.relative_to(ROOT)}: {word}" for word in words if word in text]
    assert found == []


def test_the_check_would_see_a_name() -> None:
    # The search itself: a folded body name is found in folded text.
    text = folded('help="Body, e.g. SOCIALNÄMNDEN."')
    assert folded("Socialnämnden") in text
