"""``followup due``: who still owes an answer for the period, by the plan's reporting
calendar, in every format; exit 1 with --fail-if-overdue once a due date has passed; the
deadlines as an iCalendar file that parses, has one event per deadline per body and is the
same bytes every run."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH

P = ("--plan", str(PLAN_PATH))
TERTIALS = ("--plan", str(DATA / "tertial-plan.yaml"))


@pytest.fixture
def socialnamnden(run, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Socialnämnden's helår 2025 file with 4:4 and 1:3 reported, 25 of 27 pairs left."""
    return socialnamndens_file(run, tmp_path / "sn.yaml", ("4:4", "1:3"))


def socialnamndens_file(run, path: Path, actions: tuple[str, ...]) -> Path:  # type: ignore[no-untyped-def]
    """Socialnämnden's helår 2025 file with ``actions`` reported as pågående."""
    args = ("--year", "2025", "--board", "Socialnämnden", "-o", str(path))
    assert run("followup", "init", *args, *P).exit_code == 0
    for action in actions:
        set_args = (action, "-b", "socialnamnden", "--status", "pagaende", "--file", str(path))
        assert run("followup", "set", *set_args, *P).exit_code == 0
    return path


def test_before_the_due_date_nobody_is_overdue(run, socialnamnden: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("followup", "due", str(socialnamnden), "--as-of", "2026-01-20", "--format", "csv")
    result = run(*args, "--board", "Socialnämnden", "--fail-if-overdue", *P)
    assert (result.exit_code, result.stderr) == (0, "")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["body", "action", "due", "days_overdue"]
    assert len(rows) == 1 + 25
    assert rows[1] == ["Socialnämnden", "1:5", "2026-01-31", "0"]
    assert {row[1] for row in rows[1:]} & {"4:4", "1:3"} == set()


def test_after_the_due_date_the_job_fails(run, socialnamnden: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("followup", "due", str(socialnamnden), "--as-of", "2026-02-10", "--format", "json")
    result = run(*args, "--fail-if-overdue", *P)
    assert result.exit_code == 1
    # Socialnämnden's 25 and every pair of the 13 bodies the file does not cover (104 - 27).
    assert result.stderr == "error: 102 answers are overdue\n"
    data = json.loads(result.stdout)
    assert data["period"] == {"year": 2025, "part": "helår"}
    assert len(data["bodies"]) == 14
    social = next(b for b in data["bodies"] if b["body_id"] == "socialnamnden")
    assert len(social["actions"]) == 25 and social["days_overdue"] == 10
    assert social["deadline"] == {
        "due": "2026-01-31",
        "document": "årsberättelse",
        "coordinator": "Kommunstyrelsens kontor",
        "address": None,
    }
    without = run("followup", "due", str(socialnamnden), "--as-of", "2026-02-10", *P)
    assert without.exit_code == 0  # only --fail-if-overdue fails


def test_without_files_the_period_follows_the_calendar(run) -> None:  # type: ignore[no-untyped-def]
    result = run("followup", "due", "--as-of", "2025-10-01", "--format", "md", *P)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "| Body | Action | Due | Days overdue |",
        "| --- | --- | --- | ---: |",
        "| Kommunstyrelsen | 1:3 | 2025-09-30 | 1 |",
    ]
    assert len(lines) == 2 + 104
    early = run("followup", "due", "--as-of", "2024-08-30", *P)
    assert (early.exit_code, early.stderr) == (
        1,
        "error: no reporting period of the plan has ended by 2024-08-30\n",
    )


def test_a_company_reports_later_in_the_tertial_plan(run) -> None:  # type: ignore[no-untyped-def]
    result = run("followup", "due", "--as-of", "2025-05-25", "--format", "csv", *TERTIALS)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "body,action,due,days_overdue",
        "Kommunstyrelsen,1:1,2025-05-20,5",
        "Kommunstyrelsen,2:2,2025-05-20,5",
        "Socialnämnden,1:1,2025-05-20,5",
        "Socialnämnden,2:1,2025-05-20,5",
        "Socialnämnden,2:2,2025-05-20,5",
        "Tertialby Bostäder AB,1:2,2025-06-10,0",
        "Tertialby Bostäder AB,2:2,2025-06-10,0",
    ]


def test_the_calendar_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    first = tmp_path / "a.ics"
    second = tmp_path / "b.ics"
    for target in (first, second):
        made = run("followup", "due", "--format", "ics", "-o", str(target), *TERTIALS)
        assert made.exit_code == 0, made.stderr
    assert first.read_bytes() == second.read_bytes()
    events = Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    # Three bodies, three tertials a year, two years.
    assert len(events) == 3 * 3 * 2
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    assert uids[0] == "tertial-1-2025-kommunstyrelsen@tertialby-kommun.valdplan"
    company = [e for e in events if "tertialby-bostader" in str(e["UID"])]
    assert [e.decoded("DTSTART").isoformat() for e in company[:3]] == [
        "2025-06-10",
        "2025-10-10",
        "2026-02-15",
    ]
    assert "uppfoljning@tertialby.example" in str(company[0]["DESCRIPTION"])
    one = run("followup", "due", "--format", "ics", "--board", "Socialnämnden", *P)
    socialnamnden = Calendar.from_ical(one.stdout.encode()).walk("VEVENT")
    assert len(socialnamnden) == 2 * 4  # delår and helår, 2024-2027
    assert str(socialnamnden[0]["SUMMARY"]) == "Socialnämnden: sista dag för uppföljning Delår 2024"


