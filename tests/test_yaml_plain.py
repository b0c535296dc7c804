"""The quick reading without positions: the same data as the located reading, and it leaves
everything that is not plain to the located reading, which reports it."""

from __future__ import annotations

import pytest

from conftest import PLAN_PATH
from valdplan.errors import FileProblems
from valdplan.files.yaml_events import MAX_DEPTH, Keys, _read_located, read_yaml_text

PLAIN = {
    "nested": "a:\n  b:\n    - x\n    - {c: 1, d: [2, 3]}\n  e: text\n",
    "nulls": 'a: ~\nb:\nc: null\nd: ""\ne: "null"\nf: [~, "~", null]\n',
    "scalars stay text": "a: yes\nb: 1:1\nc: 2024-13-01\nd: 0x1F\n",
    "block scalars": "a: |\n  two\n  lines\nb: >\n  folded\n  text\n",
    "an anchor that is never used": "a: &first text\nb: [1]\n",
    "a list at the top": "- a\n- b: c\n",
    "the real plan": PLAN_PATH.read_text(encoding="utf-8"),
}

NOT_PLAIN = {
    "an alias": "a: &x [1]\nb: *x\n",
    "a tag": "a: !!python/object x\n",
    "a standard tag": "a: !!str 12\n",
    "a merge key": "a: {x: 1}\nb:\n  <<: {x: 2}\n",
    "a duplicate key": "a: 1\nb: 2\na: 3\n",
    "a mapping as a key": "? [a]\n: b\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "one text": "just text\n",
    "nothing": "",
    "too deep": "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",
}


@pytest.mark.parametrize("text", PLAIN.values(), ids=PLAIN.keys())
def test_plain_data_is_read_once_and_located_on_demand(text: str) -> None:
    document = read_yaml_text(text, "f.yaml")
    located = _read_located(text, "f.yaml", None)
    assert document.locate is not None  # read quickly, without positions
    assert document.data == located.data
    assert document.problems == located.problems == []
    data = located.data
    last = (list(data)[-1],) if isinstance(data, dict) else (len(data) - 1,)
    assert document.position(last) == located.position(last) != (1, 1)
    assert document.locate is None  # the positions were read when asked for


@pytest.mark.parametrize("text", NOT_PLAIN.values(), ids=NOT_PLAIN.keys())
def test_anything_else_is_read_with_positions_and_reported_alike(text: str) -> None:
    try:
        expected = _read_located(text, "f.yaml", None)
    except FileProblems as err:
        with pytest.raises(FileProblems) as caught:
            read_yaml_text(text, "f.yaml")
        assert caught.value.lines() == err.lines()
        return
    document = read_yaml_text(text, "f.yaml")
    assert document.locate is None
    assert document.data == expected.data
    assert document.problems == expected.problems


def test_a_syntax_error_is_reported_by_the_located_reading() -> None:
    with pytest.raises(FileProblems) as caught:
        read_yaml_text("a: [1, 2\nb: 3\n", "f.yaml")
    assert caught.value.lines() == [
        "f.yaml:2:2: YAML syntax error: did not find expected ',' or ']' (while parsing a flow"
        " sequence)"
    ]


def test_a_key_the_rules_do_not_allow_is_left_to_the_located_reading() -> None:
    keys = Keys({"title": None, "items": Keys({"id": None})})
    allowed = read_yaml_text("title: t\nitems:\n  - id: a\n", "f.yaml", keys)
    assert allowed.locate is not None
    unknown = read_yaml_text("title: t\nitems:\n  - id: a\n    extra: [1, 2]\n", "f.yaml", keys)
    assert unknown.locate is None
    assert unknown.data == {"title": "t", "items": [{"id": "a", "extra": None}]}


def test_a_program_using_valdplan_as_a_library_keeps_its_collector() -> None:
    import gc

    from valdplan.plan.loader import parse_plan_text

    frozen = gc.get_freeze_count()
    parse_plan_text(PLAN_PATH.read_text(encoding="utf-8"), "plan.yaml")  # never cached
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # only the command line freezes what it built
