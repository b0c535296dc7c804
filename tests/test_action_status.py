"""An action's status for the period, derived from its bodies' statuses by the rule of
followup/action_status.py: every combination of two bodies' statuses, and the counts of the
real plan's 33 actions in the report's JSON."""

from __future__ import annotations

import itertools
import json

import pytest

from conftest import DATA, PLAN_PATH
from valdplan.followup.action_status import (
    ACTION_STATUSES,
    ActionStatus,
    action_status,
    actions_by_status,
)

G, P, E, A, S = "genomford", "pagaende", "ej-paborjad", "ej-aktuell", "saknas"
# Two bodies' statuses (either order) → the action's status and whether they differ.
TWO_BODIES = {
    (G, G): (G, False),
    (G, P): (P, True),
    (G, E): (E, True),
    (G, A): (G, True),
    (G, S): (P, True),  # done by one, not reported by the other: under way, not done
    (P, P): (P, False),
    (P, E): (E, True),
    (P, A): (P, True),
    (P, S): (P, True),
    (E, E): (E, False),
    (E, A): (E, True),
    (E, S): (E, True),
    (A, A): (A, False),
    (A, S): (S, True),  # nothing to count but "does not apply": still not reported
    (S, S): (S, False),
}


def test_the_table_covers_every_combination_of_two_statuses() -> None:
    covered = {tuple(sorted(pair)) for pair in TWO_BODIES}
    every = {tuple(sorted(pair)) for pair in itertools.product(ACTION_STATUSES, repeat=2)}
    assert covered == every and len(list(itertools.product(ACTION_STATUSES, repeat=2))) == 25


@pytest.mark.parametrize("first,second", list(itertools.product(ACTION_STATUSES, repeat=2)))
def test_two_bodies_give_the_status_of_the_table(first: str, second: str) -> None:
    expected = TWO_BODIES.get((first, second)) or TWO_BODIES[(second, first)]
    assert action_status([first, second]) == ActionStatus(*expected)


def test_one_body_gives_its_own_status_unmixed() -> None:
    assert [action_status([status]) for status in ACTION_STATUSES] == [
        ActionStatus(status, False) for status in ACTION_STATUSES
    ]


def test_the_least_advanced_of_many_wins() -> None:
    assert action_status([G, G, P, G, A]) == ActionStatus(P, True)
    assert action_status([G, A, A, G]) == ActionStatus(G, True)


def test_no_bodies_or_an_unknown_status_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        action_status([])
    with pytest.raises(ValueError, match="klar"):
        action_status(["klar"])


def test_counts_name_every_status() -> None:
    assert actions_by_status([ActionStatus(G, False), ActionStatus(S, True)]) == {
        G: 1, P: 0, E: 0, A: 0, S: 1,
    }  # fmt: skip


def test_the_report_counts_the_real_plans_33_actions(run) -> None:  # type: ignore[no-untyped-def]
    period = DATA / "followup" / "plan-period"
    names = ("helar-2024.yaml", "delar-2025.yaml", "helar-2025.yaml")
    files = [str(period / name) for name in names]
    result = run("followup", "report", *files, "--format", "json", "--plan", str(PLAN_PATH))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["actions_by_status"] == {G: 1, P: 1, E: 31, A: 0, S: 0}
    assert sum(data["actions_by_status"].values()) == 33 == len(data["actions"])
    assert [sum(a["actions_by_status"].values()) for a in data["actions_by_focus_area"]] == [
        8, 5, 4, 7, 9,
    ]  # fmt: skip
    # 1:3 has one body done and five not started: the action is not started, partly.
    one_three = next(a for a in data["actions"] if a["action"] == "1:3")
    assert (one_three["status"], one_three["mixed"]) == (E, True)
    assert [b["status"] for b in one_three["bodies"]] == [E, G, E, E, E, E]


def test_the_report_says_what_it_counts(run) -> None:  # type: ignore[no-untyped-def]
    period = DATA / "followup" / "plan-period"
    result = run("followup", "report", str(period / "helar-2025.yaml"), "--format", "md",
                 "--plan", str(PLAN_PATH))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "· Helår 2025 · 33 åtgärder, 104 uppdrag för organen\n" in result.stdout
    assert "| Alla åtgärder | 33 | 3 % (1) | 3 % (1) | 94 % (31) | – | – |" in result.stdout
    english = run("followup", "report", str(period / "helar-2025.yaml"), "--format", "md",
                  "--plan", str(PLAN_PATH), "--lang", "en")  # fmt: skip
    assert "| All actions | 33 |" in english.stdout and "| All | 104 |" in english.stdout
    assert "| Alla" not in english.stdout
