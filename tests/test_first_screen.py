"""What a board secretary sees first, in Chromium: on a 390 × 844 phone and on page 1 of the
A4 print, every checklist says by when the body reports next and shows its first action;
no printed page holds less than a fifth of a page (measured from the PDF's text positions)
unless it is the only one; the short checklists print on few pages.

Every checklist of a build of the real plan (no day given: the calendar's yearly due days)
and of an invented plan with tertials, company due days and a coordinator's address (built
as of a day: the next due date).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, PLAN_PATH
from test_browser import browser, open_page  # noqa: F401 (the fixture)
from valdplan.documents.build import build_files
from valdplan.documents.environment import environment
from valdplan.files.folder import write_folder
from valdplan.plan.loader import load_plan

MM = 72 / 25.4  # PDF points per millimetre
# The page box of the print stylesheet in PDF points (from the bottom): A4 less 20 mm at the
# top and 16 mm at the bottom, where the running header and the page number stand.
CONTENT_TOP, CONTENT_BOTTOM = 842 - 20 * MM, 16 * MM
FIFTH = 0.2

REAL = load_plan(PLAN_PATH)
INVENTED = load_plan(DATA / "tertial-plan.yaml")
BUILDS = {
    "real": build_files(REAL, environment(), ("html",)),
    "invented": build_files(INVENTED, environment(), ("html",), date="2026-06-01"),
}
PAGES = [
    (build, name)
    for build, files in BUILDS.items()
    for name in sorted(files)
    if name.endswith(".html") and name != "index.html"
]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folders = {}
    for build, files in BUILDS.items():
        folder = tmp_path_factory.mktemp(build)
        write_folder(folder, files)
        folders[build] = folder
    return folders


FIRST_SCREEN = """() => {
  const box = (el) => el && el.getBoundingClientRect();
  const due = box(document.querySelector(".due strong"));
  const id = document.querySelector(".item .action-id");
  return {
    due: due && {top: due.top, bottom: due.bottom},
    dueText: document.querySelector(".due strong")?.textContent,
    id: id && {top: box(id).top, bottom: box(id).bottom},
    idText: id?.textContent,
    height: window.innerHeight,
    scrollX: document.documentElement.scrollWidth - window.innerWidth,
  };
}"""


def _baselines_into(baselines: list[float]) -> Any:
    """A pypdf text visitor that collects the baselines of the text in the content box."""

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if text.strip() and CONTENT_BOTTOM + 2 < y < CONTENT_TOP - 2:
            baselines.append(y)

    return visit


def page_fills(path: Path) -> tuple[list[float], list[str]]:
    """How far down its content box each printed page's text reaches (1 is a full page),
    from the baselines of its text outside the running header and the page number; and
    each page's text."""
    from pypdf import PdfReader

    fills, texts = [], []
    for page in PdfReader(path).pages:
        baselines: list[float] = []
        texts.append(page.extract_text(visitor_text=_baselines_into(baselines)))
        low = min(baselines, default=CONTENT_TOP)
        fills.append((CONTENT_TOP - low) / (CONTENT_TOP - CONTENT_BOTTOM))
    return fills, texts


@pytest.mark.parametrize(("build", "name"), PAGES, ids=[f"{b}-{n}" for b, n in PAGES])
def test_the_first_screen_and_page_1_say_by_when_and_show_the_first_action(  # type: ignore[no-untyped-def]
    browser,  # noqa: F811
    sites: dict[str, Path],
    tmp_path: Path,
    build: str,
    name: str,
) -> None:
    page = open_page(browser, sites[build] / name, 390)
    page.set_viewport_size({"width": 390, "height": 844})
    seen = page.evaluate(FIRST_SCREEN)
    assert seen["scrollX"] <= 0
    assert seen["due"] is not None and seen["id"] is not None, seen
    assert seen["due"]["top"] >= 0 and seen["due"]["bottom"] <= 844, seen
    assert seen["id"]["top"] >= 0 and seen["id"]["bottom"] <= 844, seen
    if build == "invented":
        assert seen["dueText"].startswith("Nästa redovisning: senast "), seen
    else:
        assert seen["dueText"] == (
            "Redovisas varje år: delår senast 30 september; helår senast 31 januari"
        )
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    fills, texts = page_fills(pdf)
    first = " ".join(texts[0].split())
    assert seen["dueText"] in first and seen["idText"] in first
    if len(fills) > 1:
        assert min(fills) >= FIFTH, fills


