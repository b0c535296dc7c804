"""The report over the whole plan period: eight follow-up files (delår and helår 2024–2027,
made by tests/data/followup/eight-periods/make_fixtures.py the way the coordinator's year
runs), most pairs reported with comments, the two councils never answering, and the
coordinator's assessment, recommendations and prerequisites' status in the last file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import test_report_pages
from conftest import DATA, PLAN_PATH, require_tool
from test_report_pages import AXE, open_page

browser = test_report_pages.browser  # the module's Chromium, a fixture

EIGHT = DATA / "followup" / "eight-periods"
FILES = sorted(str(path) for path in EIGHT.glob("*.yaml"))
P = ("--plan", str(PLAN_PATH))


def counts(
    genomford: int, pagaende: int, ej_paborjad: int, ej_aktuell: int, saknas: int
) -> dict[str, int]:
    return {
        "ej-paborjad": ej_paborjad,
        "pagaende": pagaende,
        "genomford": genomford,
        "ej-aktuell": ej_aktuell,
        "saknas": saknas,
    }


def test_the_fixture_moves_on_over_eight_periods(run) -> None:  # type: ignore[no-untyped-def]
    result = run("followup", "report", *FILES, "--format", "json", *P)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(p["part"], p["year"], p["counts"]) for p in data["periods"]] == [
        ("delår", 2024, counts(0, 21, 70, 1, 12)),
        ("helår", 2024, counts(0, 50, 47, 3, 4)),
        ("delår", 2025, counts(2, 74, 19, 1, 8)),
        ("helår", 2025, counts(20, 72, 5, 3, 4)),
        ("delår", 2026, counts(26, 62, 5, 1, 10)),
        ("helår", 2026, counts(46, 45, 5, 4, 4)),
        ("delår", 2027, counts(66, 25, 5, 2, 6)),
        ("helår", 2027, counts(75, 12, 5, 4, 8)),
    ]
    assert data["silent_bodies"] == [
        "Telge Bostäder", "Kommunala pensionärsrådet", "Kommunala funktionshinderrådet"
    ]  # fmt: skip
    assert data["actions_by_status"] == counts(19, 10, 3, 1, 0)
    assert sum(data["actions_by_status"].values()) == 33
    reported = [pair for pair in data["pairs"] if pair["status"] in ("genomford", "pagaende")]
    assert all(pair["comment"] for pair in reported)
    # The coordinator's text of the last period: the pages below are measured with it.
    assessment = data["assessment"]
    assert assessment["assessment"].startswith("Planperioden avslutas med 19 av 33 åtgärder")
    assert [len(area["prerequisites"]) for area in assessment["focus_areas"]] == [2, 2, 2, 2, 3]
    assert [p["status"] for p in assessment["focus_areas"][1]["prerequisites"]] == [
        "delvis", "ej-pa-plats",
    ]  # fmt: skip


# Page counts and the browser: the report over the eight periods, printed as a board reads it.
def axe_clean(page) -> None:  # type: ignore[no-untyped-def]
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    )
    assert [f"{v['id']}: {v['nodes'][0]['target']}" for v in result["violations"]] == []


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report over the eight periods: HTML and Word, whole and main part only."""
    from typer.testing import CliRunner

    from valdplan.cli.main import app_for

    folder = tmp_path_factory.mktemp("eight")
    paths = {}
    for fmt in ("html", "docx"):
        for part, extra in (("main", ["--no-appendix"]), ("whole", [])):
            path = folder / f"{part}.{fmt}"
            args = ["followup", "report", *FILES, "--format", fmt, "-o", str(path), *extra]
            args += ["--date", "2028-02-10", *P]
            result = CliRunner().invoke(app_for(args), args)
            assert result.exit_code == 0, result.output
            paths[f"{part}.{fmt}"] = path
    return paths


def pdf_pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def chromium_pages(browser, html: Path, pdf: Path) -> int:  # type: ignore[no-untyped-def]
    page = open_page(browser, html)
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    return pdf_pages(pdf)


def word_pages(docx: Path, folder: Path) -> int:
    soffice = require_tool("soffice")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return pdf_pages(folder / f"{docx.stem}.pdf")


def test_the_main_part_prints_on_six_a4_pages_and_the_whole_on_fourteen(
    browser, reports: dict[str, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert chromium_pages(browser, reports["main.html"], tmp_path / "main.pdf") <= 6
    assert chromium_pages(browser, reports["whole.html"], tmp_path / "whole.pdf") <= 14


def test_the_word_main_part_is_six_pages_or_fewer(reports: dict[str, Path], tmp_path: Path) -> None:
    assert word_pages(reports["main.docx"], tmp_path) <= 6


def test_the_whole_word_report_is_fourteen_pages_or_fewer(
    reports: dict[str, Path], tmp_path: Path
) -> None:
    assert word_pages(reports["whole.docx"], tmp_path) <= 14


TABLES_WIDER = """() => [...document.querySelectorAll('main table')]
    .filter(t => t.offsetParent !== null)
    .filter(t => getComputedStyle(t.parentElement).position !== 'absolute')  // for readers
    .filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1)
    .map(t => t.getAttribute('aria-labelledby'))"""


def test_no_table_is_wider_than_its_container_at_1280_and_on_a4(browser, reports) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, reports["whole.html"], 1280)
    assert page.evaluate(TABLES_WIDER) == []
    page.close()
    page = open_page(browser, reports["whole.html"], 673)  # A4 less the print margins
    page.emulate_media(media="print")
    assert page.evaluate(TABLES_WIDER) == []
    page.close()


FIRST_CELLS_HIDDEN = """() => {
  const wrap = document.querySelector('table.history').parentElement;
  const box = wrap.getBoundingClientRect();
  return [...wrap.querySelectorAll('tbody tr')].map(row => {
    const first = row.querySelector('.sticky') || row.cells[0];
    const r = first.getBoundingClientRect();
    return r.left >= box.left - 1 && r.left < box.right - 20 ? null : first.textContent;
  }).filter(Boolean);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_at_320_nothing_scrolls_sideways_the_history_keeps_its_names_and_axe_is_clean(
    browser, reports, scheme: str
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, reports["whole.html"], 320, scheme)
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    wrap = "document.querySelector('table.history').parentElement"
    widest = page.evaluate(f"{wrap}.scrollWidth - {wrap}.clientWidth")
    assert widest > 300  # eight periods do scroll inside their region on a phone
    for position in (0, widest // 3, widest // 2, widest):
        page.evaluate(f"{wrap}.scrollLeft = {position}")
        assert page.evaluate(FIRST_CELLS_HIDDEN) == [], position
    # Column headers break between words only ("Delår 2024", never "Del|år").
    assert page.evaluate(
        """[...document.querySelectorAll('main thead th')].every(th => {
            const style = getComputedStyle(th);
            return style.overflowWrap === 'normal' && style.hyphens === 'manual'
                && style.wordBreak === 'normal';
        })"""
    )
    axe_clean(page)
    page.close()


def test_a_change_is_marked_by_a_symbol_and_words(reports) -> None:  # type: ignore[no-untyped-def]
    html = reports["whole.html"].read_text(encoding="utf-8")
    assert (
        '<span class="change-mark" aria-hidden="true">→&nbsp;</span><span class="swatch'
        ' seg-genomford" aria-hidden="true"></span>Genomförd<span class="visually-hidden">'
        " (ändrad)</span>"
    ) in html
    assert (
        '<td class="status same"><span aria-hidden="true">·</span><span'
        ' class="visually-hidden">Genomförd (oförändrad)</span></td>'
    ) in html
