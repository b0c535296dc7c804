"""The fields of actions, bodies and focus areas, declared once on their models: every field
carries its marker, and records, columns, the diff and the annex follow the declaration,
so that a field nobody listed still reaches them."""

from __future__ import annotations

from typing import Annotated

import pytest
from pydantic import BaseModel

from valdplan.documents.annex_actions import action_clauses
from valdplan.documents.tables import (
    ACTION_COLUMNS,
    ACTION_TERMINAL_COLUMNS,
    columns_of,
    to_csv,
    to_markdown,
)
from valdplan.plan.declaration import action_fields, fields_of, named, record
from valdplan.plan.diff import action_changes
from valdplan.plan.models import Action, Body, FocusArea, Plan
from valdplan.plan.shown import Shown


@pytest.mark.parametrize("model", [Action, Body, FocusArea])
def test_every_field_declares_its_words(model: type[BaseModel]) -> None:
    unmarked = [
        name
        for name, info in model.model_fields.items()
        if not any(isinstance(marker, Shown) for marker in info.metadata)
    ]
    assert unmarked == []


def test_records_and_columns_follow_the_declaration() -> None:
    assert [field.key for field in action_fields()] == [
        "id", "focus_area", "text", "examples", "responsible", "co_responsible", "levels",
        "goals",
    ]  # fmt: skip
    assert [c.key for c in ACTION_COLUMNS] == [
        "id", "focus_area", "text", "examples", "responsible", "co_responsible", "levels",
    ]  # fmt: skip
    assert [(c.key, c.title) for c in ACTION_TERMINAL_COLUMNS] == [
        ("id", "ID"), ("focus_area", "Area"), ("text", "Action"), ("responsible", "Responsible"),
        ("co_responsible", "Co-responsible"), ("levels", "Levels"),
    ]  # fmt: skip


class Later(BaseModel):
    """A model with a field added later: declared once, it is a record key and a column."""

    id: Annotated[str, Shown("ID", "id")]
    deadline: Annotated[int | None, Shown("Deadline", "number", checklist=True)] = None
    secret: Annotated[str, Shown(column=False, record=False)] = ""


def test_a_later_field_is_a_record_key_and_a_column(plan: Plan) -> None:
    fields = fields_of(Later)
    assert record(plan, Later(id="x", deadline=2026), fields, {}) == {"id": "x", "deadline": 2026}
    assert [(c.key, c.title, c.shape) for c in columns_of(fields)] == [
        ("id", "ID", "id"),
        ("deadline", "Deadline", "number"),
    ]


def test_the_annex_names_a_field_without_a_sentence_of_its_own(plan: Plan) -> None:
    # A changed field no sentence knows is named, never dropped: by its declared words,
    # else by its key.
    change = {"id": "1:1", "deadline": {"from": 2025, "to": 2026}}
    clauses = action_clauses(plan, plan, change, "en")
    assert [[part["text"] for part in clause] for clause in clauses] == [
        ["deadline changed: 2025 → 2026."]
    ]
    added = action_clauses(plan, plan, {"id": "1:1", "deadline": {"from": None, "to": 2026}}, "en")
    assert added[0][0]["text"] == "deadline added: 2026."


def test_the_diff_compares_every_field_of_an_action(plan: Plan) -> None:
    data = plan.model_dump()
    action = data["focus_areas"][0]["actions"][0]
    action.update(goals=["agenda2030-5"], text="Ny text.")
    changed = action_changes(plan, Plan.model_validate(data))["changed"]
    assert [list(c) for c in changed] == [["id", "text", "goals"]]


def test_named_walks_the_models() -> None:
    assert named("focus_areas.prerequisites") == "what needs to be in place"
    assert named("focus_areas.actions.text") is None
    assert named("no_such_field") is None


def test_a_field_without_a_value_is_an_empty_cell(plan: Plan) -> None:
    fields = fields_of(Later)
    records = [
        record(plan, Later(id=i, deadline=d), fields, {}) for i, d in (("a", 2026), ("b", None))
    ]
    columns = columns_of(fields)
    assert to_csv(records, columns) == "id,deadline\na,2026\nb,\n"
    assert to_markdown(records, columns).splitlines()[-1] == "| b |  |"


def test_a_field_declared_for_checklists_reaches_checklists_show_and_new_actions(
    plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Any field marked checklist=True gets a line of its own: here the id, standing in for
    # a field added later (the throw-away test of issue 18 added a deadline this way).
    from valdplan.documents import checklist as checklist_module
    from valdplan.documents.action_text import action_text
    from valdplan.documents.annex_actions import added_action
    from valdplan.plan import declaration
    from valdplan.plan.query import select_actions

    marked = Shown("Focus area", checklist=True)
    fields = tuple(
        declaration.Declared(f.key, marked) if f.key == "id" else f for f in action_fields()
    )
    monkeypatch.setattr(declaration, "action_fields", lambda: fields)
    area, action = plan.actions_by_id["2:1"]
    assert declaration.detail_lines(action) == [("Focus area", "2:1")]
    context = checklist_module.checklist_context(select_actions(plan, focus=2), "sv")
    item = context["groups"][0].items[0]
    assert [(d.label, d.text) for d in item.details] == [("Fokusområde", "2:1")]
    assert action_text(plan, area, action).splitlines()[-1] == "Focus area: 2:1"
    record = declaration.action_record(plan, area, action)
    assert added_action(plan, record, "en").endswith(" Focus area: 2:1.")
