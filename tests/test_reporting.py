"""The plan's reporting calendar: the default for plans without one, Södertälje's settings,
an invented plan with tertials and a company that reports later, the deadlines that follow,
and the located problems of a bad calendar."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH
from valdplan.errors import FileProblems
from valdplan.plan.loader import load_plan
from valdplan.plan.reporting import (
    Coordinator,
    Deadline,
    current_period,
    deadlines,
    next_deadline,
    period_deadline,
)

TERTIALS = DATA / "tertial-plan.yaml"
KSK = Coordinator(name="Kommunstyrelsens kontor")
day = datetime.date


def test_a_plan_without_a_calendar_gets_delar_and_helar_without_due_dates() -> None:
    plan = load_plan(DATA / "second-municipality.yaml")
    periods = [(p.id, p.name, p.as_of, p.due, p.document) for p in plan.reporting.periods]
    assert periods == [
        ("delår", "Delår", "08-31", None, None),
        ("helår", "Helår", "12-31", None, None),
    ]
    assert plan.reporting.coordinator is None
    assert next_deadline(plan, "socialnamnden", day(2026, 1, 1)) is None
    assert list(deadlines(plan, "socialnamnden")) == []


def test_sodertalje_reports_in_delarsbokslut_and_arsberattelse() -> None:
    plan = load_plan(PLAN_PATH)
    assert [(p.id, p.document) for p in plan.reporting.periods] == [
        ("delår", "delårsbokslut"),
        ("helår", "årsberättelse"),
    ]
    assert plan.reporting.coordinator == KSK
    assert next_deadline(plan, "socialnamnden", day(2025, 3, 1)) == Deadline(
        "delår", "Delår", 2025, day(2025, 8, 31), day(2025, 9, 30), "delårsbokslut", KSK
    )
    # Helår as of 31 December is due on 31 January of the next year.
    assert next_deadline(plan, "socialnamnden", day(2025, 10, 1)) == Deadline(
        "helår", "Helår", 2025, day(2025, 12, 31), day(2026, 1, 31), "årsberättelse", KSK
    )
    # The due day itself is still ahead; the last one is helår 2027's, in 2028.
    assert next_deadline(plan, "socialnamnden", day(2025, 9, 30)).due == day(2025, 9, 30)  # type: ignore[union-attr]
    assert next_deadline(plan, "telge-ab", day(2028, 1, 31)).year == 2027  # type: ignore[union-attr]
    assert next_deadline(plan, "telge-ab", day(2028, 2, 1)) is None
    assert len(list(deadlines(plan, "kommunstyrelsen"))) == 8  # 2 a year, 2024-2027


def test_tertials_and_a_company_reporting_through_its_own_board() -> None:
    plan = load_plan(TERTIALS)
    board = [(d.period_id, d.due.isoformat()) for d in deadlines(plan, "socialnamnden")][:3]
    assert board == [("tertial-1", "2025-05-20"), ("tertial-2", "2025-09-20"),
                     ("tertial-3", "2026-01-25")]  # fmt: skip
    company = [d.due.isoformat() for d in deadlines(plan, "tertialby-bostader")][:3]
    assert company == ["2025-06-10", "2025-10-10", "2026-02-15"]
    after_board = day(2025, 5, 21)
    assert next_deadline(plan, "socialnamnden", after_board).period_id == "tertial-2"  # type: ignore[union-attr]
    assert next_deadline(plan, "tertialby-bostader", after_board).period_id == "tertial-1"  # type: ignore[union-attr]
    found = period_deadline(plan, "kommunstyrelsen", "tertial-3", 2026)
    assert found is not None
    assert (found.due, found.document) == (day(2027, 1, 25), "årsredovisning")
    assert found.coordinator == Coordinator(
        name="Kommunledningskontoret", address="uppfoljning@tertialby.example"
    )
    assert period_deadline(plan, "kommunstyrelsen", "delår", 2025) is None


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (day(2025, 4, 29), None),
        (day(2025, 4, 30), ("tertial-1", 2025)),
        (day(2025, 12, 30), ("tertial-2", 2025)),
        (day(2026, 1, 10), ("tertial-3", 2025)),
        (day(2031, 1, 1), ("tertial-3", 2026)),
    ],
)
def test_the_current_period(when: datetime.date, expected: tuple[str, int] | None) -> None:
    found = current_period(load_plan(TERTIALS), when)
    assert (None if found is None else (found[0].id, found[1])) == expected


def test_the_coordinator_defaults_to_the_owners_office(tmp_path: Path) -> None:
    text = TERTIALS.read_text(encoding="utf-8")
    text = text.replace("  coordinator:\n    name: Kommunledningskontoret\n"
                        "    address: uppfoljning@tertialby.example\n", "")  # fmt: skip
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    plan = load_plan(path)
    assert plan.reporting.coordinator is None
    assert period_deadline(plan, "socialnamnden", "tertial-1", 2025).coordinator == Coordinator(  # type: ignore[union-attr]
        name="Kommunledningskontoret"
    )


def test_a_bad_calendar_gives_every_problem_at_its_line(tmp_path: Path) -> None:
    text = TERTIALS.read_text(encoding="utf-8")
    text = text.replace("id: tertial-2", "id: tertial-1").replace("as_of: 12-31", "as_of: 04-30")
    text = text.replace("due: 01-25", "due: 02-29").replace("company: 10-10", "bolag: 10-10")
    text = text.replace("id: tertial-3", "id: Tertial 3")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_plan(path)
    assert caught.value.lines() == [
        f"{path}:38:11: reporting.periods[1].id: duplicate reporting period id 'tertial-1'"
        " (also reporting.periods[0])",
        f"{path}:43:16: reporting.periods[1].due_by_kind.bolag: 'bolag' is not a body kind"
        " (board, company, council)",
        f"{path}:45:11: reporting.periods[2].id: 'Tertial 3' is not a valid period id: use"
        " lowercase letters, digits and hyphens (e.g. 'delår' or 'tertial-1')",
        f"{path}:47:14: reporting.periods[2].as_of: another period is reported as of 04-30 too"
        " (reporting.periods[0])",
        f"{path}:48:12: reporting.periods[2].due: '02-29' is not a day of every year; write it"
        " as MM-DD, e.g. 08-31",
    ]


def test_the_calendar_survives_the_cache() -> None:
    first = load_plan(TERTIALS)
    second = load_plan(TERTIALS)  # from the cache, built without validation
    assert second.reporting == first.reporting
    assert next_deadline(second, "tertialby-bostader", day(2025, 5, 21)) == next_deadline(
        first, "tertialby-bostader", day(2025, 5, 21)
    )


def test_follow_up_files_name_their_period_by_the_calendars_ids(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = ("--plan", str(TERTIALS))
    path = tmp_path / "tertial-2-2025.yaml"
    made = run("followup", "init", "--year", "2025", "--part", "Tertial-2", "-o", str(path), *plan)
    assert made.exit_code == 0, made.stderr
    text = path.read_text(encoding="utf-8")
    assert "# Tertialby kommun, Tertial 2 2025.\n" in text and "  part: tertial-2\n" in text
    checked = run("validate", str(path), *plan)
    assert checked.stdout == f"{path}: OK (follow-up Tertial 2 2025, 7 entries)\n"
    # Without --part: the year's last period of the calendar.
    assert "  part: tertial-3\n" in run("followup", "init", "--year", "2025", *plan).stdout
    # A period the calendar lacks, on the command line and in a file, with the likely one.
    wrong = run("followup", "init", "--year", "2025", "--part", "tertial-4", *plan)
    assert (wrong.exit_code, wrong.stderr.splitlines()[0]) == (
        2,
        "error: --part: 'tertial-4' is not a reporting period of the plan (its periods:"
        " tertial-1, tertial-2, tertial-3); did you mean tertial-1, tertial-2 or tertial-3?",
    )
    path.write_text(text.replace("part: tertial-2", "part: tertial2"), encoding="utf-8")
    located = run("validate", str(path), *plan)
    assert (located.exit_code, located.stdout) == (1, "")
    assert located.stderr == (
        f"{path}:15:9: period.part: 'tertial2' is not a reporting period of the plan (its"
        " periods: tertial-1, tertial-2, tertial-3); did you mean tertial-2?\n"
    )
    # Today's delår and helår files load as ever; a misspelt one gets its suggestion.
    for name in ("delar-2025.yaml", "legacy-helar-2025.yaml"):
        assert (
            run("validate", str(DATA / "followup" / name), "--plan", str(PLAN_PATH)).exit_code == 0
        )
    misspelt = tmp_path / "delar.yaml"
    legacy = (DATA / "followup" / "delar-2025.yaml").read_text(encoding="utf-8")
    misspelt.write_text(legacy.replace("part: delår", "part: delar"), encoding="utf-8")
    suggested = run("validate", str(misspelt), "--plan", str(PLAN_PATH))
    assert suggested.stderr == (
        f"{misspelt}:4:9: period.part: 'delar' is not a reporting period of the plan (its"
        " periods: delår, helår); did you mean delår?\n"
    )
