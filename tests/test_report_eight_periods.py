"""The report over the whole plan period: eight follow-up files (delår and helår 2024–2027,
made by tests/data/followup/eight-periods/make_fixtures.py the way the coordinator's year
runs), most pairs reported with comments, the two councils never answering."""

from __future__ import annotations

import json

from conftest import DATA, PLAN_PATH

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
