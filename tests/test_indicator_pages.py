"""Indicators and goals in the pages: the report and the index of the invented plan with its
snapshot show each indicator's last values, "–" for a missing one (never 0), the trend as
an arrow with the same in words, and Kolada's source line; the goals overview counts
actions per goal and focus area. The invented plan runs through every new command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA
from kolada_replay import kolada_replay
from valdplan.documents.build import build_files
from valdplan.documents.environment import environment
from valdplan.documents.report import render_report
from valdplan.followup.loading import load_followup
from valdplan.indicators.snapshot import load_snapshot
from valdplan.plan.loader import load_plan

PLAN = load_plan(DATA / "goals-plan.yaml")
SNAPSHOT = load_snapshot(DATA / "kolada" / "indicators.json")
FOLLOWUP = load_followup(DATA / "kolada" / "helar-2025.yaml", PLAN).followup
SOURCE_LINE = "Källa: Kolada (RKA), producent Exempelmyndigheten, hämtat 2026-11-30"


@pytest.fixture(scope="module")
def index() -> dict[str, str | bytes]:
    return build_files(PLAN, environment(), ("md", "html"), "sv", None, SNAPSHOT)


def test_index_table_shows_a_missing_year_as_a_dash(index) -> None:  # type: ignore[no-untyped-def]
    html = str(index["index.html"])
    row = html.split('<th scope="row">Exempelby</th>', 1)[1].split("</tr>", 1)[0]
    # 2024 is missing: a dash, never 0; then the trend.
    assert row.startswith('\n<td>12,5</td>\n<td>11,9</td>\n<td>–</td>\n<td class="trend">')
    readme = str(index["README.md"])
    assert "| Exempelby | 12,5 | 11,9 | – | ↓ ned från 12,5 år 2022, bättre |" in readme


def test_trend_arrow_has_a_text_equivalent(index) -> None:  # type: ignore[no-untyped-def]
    html = str(index["index.html"])
    assert (
        '<td class="trend"><span aria-hidden="true">↓ </span>ned från 12,5 år 2022, bättre</td>'
    ) in html
    assert (
        '<td class="trend"><span aria-hidden="true">↑ </span>upp från 71 år 2023, bättre</td>'
    ) in html
    assert "Exempelby 2023: 11,9; sämre än Region Exempel (10,4); sämre än Riket (9,7)." in html


def test_source_line_names_kolada_the_producer_and_the_date(index) -> None:  # type: ignore[no-untyped-def]
    html = str(index["index.html"])
    assert f'<p class="note source">{SOURCE_LINE}</p>' in html
    assert "Källa: Kolada (RKA), producent Exempelinstitutet, hämtat 2026-11-30" in html
    assert f"\n{SOURCE_LINE}\n" in str(index["README.md"])


def test_report_shows_the_indicators_and_the_goals() -> None:
    env = environment()
    html = render_report(PLAN, FOLLOWUP, None, "html", env, indicators=SNAPSHOT)
    assert '<a href="#indikatorer">Indikatorer</a>' in html and '<a href="#mal">Mål</a>' in html
    assert f'<p class="note source">{SOURCE_LINE}</p>' in html
    assert "<td>–</td>" in html and "<td>0</td>" not in html
    md = render_report(PLAN, FOLLOWUP, None, "md", env, indicators=SNAPSHOT)
    assert "| Exempelby | 12,5 | 11,9 | – | ↓ ned från 12,5 år 2022, bättre |" in md
    assert "- Alla barn växer upp tryggt (lokal; källa: Exempelbys mål och budget)" in md
    # Without a snapshot neither the section nor its entry in the contents is there.
    plain = render_report(PLAN, FOLLOWUP, None, "html", env)
    assert "indikatorer" not in plain


def test_index_overview_counts_actions_per_goal_and_focus_area(index) -> None:  # type: ignore[no-untyped-def]
    readme = str(index["README.md"])
    rows = [line for line in readme.splitlines() if line.startswith("| ") and "källa" not in line]
    goal_rows = [line for line in readme.splitlines() if "(global;" in line or "(regional;" in line
                 or "(lokal;" in line]  # fmt: skip
    assert goal_rows == [
        "| [Ett globalt mål om hälsa](<https://example.org/program#mal-1>) (global; Ett globalt"
        " program) | 2 | 1 | 3 |",
        "| Färre utsätts för våld i länet (regional; Länets strategi) | 2 | – | 2 |",
        "| Alla barn växer upp tryggt (lokal; Exempelbys mål och budget) | 1 | 1 | 2 |",
    ]
    assert rows


def test_the_invented_plan_runs_through_every_new_command(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(DATA / "goals-plan.yaml", plan)
    served = run("actions", "--goal", "lokal-3", "--format", "json", "--plan", str(plan))
    assert served.exit_code == 0
    assert [(a["id"], a["goals"]) for a in json.loads(served.stdout)] == [
        ("1:1", ["lokal-3", "regional-2", "global-1"]),
        ("2:1", ["lokal-3", "global-1"]),
    ]
    with kolada_replay() as kolada:
        fetched = run("indicators", "fetch", "--api-url", kolada.api_url, "--date",
                      "2026-11-30", "--plan", str(plan))  # fmt: skip
        found = run("indicators", "search", "trygg", "--api-url", kolada.api_url, "--format",
                    "csv")  # fmt: skip
    assert fetched.exit_code == 0 and found.exit_code == 0
    assert found.stdout.splitlines()[1].startswith("N99902,")
    out = tmp_path / "site"
    built = run("build", str(out), "--publishing", str(DATA.parent.parent / "docs" / "examples"
                / "publishing.yaml"), "--followup", str(DATA / "kolada" / "helar-2025.yaml"),
                "--plan", str(plan))  # fmt: skip
    assert built.exit_code == 0, built.stderr
    assert SOURCE_LINE in (out / "index.html").read_text(encoding="utf-8")
    report = run("followup", "report", str(DATA / "kolada" / "helar-2025.yaml"), "--format",
                 "md", "--plan", str(plan))  # fmt: skip
    assert report.exit_code == 0 and SOURCE_LINE in report.stdout


def test_unknown_goal_on_the_command_line_is_named_with_a_suggestion(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "--goal", "lokal-4", "--plan", str(DATA / "goals-plan.yaml"))
    assert result.exit_code == 1
    assert result.stderr == "error: unknown goal 'lokal-4'; did you mean lokal-3?\n"
