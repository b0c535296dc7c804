"""Property-based tests: whatever is done to the real plan.yaml, the loader returns a valid
plan or raises the project's own error with located lines, never anything else."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLAN_PATH
from valdplan.errors import FileProblems
from valdplan.plan.loader import load_plan_file
from valdplan.plan.models import Plan

PLAN_BYTES = PLAN_PATH.read_bytes()
PLAN_DATA = json.loads(load_plan_file(PLAN_PATH).model_dump_json())
LINE = re.compile(r"^.+:\d+:\d+: .+$")
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)
    try:
        plan = load_plan_file(path, "plan.yaml")
    except FileProblems as problems:
        assert problems.lines(), "an error without lines"
        for line in problems.lines():
            assert LINE.match(line), line
            assert "\n" not in line
    else:
        assert isinstance(plan, Plan)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a node inside ``data``."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


ALL_PATHS = paths(PLAN_DATA)[1:]
REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10_000),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.sampled_from(["1:1", "9:9", "socialnamnden", "universell", "indikativ", "", " "]),
    # Values of the registers and id styles a plan declares.
    st.sampled_from(["N.M", "free", "board", "nämnd", "1.1", "4:10a", "A-1", "A 1"]),
)


@SETTINGS
@given(
    operations=st.lists(
        st.tuples(
            st.sampled_from(["delete", "duplicate", "replace"]),
            st.sampled_from(ALL_PATHS),
            REPLACEMENTS,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_structural_mutations(tmp_path: Path, operations: list[tuple[str, Any, Any]]) -> None:
    data = copy.deepcopy(PLAN_DATA)
    for operation, path, replacement in operations:
        parent: Any = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            key = path[-1]
            if operation == "delete":
                del parent[key]
            elif operation == "duplicate" and isinstance(parent, list):
                parent.insert(key, copy.deepcopy(parent[key]))
            else:
                parent[key] = replacement
        except (KeyError, IndexError, TypeError):
            continue  # an earlier operation removed or retyped this path
    # JSON is YAML: the mutated plan goes through the same reader as any plan.
    check(tmp_path / "plan.yaml", json.dumps(data, ensure_ascii=False, indent=1).encode())


@SETTINGS
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(PLAN_BYTES) - 1),
            st.integers(0, 40),
            st.binary(max_size=8)
            | st.sampled_from([b"\t", b":", b"- ", b"&a ", b"*a", b"!!str ", b"[", b"{", b"\n  "]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_byte_mutations(tmp_path: Path, edits: list[tuple[int, int, bytes]]) -> None:
    raw = bytearray(PLAN_BYTES)
    for offset, length, insert in edits:
        raw[offset : offset + length] = insert
    check(tmp_path / "plan.yaml", bytes(raw))