def unreported(
    run, plan: tuple[str, str], files: list[Path], as_of: str, note: str = ""
) -> tuple[set, set]:  # type: ignore[no-untyped-def]
    """What ``due`` lists as not reported and what ``report`` counts as Saknar rapport, as
    (action, body id) pairs, over the same files."""
    due = run("followup", "due", *map(str, files), "--as-of", as_of, "--format", "json", *plan)
    report = run("followup", "report", *map(str, files), "--format", "json", *plan)
    assert (due.exit_code, report.exit_code) == (0, 0), due.stderr + report.stderr
    listed = {(a, b["body_id"]) for b in json.loads(due.stdout)["bodies"] for a in b["actions"]}
    figures = json.loads(report.stdout)
    counted = {(p["action"], p["body_id"]) for p in figures["pairs"] if p["status"] == "saknas"}
    assert figures["overall"]["counts"]["saknas"] == len(counted)
    # Both say the same of files they merged.
    assert due.stderr == report.stderr == note
    return listed, counted


def test_due_and_report_agree_on_the_real_plan(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The merged file of helår 2025 (99 pairs not reported, 1:5 and 1:6 of Socialnämnden
    # among them) and Socialnämnden's own file, which reports those two: both commands
    # merge the two files.
    own = socialnamndens_file(run, tmp_path / "socialnamnden.yaml", ("1:5", "1:6"))
    merged = DATA / "followup" / "helar-2025.yaml"
    alone, counted_alone = unreported(run, P, [merged], "2026-02-10")
    assert alone == counted_alone and len(alone) == 99
    note = "note: 2 files of full year 2025 merged (30 entries)\n"
    listed, counted = unreported(run, P, [merged, own], "2026-02-10", note)
    assert listed == counted
    assert alone - counted == {("1:5", "socialnamnden"), ("1:6", "socialnamnden")}
    assert len(counted) == 97


def test_due_and_report_agree_on_the_tertial_plan(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    whole, company = tmp_path / "tertial-2-2025.yaml", tmp_path / "bostader.yaml"
    init = ("followup", "init", "--year", "2025", "--part", "tertial-2")
    assert run(*init, "-o", str(whole), *TERTIALS).exit_code == 0
    assert run(*init, "-b", "tertialby-bostader", "-o", str(company), *TERTIALS).exit_code == 0
    for action, body, path in (
        ("1:1", "socialnamnden", whole),
        ("1:2", "tertialby-bostader", company),
    ):
        edit = (action, "-b", body, "--status", "genomford", "--file", str(path))
        assert run("followup", "set", *edit, *TERTIALS).exit_code == 0
    # Seven pairs; the whole file reports one, the company's own file another.
    alone, counted_alone = unreported(run, TERTIALS, [whole], "2025-10-01")
    assert alone == counted_alone and len(alone) == 6
    note = "note: 2 files of Tertial 2 2025 merged (7 entries)\n"
    listed, counted = unreported(run, TERTIALS, [whole, company], "2025-10-01", note)
    assert listed == counted
    assert alone - counted == {("1:2", "tertialby-bostader")} and len(counted) == 5


def test_a_folder_stands_for_its_latest_period(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "uppfoljning"
    due = ("followup", "due", "--folder", str(folder), "--as-of", "2026-02-10", "--format", "csv")
    # No folder yet, then an empty one: nobody owes an answer, and a scheduled job passes.
    for _ in range(2):
        result = run(*due, "--fail-if-overdue", *P)
        note = f"note: no follow-up file in {folder} yet: nobody owes an answer\n"
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", note)
        folder.mkdir(exist_ok=True)
    # Helår 2024 and Socialnämnden's helår 2025 file, 4:4 reported: only the latest period
    # (helår 2025, due 2026-01-31) is counted, every pair but 4:4's (104 - 1).
    made = [
        ("--year", "2024", "-o", str(folder / "helar-2024.yaml")),
        ("--year", "2025", "--board", "Socialnämnden", "-o", str(folder / "sn-2025.yaml")),
    ]
    for args in made:
        assert run("followup", "init", *args, *P).exit_code == 0
    reported = ("4:4", "-b", "socialnamnden", "--status", "pagaende")
    assert (
        run("followup", "set", *reported, "--file", str(folder / "sn-2025.yaml"), *P).exit_code == 0
    )
    (folder / "notes.txt").write_text("not a follow-up file", encoding="utf-8")
    result = run(*due, *P)
    assert (result.exit_code, result.stderr) == (0, "")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 1 + 103
    assert {(row[2], row[3]) for row in rows[1:]} == {("2026-01-31", "10")}
    assert ["Socialnämnden", "4:4", "2026-01-31", "10"] not in rows
    both = run("followup", "due", str(folder / "sn-2025.yaml"), "--folder", str(folder), *P)
    assert (both.exit_code, both.stderr.splitlines()[0]) == (
        2,
        "error: --folder: give FILE or --folder, not both",
    )
