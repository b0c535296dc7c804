"""valdplan indicators fetch and search against a local replay of Kolada's API v3
(tests/kolada_replay.py): the snapshot written, paging, retries, timeouts, offline."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

from conftest import DATA
from kolada_replay import kolada_replay
from valdplan.errors import NetworkProblem
from valdplan.indicators.kolada import Kolada, chunks
from valdplan.indicators.snapshot import load_snapshot, producer_of

PLAN = DATA / "goals-plan.yaml"
EXPECTED = DATA / "kolada" / "indicators.json"
YEARS = ",".join(str(year) for year in range(2020, 2027))
DATA_PATH = f"/v3/data/kpi/N99901,N99902/municipality/0000,0001,9999/year/{YEARS}"


@pytest.fixture
def plan_copy(tmp_path: Path) -> Path:
    """The invented plan in a folder of its own (the snapshot is written beside it)."""
    target = tmp_path / "plan.yaml"
    shutil.copyfile(PLAN, target)
    return target


def _fetch(run, plan: Path, api_url: str, *more: str):  # type: ignore[no-untyped-def]
    return run("indicators", "fetch", "--plan", str(plan), "--api-url", api_url, *more)


def test_fetch_writes_the_expected_snapshot(run, plan_copy: Path) -> None:  # type: ignore[no-untyped-def]
    with kolada_replay() as kolada:
        result = _fetch(run, plan_copy, kolada.api_url, "--date", "2026-11-30")
    assert result.exit_code == 0, result.stderr
    written = plan_copy.parent / "indicators.json"
    assert result.stdout == f"{written}: 2 indicators, 2020–2026, fetched 2026-11-30\n"
    assert result.stderr == ""
    assert written.read_bytes() == EXPECTED.read_bytes()
    # The metadata failed once (HTTP 500) and was asked again; the data came in two pages.
    assert kolada.asked == [
        "/v3/kpi/N99901,N99902",
        "/v3/kpi/N99901,N99902",
        "/v3/municipality/0000,0001,9999",
        DATA_PATH,
        f"{DATA_PATH}?page=2&per_page=5",
    ]


def test_snapshot_holds_values_by_year_and_gender_title_producer_and_a_missing_value() -> None:
    snapshot = load_snapshot(EXPECTED)
    assert snapshot.fetched == "2026-11-30"
    first, second = snapshot.indicators
    assert first.title == "Invånare som uppger att de utsatts för våld, andel (%)"
    assert first.producer == "Exempelmyndigheten"
    assert first.values["9999"]["2023"] == {"T": 11.9, "K": 13.0, "M": 10.7}
    # Kolada answered null for 2024: kept as missing, never as 0.
    assert first.values["9999"]["2024"] == {"T": None, "K": None, "M": None}
    assert "2024" not in first.values["0000"]  # a year Kolada did not answer at all
    assert second.values["9999"]["2024"] == {"T": 74.5}  # not divided by gender
    assert snapshot.areas == {"0000": "Riket", "0001": "Region Exempel", "9999": "Exempelby"}


def test_same_answers_and_date_give_the_same_bytes(run, plan_copy: Path) -> None:  # type: ignore[no-untyped-def]
    written = plan_copy.parent / "indicators.json"
    contents = []
    for _ in range(2):
        with kolada_replay() as kolada:  # a new server, on another port, each time
            assert _fetch(run, plan_copy, kolada.api_url, "--date", "2026-11-30").exit_code == 0
        contents.append(written.read_bytes())
    assert contents[0] == contents[1]


def test_offline_fails_clearly_after_three_tries(run, plan_copy: Path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    api = f"http://127.0.0.1:{port}/v3"
    result = _fetch(run, plan_copy, api, "--date", "2026-11-30")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"error: cannot fetch {api}/kpi/N99901,N99902: cannot connect (ConnectError), after 3"
        " tries; indicators fetch needs the network (or --api-url for a mirror)\n"
    )
    assert not (plan_copy.parent / "indicators.json").exists()


def test_a_timeout_is_retried_then_reported() -> None:
    waits: list[float] = []
    with kolada_replay() as replay:
        kolada = Kolada(replay.api_url, timeout=0.3, sleep=waits.append)
        with pytest.raises(NetworkProblem) as caught:
            kolada.search("långsam")
    assert str(caught.value) == (
        f"cannot fetch {replay.api_url}/kpi?title=l%C3%A5ngsam: no answer within 0.3 seconds,"
        " after 3 tries; indicators fetch needs the network (or --api-url for a mirror)"
    )
    assert replay.asked == ["/v3/kpi?title=l%C3%A5ngsam"] * 3
    assert waits == [0.5, 1.0]  # backoff doubles; no wait after the last try


def test_a_500_then_success_is_one_result() -> None:
    waits: list[float] = []
    with kolada_replay() as replay:
        kpis = Kolada(replay.api_url, sleep=waits.append).kpis(["N99902", "N99901"])
    assert [kpi["id"] for kpi in kpis] == ["N99901", "N99902"]
    assert waits == [0.5]


def test_a_client_error_is_not_retried() -> None:
    with (
        kolada_replay() as replay,
        pytest.raises(NetworkProblem, match="HTTP status 404, after 1 tries"),
    ):
        Kolada(replay.api_url, sleep=lambda _: None).kpis(["N00000"])
    assert replay.asked == ["/v3/kpi/N00000"]


def test_next_url_elsewhere_is_never_fetched() -> None:
    answers = {
        "/v3/kpi?title=x": {
            "body": {"values": [], "count": 0, "next_url": "https://example.org/v3/kpi?page=2"}
        }
    }
    with (
        kolada_replay(answers) as replay,
        pytest.raises(NetworkProblem, match="is not at http://127.0.0.1"),
    ):
        Kolada(replay.api_url).search("x")
    assert replay.asked == ["/v3/kpi?title=x"]


def test_requests_ask_at_most_25_of_each() -> None:
    assert [len(part) for part in chunks(list(range(60)))] == [25, 25, 10]


def test_search_lists_ids_and_titles(run) -> None:  # type: ignore[no-untyped-def]
    with kolada_replay() as kolada:
        result = run(
            "indicators", "search", "trygg", "--api-url", kolada.api_url, "--format", "json"
        )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"id": "N99902", "title": "Elever i årskurs 9 som känner sig trygga i skolan, andel (%)"}
    ]


def test_fetch_needs_a_plan_file_of_ones_own(run, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = run("indicators", "fetch", "--api-url", "http://127.0.0.1:9/v3")
    assert result.exit_code == 1
    assert result.stderr == (
        "error: indicators fetch writes beside the plan: pass --plan FILE or run where your"
        " plan.yaml is\n"
    )


def test_a_plan_without_indicators_has_nothing_to_fetch(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(DATA / "other-municipality.yaml", plan)
    result = run("indicators", "fetch", "--plan", str(plan), "--api-url", "http://127.0.0.1:9/v3")
    assert result.exit_code == 1
    assert result.stderr == (
        "error: the plan lists no indicators (indicators:); nothing to fetch\n"
    )


def test_producer_is_the_source_kolada_names_last() -> None:
    assert producer_of({"description": "Andel elever. Källa: SCB."}) == "SCB"
    assert producer_of({"description": "Andel elever."}) is None
    assert producer_of({}) is None


def test_a_snapshot_that_is_not_one_is_a_located_problem(tmp_path: Path) -> None:
    from valdplan.errors import FileProblems

    path = tmp_path / "indicators.json"
    path.write_text('{"source": "Kolada (RKA)"}', encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_snapshot(path)
    assert caught.value.lines() == [
        f"{path}:1:1: fetched: not what valdplan indicators fetch writes"
    ]
