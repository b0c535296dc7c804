"""Bidi isolation: only text with right-to-left letters or bidi controls is isolated, and an
isolate around free text always ends where the text does."""

from __future__ import annotations

import pytest

from valdplan.documents.bidi import balanced, isolate, needs_isolation
from valdplan.documents.markdown import escape_markdown

FSI, PDI, RLO, RLI = "\u2068", "\u2069", "\u202e", "\u2067"


@pytest.mark.parametrize(
    "text", ["Socialnämnden", "Ärende 4:4 – 30 %", "Çà ß œ Ω Ж 中文", "", "zero\u200bwidth"]
)
def test_text_without_right_to_left_letters_or_bidi_controls_is_not_touched(text: str) -> None:
    assert not needs_isolation(text)
    assert isolate(text) == text


@pytest.mark.parametrize("text", ["מסמך", "تقرير 5", "Telge \u202eAB", "\u200fx", "ܐ", "𐤀"])
def test_right_to_left_letters_and_bidi_controls_are_isolated(text: str) -> None:
    assert isolate(text) == f"{FSI}{text}{PDI}"


def test_an_isolate_around_free_text_ends_where_the_text_ends() -> None:
    # A stray end would close the isolate early and let the override after it out.
    assert isolate(f"abc{PDI}{RLO}def") == f"{FSI}abc{RLO}def{PDI}"
    # An isolate the text leaves open would take the end meant for ours.
    assert isolate(f"abc{RLI}def") == f"{FSI}abc{RLI}def{PDI}{PDI}"
    assert balanced(f"{RLI}a{PDI}{PDI}b") == f"{RLI}a{PDI}b"


def test_markdown_escapes_then_isolates() -> None:
    assert escape_markdown(f"# {RLO}[x](y)") == f"{FSI}\\# {RLO}\\[x\\](y){PDI}"
    assert escape_markdown("Barn- och skolnämnden") == "Barn- och skolnämnden"
