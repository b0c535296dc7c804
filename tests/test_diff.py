"""valdplan diff against a hand-made older plan (tests/data/plan-2021-2023.yaml)."""

from __future__ import annotations

import json

from conftest import DATA, PLAN_PATH, ROOT
from valdplan.plan.diff import compare
from valdplan.plan.loader import load_plan

OLD = str(DATA / "plan-2021-2023.yaml")
NEW = str(PLAN_PATH)


def test_changes_as_data() -> None:
    changes = compare(load_plan(OLD), load_plan(NEW))
    assert changes["equal"] is False
    assert changes["metadata"]["period"] == {"from": "2021–2023", "to": "2024–2027"}
    assert changes["focus_areas"]["renamed"] == [
        {
            "number": 4,
            "from": "Våldsutsatta vuxna och barn har tillgång till insatser utifrån sina behov",
            "to": "Våldsutsatta vuxna och barn erbjuds insatser utifrån sina specifika behov",
        }
    ]
    assert changes["bodies"] == {
        "added": [{"id": "telge-ab", "name": "Telge AB", "kind": "company"}],
        "removed": [],
        "renamed": [],
    }
    actions = changes["actions"]
    assert [(a["id"], a.get("moved_from")) for a in actions["added"]] == [
        ("4:7", "4:8"),
        ("5:9", None),
    ]
    assert [(a["id"], a.get("moved_to")) for a in actions["removed"]] == [
        ("1:7", None),
        ("4:8", "4:7"),
    ]
    assert [c["id"] for c in actions["changed"]] == ["2:1", "3:1", "4:4"]
    assert actions["changed"][1]["levels"] == {
        "from": ["indikerad"],
        "to": ["indikerad", "selektiv"],
    }
    assert actions["changed"][2]["bodies"] == [
        {"body": "Kommunstyrelsen", "from": "responsible", "to": None},
        {"body": "Socialnämnden", "from": "co-responsible", "to": "responsible"},
    ]
    assert changes["other"] == ["replaces"]


def test_markdown_annex_reads_as_swedish(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", OLD, NEW)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "- Åtgärd 4:4: Socialnämnden är nu ansvarig; tidigare medansvarig." in lines
    assert "- Åtgärd 4:4: Kommunstyrelsen är inte längre ansvarig." in lines
    assert "- Åtgärd 4:8 har nu nummer 4:7 (samma text)." in lines
    assert "- Åtgärd 3:1: preventionsnivå nu Indikerad, Selektiv; tidigare Indikerad." in lines
    assert (
        "- Åtgärd 1:7 har tagits bort: Genomföra utbildning om våld i nära relation för"
        " föreningslivet."
    ) in lines
    assert "- Nytt organ: Telge AB (bolag)." in lines
    assert "- Även dessa delar har ändrats: vilken plan den ersätter." in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Övergripande",
        "## Fokusområden",
        "## Nämnder, bolag och råd",
        "## Nya nummer",
        "## Nya åtgärder",
        "## Borttagna åtgärder",
        "## Ändrade åtgärder",
    ]


def test_equal_plans_exit_0(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", NEW, NEW, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["equal"] is True
    assert data["actions"] == {"added": [], "removed": [], "changed": []}
    assert "Planerna är lika." in run("diff", NEW, NEW).stdout


def test_errors_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", str(DATA / "bad" / "unknown-level.yaml"), NEW)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{DATA / 'bad' / 'unknown-level.yaml'}:31:18: ")
    missing = run("diff", str(ROOT / "nope.yaml"), NEW)
    assert missing.exit_code == 2
    assert missing.stderr == f"{ROOT / 'nope.yaml'}:1:1: no such file\n"


def test_html_annex(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", OLD, NEW, "--format", "html")
    assert result.exit_code == 1
    assert result.stdout.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert (
        "<li>Åtgärd 4:4: Socialnämnden är nu ansvarig; tidigare medansvarig.</li>" in result.stdout
    )
