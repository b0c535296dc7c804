"""The follow-up report's HTML in a real headless Chromium, as tests/test_browser.py drives
it (Debian's chromium through Playwright, axe-core from .ci/node_modules): at 320 and 1280
pixels, in light and dark scheme, nothing scrolls sideways and axe finds no WCAG 2.0/2.1 A
or AA violation; it prints to A4 with all its text and nothing cut; and the status colours
stay apart for a reader with deuteranopia.

Without the tools the tests skip locally; under CI (CI=true) a missing tool is a failure.
"""

from __future__ import annotations

import itertools
import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH, ROOT, require_file
from valdplan.documents.environment import environment
from valdplan.documents.report import render_report
from valdplan.followup.loading import load_followup
from valdplan.plan.loader import load_plan

AXE = Path(
    os.environ.get("VALDPLAN_AXE", ROOT / ".ci" / "node_modules" / "axe-core" / "axe.min.js")
)
CHROMIUM = os.environ.get("VALDPLAN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_ARGS = ["--disable-gpu", "--no-first-run", "--disable-background-networking"]
PERIOD = DATA / "followup" / "plan-period"
STATUSES = ["genomford", "pagaende", "ej-paborjad", "ej-aktuell", "saknas"]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = load_plan(PLAN_PATH)
    files = [
        load_followup(PERIOD / name, plan).followup
        for name in ("helar-2024.yaml", "delar-2025.yaml", "helar-2025.yaml")
    ]
    html = render_report(
        plan, files[2], None, "html", environment(), earlier=files[:2], date="2026-02-10"
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 1280])
def test_nothing_sideways_and_axe_clean(
    browser, report_page: Path, width: int, scheme: str
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, report_page, width, scheme)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    # Every bar and every label inside a segment is whole: nothing is cut.
    cut = page.evaluate(
        """() => [...document.querySelectorAll('.bar, .seg-text')]
            .filter(el => el.offsetParent !== null)
            .filter(el => el.scrollWidth > Math.ceil(el.getBoundingClientRect().width) + 1
                || el.getBoundingClientRect().right > innerWidth)
            .map(el => el.textContent)"""
    )
    assert cut == []
    shown = page.evaluate(
        "[...document.querySelectorAll('.seg-text')].filter(e => e.offsetParent).length"
    )
    assert shown >= 20  # the larger segments carry their share
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    violations = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']})"
        for v in result["violations"]
    ]
    assert violations == []
    assert len(result["passes"]) > 10
    page.close()


def test_the_report_prints_to_a4_with_all_its_text(
    browser, report_page: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    page = open_page(browser, report_page)
    pdf = tmp_path / "report.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    reader = PdfReader(pdf)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    pages = len(reader.pages)
    assert 8 <= pages <= 40
    # NFKC: the PDF's fonts set "ff" and "fi" as ligatures.
    texts = [unicodedata.normalize("NFKC", p.extract_text()) for p in reader.pages]
    text = " ".join(" ".join(texts).split())
    for expected in [
        "Uppföljning helår 2025",
        "Helår 2025",
        "Skapad 2026-02-10",
        "Över planperioden",
        "Åtgärd för åtgärd",
        "Genomförda",
        "Ej aktuella",
        "Redovisning per organ",
        "Kommunala funktionshinderrådet",
        "Överenskommelse om idéburet offentligt partnerskap (IOP) & gemensam utbildning",
        "samverkansformerna <bilaga 2> i oktober",
        "https://example.org/overenskommelse.pdf",
    ]:
        assert expected in text, expected
    # Every page has the print header with the period, and its number of the whole.
    for number, page_text in enumerate(texts, start=1):
        assert "Södertälje kommun · Uppföljning helår 2025" in page_text
        assert f"Sida {number} av {pages}" in page_text
    page.close()


def test_nothing_is_cut_in_print(browser, report_page: Path) -> None:  # type: ignore[no-untyped-def]
    # An A4 page less the margins of _styles.css is 178 mm wide: 673 CSS pixels.
    page = open_page(browser, report_page, width=673)
    page.emulate_media(media="print")
    overflowing = page.evaluate(
        """() => [...document.querySelectorAll('.table-wrap, .chart, .bar, main')]
            .filter(el => el.scrollWidth > el.clientWidth + 1)
            .map(el => el.className || el.tagName)"""
    )
    assert overflowing == []
    # Table headers repeat on every printed page.
    assert page.evaluate(
        "[...document.querySelectorAll('thead')].every("
        "h => getComputedStyle(h).display === 'table-header-group')"
    )
    page.close()


# Simulating deuteranopia: Machado, Oliveira and Fernandes, "A Physiologically-based Model
# for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009; their matrix for
# deuteranomaly at severity 1.0, applied to linear RGB. Differences are CIE76 ΔE in CIELAB
# (D65 white).
DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)


def _linear(channel: float) -> float:
    channel /= 255
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def seen_with_deuteranopia(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """The CIELAB colour a reader with deuteranopia sees for sRGB ``rgb``."""
    linear = [_linear(c) for c in rgb]
    r, g, b = (
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True))))
        for row in DEUTERANOPIA
    )
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def delta_e(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    a, b = seen_with_deuteranopia(first), seen_with_deuteranopia(second)
    return float(sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5)


def test_the_simulation_sees_the_old_palettes_problem() -> None:
    # The report's old green (genomförd) and grey (ej aktuell): 19 apart, too close.
    assert delta_e((0x1B, 0x6E, 0x3C), (0x6B, 0x6B, 0x6B)) < 20
    assert delta_e((0x1B, 0x6E, 0x3C), (0x2F, 0x6F, 0xB5)) > 60  # green and blue stay apart


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_status_colours_differ_under_deuteranopia(browser, report_page: Path, scheme: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, report_page, 1280, scheme)
    colours = {}
    for status in STATUSES:
        css = page.evaluate(
            "s => getComputedStyle(document.querySelector('.legend .seg-' + s)).backgroundColor",
            status,
        )
        channels = tuple(int(part) for part in css[css.index("(") + 1 : -1].split(",")[:3])
        colours[status] = channels
    assert len(set(colours.values())) == 5
    differences = {
        (a, b): round(delta_e(colours[a], colours[b]), 1)
        for a, b in itertools.combinations(STATUSES, 2)
    }
    assert min(differences.values()) >= 20, differences
    page.close()
