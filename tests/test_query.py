"""Selecting actions and resolving the names people type."""

from __future__ import annotations

import pytest

from valdplan.errors import SelectionError
from valdplan.plan.models import Plan
from valdplan.plan.query import find_action, find_body, find_level, normalise, select_actions


def ids(selection) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.id for _, action in selection.items]


def test_socialnamnden_counts_from_the_source(plan: Plan) -> None:
    assert len(select_actions(plan, body="Socialnämnden", role="responsible")) == 23
    co = select_actions(plan, body="Socialnämnden", role="co-responsible")
    assert ids(co) == ["1:6", "1:8", "3:4", "5:4"]
    assert len(select_actions(plan, body="Socialnämnden")) == 27


def test_level_selektiv_is_exactly_the_actions_printed_with_selektiv(plan: Plan) -> None:
    assert ids(select_actions(plan, level="selektiv")) == ["2:1", "2:2", "3:1", "3:4", "4:6", "5:4"]


def test_level_matching_ignores_case_and_knows_indikativ(plan: Plan) -> None:
    assert find_level(plan, "SELEKTIV").id == "selektiv"
    assert find_level(plan, "Indikativ").id == "indikerad"
    with pytest.raises(SelectionError, match=r"unknown prevention level 'universal' \(known"):
        find_level(plan, "universal")


def test_filters_combine_with_and(plan: Plan) -> None:
    selection = select_actions(plan, body="utbildningsnamnderna", level="universell", focus=3)
    assert ids(selection) == ["3:2", "3:3"]
    assert selection.body is not None and selection.body.name == "Utbildningsnämnderna"
    assert ids(select_actions(plan, focus=2, level="selektiv")) == ["2:1", "2:2"]


@pytest.mark.parametrize(
    "typed", ["Socialnämnden", "socialnamnden", "SOCIALNÄMNDEN", "social nämnden"]
)
def test_body_matching_forgives_case_and_missing_diacritics(plan: Plan, typed: str) -> None:
    assert find_body(plan, typed).id == "socialnamnden"


def test_body_matching_by_id_with_hyphens(plan: Plan) -> None:
    assert find_body(plan, "kultur-och-fritidsnamnderna").name == "Kultur- och fritidsnämnderna"


def test_unknown_body_suggests_the_closest(plan: Plan) -> None:
    with pytest.raises(SelectionError) as caught:
        find_body(plan, "Socialnamnd")
    assert str(caught.value) == "unknown body 'Socialnamnd'; did you mean Socialnämnden?"


def test_unknown_focus_area_and_action(plan: Plan) -> None:
    with pytest.raises(SelectionError, match=r"no focus area 6 \(the plan has 1, 2, 3, 4, 5\)"):
        select_actions(plan, focus=6)
    with pytest.raises(SelectionError) as caught:
        find_action(plan, "1:7")
    assert str(caught.value) == (
        "no action '1:7' in the plan (focus area 1 has 1:1, 1:2, 1:3, 1:4, 1:5, 1:6, 1:8, 1:9)"
    )


def test_action_id_forms(plan: Plan) -> None:
    assert find_action(plan, "Åtgärd 4:4")[1].id == "4:4"
    assert find_action(plan, "4.4")[1].id == "4:4"


def test_normalise() -> None:
    assert normalise("Kultur- och fritidsnämnderna") == "kulturochfritidsnamnderna"
    assert normalise("Överförmyndarnämnden") == "overformyndarnamnden"
