"""Bidi isolation: only text with right-to-left letters or bidi controls is isolated, and an
isolate around free text always ends where the text does."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import PLAN_PATH
from valdplan.documents.bidi import balanced, isolate, needs_isolation
from valdplan.documents.build import build_files
from valdplan.documents.environment import environment
from valdplan.documents.markdown import escape_markdown
from valdplan.plan.loader import load_plan

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


# A plan whose action 1:1 holds a right-to-left override written as a YAML escape, whose
# focus area 1 has a Hebrew title and whose organisation is written in Hebrew.
HEBREW_AREA = "מניעת אלימות 1"
HEBREW_ORGANISATION = "עיריית סודרטליה"
ACTION_1_1 = "Säkerställa förutsättningarna för ett kunskapsbaserat normkritiskt arbete om kön och"


def right_to_left_plan(folder: Path) -> Path:
    """The plan with an escaped override in action 1:1's text and Hebrew in names."""
    text = PLAN_PATH.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if f"text: {ACTION_1_1}" in line)
    text = text.replace(line, line.replace("text: ", 'text: "\\u202e', 1) + '"', 1)
    text = text.replace(
        "    title: Kommunen arbetar våldsförebyggande", f"    title: {HEBREW_AREA}", 1
    )
    text = text.replace("organisation: Södertälje kommun", f"organisation: {HEBREW_ORGANISATION}")
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def right_to_left_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    plan = load_plan(right_to_left_plan(tmp_path_factory.mktemp("rtl")))
    return build_files(plan, environment(), ("html",))


def test_an_escaped_override_reaches_html_isolated(right_to_left_pages: dict[str, str]) -> None:
    label = (
        f'<label for="atgard-1-1"><span class="action-id">Åtgärd 1:1</span> <bdi>{RLO}'
        f"{ACTION_1_1} maskulinitetsnormer i kultur – och fritidsverksamheter.</bdi></label>"
    )
    # Action 1:1 is on the pages of its focus area, its responsible body and its level.
    pages = sorted(name for name, page in right_to_left_pages.items() if label in page)
    assert pages == ["fokusomrade-1.html", "kultur-och-fritidsnamnderna.html", "universell.html"]


def test_a_title_isolates_with_characters(right_to_left_pages: dict[str, str]) -> None:
    # <title> holds text only: no <bdi> there.
    title = f"<title>Checklista för Socialnämnden – {FSI}{HEBREW_ORGANISATION}{PDI}</title>"
    assert title in right_to_left_pages["socialnamnden.html"]


def test_a_composed_heading_isolates_the_name_in_it(right_to_left_pages: dict[str, str]) -> None:
    page = right_to_left_pages["fokusomrade-1.html"]
    heading = f"<h1><bdi>Checklista för fokusområde 1: {FSI}{HEBREW_AREA}{PDI}</bdi></h1>"
    assert heading in page
    # Where the fixed words and the name are two values, the name is isolated alone.
    area = f'<h2 id="fokusomrade-1">Fokusområde 1: <bdi>{HEBREW_AREA}</bdi></h2>'
    assert area in right_to_left_pages["universell.html"]


class _Isolation(HTMLParser):
    """Right-to-left text and bidi controls outside an isolate, and in attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.loose: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.loose += [f"{tag} {name}" for name, value in attrs if value and needs_isolation(value)]
        if tag not in ("meta", "link", "input", "br", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if not needs_isolation(data) or "bdi" in self.open or "style" in self.open:
            return
        inside_title = "title" in self.open and data.count(FSI) and isolate(data) != data
        if not inside_title:
            self.loose.append(data.strip()[:60])


def test_right_to_left_text_is_isolated_everywhere(right_to_left_pages: dict[str, str]) -> None:
    assert len(right_to_left_pages) == 23
    for name, page in right_to_left_pages.items():
        parser = _Isolation()
        parser.feed(page)
        assert parser.loose == [], name


def test_pages_without_right_to_left_text_hold_no_isolation() -> None:
    pages = build_files(load_plan(PLAN_PATH), environment(), ("html",))
    assert not [name for name, page in pages.items() if "<bdi>" in page or FSI in page]
