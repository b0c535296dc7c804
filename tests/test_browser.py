"""Generated HTML in a real headless Chromium, on a phone, a desktop and paper.

Every page of a build, a --followup checklist, a follow-up report and a plan diff, at 320 and
1280 CSS px in the light and the dark scheme: the page never scrolls sideways, at 1280 px
every table fits its column, at 320 px a table wider than the screen scrolls only inside a
focusable, labelled region, and axe-core finds no WCAG 2.0/2.1 A or AA violation. In print
media at A4 width every table fits, and the printed index holds every column heading. The
Nu Html Checker finds no errors.

The tools come from .ci/run (Debian's chromium, npm's axe-core and vnu-jar in .ci/). Without
them the tests skip locally; under CI (CI=true) a missing tool is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, PLAN_PATH, ROOT, require_file
from test_bidi import right_to_left_plan
from valdplan.documents.build import build_files
from valdplan.documents.checklist import checklist_context
from valdplan.documents.diff_annex import render_diff
from valdplan.documents.environment import environment, render
from valdplan.documents.report import render_report
from valdplan.files.folder import write_folder
from valdplan.followup.loading import load_followup
from valdplan.plan.loader import load_plan
from valdplan.plan.query import select_actions

CI_TOOLS = ROOT / ".ci" / "node_modules"
AXE = Path(os.environ.get("VALDPLAN_AXE", CI_TOOLS / "axe-core" / "axe.min.js"))
VNU = Path(os.environ.get("VALDPLAN_VNU", CI_TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"))
CHROMIUM = os.environ.get("VALDPLAN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MM = 96 / 25.4  # CSS px per millimetre
# The page box of the print stylesheet: A4 less 15 mm margins at the sides, 20 mm at the
# top and 16 mm at the bottom (templates/_styles.css).
A4_WIDTH = round(180 * MM)
A4_HEIGHT = (297 - 36) * MM

PLAN = load_plan(PLAN_PATH)
BUILD = sorted(name for name in build_files(PLAN, environment(), ("html",)) if name != "index.html")
# Every page of a build, a --followup checklist of a body and of a focus area, the report and
# the diff, and pages of other municipalities' plans (their own kinds, free ids).
PAGES = [
    "index.html",
    *BUILD,
    "followup.html",
    "followup-area.html",
    "report.html",
    "diff.html",
    "second-index.html",
    "second-diff.html",
    "free-ids.html",
    # A published build of a plan with goals and indicators: the index, a checklist with its
    # footer, the accessibility statement, and the report with the indicators.
    "published-index.html",
    "published-checklist.html",
    "tillganglighet.html",
    "indicator-report.html",
    # A plan with a right-to-left override written as an escape in an action, a Hebrew focus
    # area title and organisation: the index, and a checklist holding all three.
    "right-to-left-index.html",
    "right-to-left-checklist.html",
]


def long_card_plan(folder: Path) -> Path:
    """Another municipality's plan with one card far over a third of a printed page and one
    just under it, to test where cards may break."""
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    paragraph = (
        "Ett exempel som beskriver hur arbetet kan gå till i praktiken, med vilka parter,"
        " i vilken ordning och hur resultatet följs upp och redovisas för nämnden."
    )
    examples = "".join(f"\n          - {paragraph} ({n})" for n in range(12))
    text = text.replace(
        "        text: Erbjuda skyddat boende.\n",
        f"        text: Erbjuda skyddat boende.\n        examples:{examples}\n",
    )
    path = folder / "long-cards.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def changed_plan(folder: Path) -> Path:
    """The plan with one more body co-responsible for action 1:3: another version of it, whose
    pages keep their ticks apart from the current one's."""
    text = PLAN_PATH.read_text(encoding="utf-8")
    action = text.index('      - id: "1:3"')
    empty = text.index("        co_responsible: []\n", action)
    added = "        co_responsible:\n          - telge-bostader\n"
    text = text[:empty] + added + text[empty + len("        co_responsible: []\n") :]
    path = folder / "changed-plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def long_comment_followup(folder: Path) -> Path:
    """The full-year follow-up with a long comment, a long unbroken word and a long web
    address as evidence: they wrap on a phone instead of widening the page."""
    text = (DATA / "followup" / "helar-2025.yaml").read_text(encoding="utf-8")
    comment = "Rutinen antogs i mars och följs upp varje kvartal. " * 12
    comment += "Samverkansöverenskommelseuppföljningsprotokollsbilaga" * 3
    address = "https://example.org/" + "dokument/" * 20 + "rutin-for-hot-och-riskbedomningar.pdf"
    old = '  - action: "4:4"\n    body: socialnamnden\n    status: genomford\n    comment: ""\n'
    assert old in text
    text = text.replace(
        old,
        '  - action: "4:4"\n    body: socialnamnden\n    status: genomford\n'
        f'    comment: "{comment}"\n    evidence:\n      - "{address}"\n'
        '    date: "2025-03-14"\n',
    )
    path = folder / "helar-2025.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    env = environment()
    files = build_files(PLAN, env, ("md", "html"))
    current = load_followup(long_comment_followup(folder), PLAN).followup
    previous = load_followup(DATA / "followup" / "delar-2025.yaml", PLAN).followup
    for name, selection in (
        ("followup.html", select_actions(PLAN, body="socialnamnden")),
        ("followup-area.html", select_actions(PLAN, focus=5)),
    ):
        context = checklist_context(selection, followup=current)
        files[name] = render(env, "checklist.html.j2", context)
    files["report.html"] = render_report(PLAN, current, previous, "html", env)
    older = load_plan(DATA / "plan-2021-2023.yaml")
    files["diff.html"] = render_diff(older, PLAN, "html", env)[0]
    # Other municipalities' plans: their own body kinds, and free ids whose anchors clash.
    second = load_plan(DATA / "second-municipality.yaml")
    files["second-index.html"] = build_files(second, env, ("html",))["index.html"]
    other = load_plan(DATA / "other-municipality.yaml")
    files["second-diff.html"] = render_diff(other, second, "html", env)[0]
    free = build_files(load_plan(DATA / "free-ids.yaml"), env, ("html",))
    files["free-ids.html"] = free["kommunstyrelsen.html"]
    from valdplan.indicators.snapshot import load_snapshot
    from valdplan.publishing.loading import load_publishing

    goals = load_plan(DATA / "goals-plan.yaml")
    snapshot = load_snapshot(DATA / "kolada" / "indicators.json")
    settings = load_publishing(ROOT / "docs" / "examples" / "publishing.yaml")
    goals_followup = load_followup(DATA / "kolada" / "helar-2025.yaml", goals).followup
    published = build_files(goals, env, ("html",), "sv", None, snapshot, settings, goals_followup)
    files["published-index.html"] = published["index.html"]
    files["published-checklist.html"] = published["socialnamnden.html"]
    files["tillganglighet.html"] = published["tillganglighet.html"]
    files["indicator-report.html"] = render_report(
        goals, goals_followup, None, "html", env, indicators=snapshot
    )
    changed = load_plan(changed_plan(folder))
    files["socialnamnden-changed-plan.html"] = build_files(changed, env, ("html",))[
        "socialnamnden.html"
    ]
    right_to_left = build_files(load_plan(right_to_left_plan(folder)), env, ("html",))
    files["right-to-left-index.html"] = right_to_left["index.html"]
    files["right-to-left-checklist.html"] = right_to_left["kultur-och-fritidsnamnderna.html"]
    long_cards = load_plan(long_card_plan(folder))
    files["long-cards.html"] = build_files(long_cards, env, ("html",))["socialnamnden.html"]
    write_folder(folder, files)
    return folder


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    require_file(CHROMIUM, "Chromium")
    require_file(AXE, "axe-core")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def open_page(browser, path: Path, width: int = 1280, scheme: str = "light"):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    assert requests == [path.as_uri()], "the page must not load anything else"
    return page