@pytest.mark.parametrize("build", list(BUILDS))
def test_the_index_says_by_when_first_and_wastes_no_paper(  # type: ignore[no-untyped-def]
    browser,  # noqa: F811
    sites: dict[str, Path],
    tmp_path: Path,
    build: str,
) -> None:
    page = open_page(browser, sites[build] / "index.html", 390)
    page.set_viewport_size({"width": 390, "height": 844})
    seen = page.evaluate(FIRST_SCREEN)
    assert seen["due"] is not None and seen["due"]["bottom"] <= 844, seen
    pdf = tmp_path / "index.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    fills, texts = page_fills(pdf)
    assert seen["dueText"] in " ".join(texts[0].split())
    if build == "real":
        # Its overview's second table no longer stands alone on the last page. (The invented
        # plan's index still ends with its second table alone, on a sixth of a page.)
        assert len(fills) == 3 and min(fills) >= FIFTH, fills


def test_short_checklists_print_on_few_pages(  # type: ignore[no-untyped-def]
    browser,  # noqa: F811
    sites: dict[str, Path],
    tmp_path: Path,
) -> None:
    counts = {}
    for name in ("telge-bostader.html", "socialnamnden.html", "telge-ab.html"):
        page = open_page(browser, sites["real"] / name)
        pdf = tmp_path / f"{name}.pdf"
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
        page.close()
        counts[name] = len(page_fills(pdf)[0])
    # Telge Bostäder's 4 actions took 3 pages, the last holding only the follow-up;
    # Socialnämnden's 27 took 6.
    assert counts == {"telge-bostader.html": 2, "socialnamnden.html": 6, "telge-ab.html": 1}


def test_due_dates_follow_the_day_and_the_body_kind() -> None:
    """As of 1 June 2026 a board's next answer is tertial 2's, a company's still tertial 1's
    (its own later day); without a day, the yearly days, a company's where they differ."""
    dated = BUILDS["invented"]
    index, company = dated["index.html"], dated["tertialby-bostader-ab.html"]
    assert isinstance(index, str) and isinstance(company, str)
    assert (
        '<p class="due"><strong>Nästa redovisning: senast 20 september 2026 (tertial 2 2026)'
        '</strong> <span class="how">Redovisa i tertialrapport 2, till Kommunledningskontoret'
        " (uppfoljning@tertialby.example).</span></p>"
    ) in index
    assert index.count("Nästa redovisning: senast 20 september 2026 (tertial 2 2026)") == 3
    assert index.count("Nästa redovisning: senast 10 juni 2026 (tertial 1 2026)") == 1
    assert "<strong>Nästa redovisning: senast 10 juni 2026 (tertial 1 2026)</strong>" in company
    undated = build_files(INVENTED, environment(), ("md",))["README.md"]
    assert isinstance(undated, str)
    assert (
        "**Redovisas varje år: tertial 1 senast 20 maj; tertial 2 senast 20 september; tertial 3"
        " senast 25 januari.** Redovisa i tertialrapport 1, tertialrapport 2 och årsredovisning,"
        " till Kommunledningskontoret (uppfoljning@tertialby.example).\n"
    ) in undated
    companies = [line for line in undated.splitlines() if "senast 10 juni" in line]
    assert len(companies) == 1 and companies[0].startswith("- [Tertialby Bostäder AB]")
