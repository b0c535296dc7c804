"""Generated HTML in a real headless Chromium: axe-core finds no WCAG 2.0/2.1 A or AA
violations, the page prints to A4 PDF with its text, and the Nu Html Checker finds no errors.

The tools come from .ci/run (Debian's chromium, npm's axe-core and vnu-jar in .ci/). Without
them the tests skip locally; under CI (CI=true) a missing tool is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH, ROOT
from valdplan.documents.build import build_files
from valdplan.documents.diff_annex import render_diff
from valdplan.documents.environment import environment
from valdplan.documents.report import render_report
from valdplan.files.folder import write_folder
from valdplan.followup.loading import load_followup
from valdplan.plan.loader import load_plan

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


def require(path: Path | str, what: str) -> None:
    if Path(path).is_file():
        return
    message = f"{what} not found at {path}; .ci/run installs it"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    plan = load_plan(PLAN_PATH)
    files = build_files(plan, environment(), ("md", "html"))
    current = load_followup(DATA / "followup" / "helar-2025.yaml", plan).followup
    previous = load_followup(DATA / "followup" / "delar-2025.yaml", plan).followup
    files["report.html"] = render_report(plan, current, previous, "html", environment())
    older = load_plan(DATA / "plan-2021-2023.yaml")
    files["diff.html"] = render_diff(older, plan, "html", environment())[0]
    # Other municipalities' plans: their own body kinds, and free ids whose anchors clash.
    second = load_plan(DATA / "second-municipality.yaml")
    files["second-index.html"] = build_files(second, environment(), ("html",))["index.html"]
    other = load_plan(DATA / "other-municipality.yaml")
    files["second-diff.html"] = render_diff(other, second, "html", environment())[0]
    free = build_files(load_plan(DATA / "free-ids.yaml"), environment(), ("html",))
    files["free-ids.html"] = free["kommunstyrelsen.html"]
    write_folder(folder, files)
    return folder


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    require(CHROMIUM, "Chromium")
    require(AXE, "axe-core")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def open_page(browser, path: Path):  # type: ignore[no-untyped-def]
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    assert requests == [path.as_uri()], "the page must not load anything else"
    return page


@pytest.mark.parametrize(
    "name",
    [
        "socialnamnden.html",
        "index.html",
        "fokusomrade-5.html",
        "universell.html",
        "report.html",
        "diff.html",
        "second-index.html",
        "second-diff.html",
        "free-ids.html",
    ],
)
def test_axe_finds_no_wcag_a_or_aa_violations(browser, site: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, site / name)
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


def test_checklist_prints_to_a4_with_every_action(browser, site: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    page = open_page(browser, site / "socialnamnden.html")
    pdf = tmp_path / "socialnamnden.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    reader = PdfReader(pdf)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert 4 <= len(reader.pages) <= 12
    text = " ".join(p.extract_text() for p in reader.pages)
    for action_id in ["1:3", "2:5", "3:4", "4:7", "5:7"]:
        assert f"Åtgärd {action_id}" in text
    assert "Uppföljning" in text
    assert "Bockarna sparas" not in text  # screen-only note is hidden in print
    page.close()


def test_ticks_are_remembered_in_local_storage(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(browser, site / "socialnamnden.html")
    page.check("#atgard-4-4")
    page.reload()
    assert page.is_checked("#atgard-4-4")
    assert not page.is_checked("#atgard-4-5")
    page.close()


def test_html_is_valid_html5(site: Path) -> None:
    require(VNU, "vnu.jar")
    java = shutil.which("java")
    if java is None:
        require("/usr/bin/java", "Java")
    pages = sorted(str(p) for p in site.glob("*.html"))
    # 22 checklists, the index, a follow-up report and a plan diff; another municipality's
    # index and diff, and a checklist with free ids.
    assert len(pages) == 28
    result = subprocess.run(
        [java or "java", "-jar", str(VNU), "--errors-only", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stderr == "" and result.returncode == 0