# What the page and its tables measure; a table's name is that of its scrolling region.
MEASURE = """() => {
  const named = (el) => {
    const ids = (el.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean);
    const text = ids.map((id) => document.getElementById(id)?.textContent || "").join(" ");
    return (text || el.getAttribute("aria-label") || "").trim();
  };
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    background: getComputedStyle(document.body).backgroundColor,
    // A table only for screen readers (the numbers behind a chart) takes no room on screen.
    tables: [...document.querySelectorAll("table")]
      .filter((table) => !table.closest(".visually-hidden"))
      .map((table) => {
      const box = table.parentElement;
      return {
        caption: table.caption ? table.caption.textContent : "",
        width: table.getBoundingClientRect().width,
        room: box.clientWidth,
        overflow: getComputedStyle(box).overflowX,
        role: box.getAttribute("role"),
        tabindex: box.getAttribute("tabindex"),
        name: named(box),
      };
    }),
  };
}"""

CASES = [
    pytest.param(
        name,
        width,
        scheme,
        id=f"{name}-{width}-{scheme}",
    )
    for name in PAGES
    for width in (320, 1280)
    for scheme in ("light", "dark")
]


def axe_violations(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    assert len(result["passes"]) > 10
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']})"
        for v in result["violations"]
    ]


@pytest.mark.parametrize(("name", "width", "scheme"), CASES)
def test_page_reflows_and_passes_axe(  # type: ignore[no-untyped-def]
    browser, site: Path, name: str, width: int, scheme: str
) -> None:
    page = open_page(browser, site / name, width, scheme)
    measured: dict[str, Any] = page.evaluate(MEASURE)
    dark = measured["background"] != "rgb(255, 255, 255)"
    assert dark == (scheme == "dark"), measured["background"]
    assert measured["scrollWidth"] <= measured["innerWidth"], "the page scrolls sideways"
    for table in measured["tables"]:
        if width == 1280:
            assert table["width"] <= table["room"] + 0.5, f"{table['caption']} is cut off"
        elif table["width"] > table["room"] + 0.5:
            # Wider than a phone: it scrolls inside its own region, which a keyboard can
            # reach and a screen reader can name.
            assert table["overflow"] in ("auto", "scroll"), table
            assert table["role"] == "region" and table["tabindex"] == "0", table
            assert table["name"], table
    assert axe_violations(page) == []
    page.close()


PRINT_PAGES = [
    "index.html",
    "socialnamnden.html",
    "followup.html",
    "followup-area.html",
    "diff.html",
    "report.html",
]


@pytest.mark.parametrize("name", PRINT_PAGES)
def test_every_table_fits_a4_in_print(browser, site: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, site / name, A4_WIDTH)
    page.emulate_media(media="print")
    measured = page.evaluate(MEASURE)
    assert measured["scrollWidth"] <= A4_WIDTH
    for table in measured["tables"]:
        assert table["width"] <= table["room"] + 0.5, f"{table['caption']} is cut off on paper"
    page.close()


def pdf_text(page, path: Path) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    page.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
    reader = PdfReader(path)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_printed_index_holds_every_column_heading(browser, site: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, site / "index.html")
    pages, text = pdf_text(page, tmp_path / "index.pdf")
    words = text.split()
    headings = ["Organ", "FO", "1", "2", "3", "4", "5", "Totalt", "Summa"]
    headings += ["Universell", "Selektiv", "Indikerad"]
    assert [heading for heading in headings if heading not in words] == []
    for number in range(1, 6):
        assert f"FO {number}" in text
    assert "Åtgärder per organ och fokusområde" in text
    assert "67 + 37" in text  # the corner of the totals
    assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text
    assert "(Markdown)" not in text  # links to files are for the screen
    page.close()


def test_checklist_prints_to_a4_with_header_page_numbers_and_sign_off(  # type: ignore[no-untyped-def]
    browser, site: Path, tmp_path: Path
) -> None:
    page = open_page(browser, site / "socialnamnden.html")
    pages, text = pdf_text(page, tmp_path / "socialnamnden.pdf")
    assert pages <= 6  # 7 before cards could break and headings kept with what follows
    flat = " ".join(text.split())
    for action_id in ["1:3", "2:5", "3:4", "4:7", "5:7"]:
        assert f"Åtgärd {action_id}" in flat
    # The running header on every page: the plan's title and the body's checklist.
    assert flat.count("exploatering av barn 2024–2027 Socialnämnden Sida") == pages
    assert flat.count("Handlingsplan mot våld i nära relation") >= pages
    assert all(f"Sida {n} av {pages}" in flat for n in range(1, pages + 1))
    assert "Uppföljning" in flat
    assert "Genomgången vid sammanträde: Datum Initialer" in flat
    assert "Det du kryssar i" not in flat and "Alla checklistor" not in flat  # screen only
    page.close()
    screen = open_page(browser, site / "socialnamnden.html")
    assert not screen.is_visible(".signoff")
    screen.close()


BOXES = """() => [...document.querySelectorAll('.item')].map((item) => {
  const box = item.querySelector('.box');
  return {
    input: getComputedStyle(item.querySelector('input')).display,
    box: getComputedStyle(box).display,
    border: getComputedStyle(box).borderTopStyle,
    background: getComputedStyle(box).backgroundColor,
    tick: getComputedStyle(box, '::after').content,
  };
})"""


def test_followup_checklist_prints_its_period_in_the_header(
    browser, site: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, site / "followup.html")
    pages, text = pdf_text(page, tmp_path / "followup.pdf")
    flat = " ".join(text.split())
    assert flat.count("Socialnämnden · Helår 2025") >= pages
    assert "Rutinen antogs i mars" in flat and "2025-03-14" in flat
    page.close()


def test_boxes_print_hollow_and_ticks_as_ticks(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, site / "socialnamnden.html", A4_WIDTH)
    page.check("#atgard-4-4")
    page.emulate_media(media="print")
    boxes = page.evaluate(BOXES)
    assert len(boxes) == 27
    assert {(b["input"], b["box"], b["border"]) for b in boxes} == {("none", "block", "solid")}
    assert {b["background"] for b in boxes} == {"rgba(0, 0, 0, 0)"}  # hollow, never filled
    assert [b["tick"] for b in boxes].count('""') == 1  # the ticked box: a drawn tick
    assert {b["tick"] for b in boxes} == {'""', "none"}
    page.close()


CARDS = """() => [...document.querySelectorAll('.item')].map((item) => ({
  id: item.querySelector('.action-id').textContent,
  long: item.classList.contains('long'),
  height: item.getBoundingClientRect().height,
  breaks: getComputedStyle(item).breakInside,
}))"""


@pytest.mark.parametrize("name", ["socialnamnden.html", "indikerad.html", "long-cards.html"])
def test_cards_break_across_pages_only_when_longer_than_a_third(  # type: ignore[no-untyped-def]
    browser, site: Path, name: str
) -> None:
    page = open_page(browser, site / name, A4_WIDTH)
    page.emulate_media(media="print")
    cards = page.evaluate(CARDS)
    third = A4_HEIGHT / 3
    for card in cards:
        assert card["breaks"] == ("auto" if card["long"] else "avoid"), card
        # The length is estimated from the texts (print runs no script): it must agree
        # with the printed height, but for cards within a tenth of the limit.
        if card["height"] > third * 1.1:
            assert card["long"], card
        if card["height"] < third * 0.9:
            assert not card["long"], card
    if name == "long-cards.html":
        assert [card["id"] for card in cards if card["long"]] == ["Åtgärd 2:1"]
    page.close()


def test_ticks_belong_to_one_page_and_one_version_of_the_plan(  # type: ignore[no-untyped-def]
    browser, site: Path
) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "socialnamnden.html").as_uri())
    assert page.is_visible("#saved-note")
    assert page.inner_text("#saved-note") == (
        "Det du kryssar i sparas bara i den här webbläsaren, för den här checklistan och den"
        " här versionen av planen. Andra checklistor visar det inte."
    )
    page.check("#atgard-1-3")
    page.check("#atgard-4-4")
    page.reload()
    assert page.is_checked("#atgard-1-3") and page.is_checked("#atgard-4-4")
    assert not page.is_checked("#atgard-4-5")
    # Another body's page with the same action, and the level's and area's pages: no tick.
    for other, action in (
        ("kommunstyrelsen.html", "#atgard-1-3"),
        ("indikerad.html", "#atgard-4-4"),
        ("fokusomrade-4.html", "#atgard-4-4"),
    ):
        page.goto((site / other).as_uri())
        assert not page.is_checked(action), other
        assert page.evaluate("localStorage.length") == 2
    # The same page made from a plan whose actions or responsibilities changed: no tick.
    page.goto((site / "socialnamnden-changed-plan.html").as_uri())
    assert not page.is_checked("#atgard-1-3")
    page.goto((site / "socialnamnden.html").as_uri())
    page.uncheck("#atgard-4-4")
    page.reload()
    assert page.is_checked("#atgard-1-3") and not page.is_checked("#atgard-4-4")
    context.close()


def test_followup_decides_and_the_browser_cannot_change_it(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    page = context.new_page()
    # A tick a browser kept for this folder from a plain checklist changes nothing here.
    page.goto((site / "socialnamnden.html").as_uri())
    page.check("#atgard-1-5")
    page.goto((site / "followup.html").as_uri())
    assert not page.is_checked("#atgard-1-5")
    assert page.is_checked("#atgard-1-3") and page.is_checked("#atgard-4-4")
    assert page.locator("input[type=checkbox]:enabled").count() == 0
    page.click("label[for=atgard-1-5]", force=True)
    assert not page.is_checked("#atgard-1-5")
    assert page.is_visible(".item .box")  # drawn boxes, clearer than disabled native ones
    card = page.locator(".item", has=page.locator("#atgard-1-3"))
    assert card.locator("a").get_attribute("href") == "https://example.org/overenskommelse.pdf"
    assert "Genomförd" in card.inner_text() and "2025-11-30" in card.inner_text()
    assert page.inner_text("h1") == "Checklista för Socialnämnden, helår 2025"
    context.close()


def test_html_is_valid_html5(site: Path) -> None:
    require_file(VNU, "vnu.jar")
    java = shutil.which("java")
    if java is None:
        require_file("/usr/bin/java", "Java")
    pages = sorted(str(p) for p in site.glob("*.html"))
    # 22 checklists, the index, two follow-up checklists, a follow-up report and a plan diff;
    # another municipality's index and diff, a checklist with free ids and one with long cards;
    # a published build's index, checklist and statement, a report with indicators, a
    # checklist of a changed plan, and a right-to-left index and checklist.
    assert len(pages) == 38
    result = subprocess.run(
        [java or "java", "-jar", str(VNU), "--errors-only", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stderr == "" and result.returncode == 0
