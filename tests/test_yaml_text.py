"""YAML written by valdplan always reads back as exactly the same text: any comment, of any
length, with quotes, newlines, Unicode and spaces at either end, through ``followup set``,
``merge``, ``import`` (CSV and xlsx) and ``fmt``; and the scalar rule of the writers and of
``fmt`` is one rule."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLAN_PATH
from hostile import followup_text
from valdplan.files.fmt import format_file
from valdplan.files.yaml_events import read_yaml_text
from valdplan.files.yaml_text import double_quoted, round_trip_yaml, safe_plain, scalar
from valdplan.followup.editing import Change, apply_changes, set_entry
from valdplan.followup.layout import format_followup
from valdplan.followup.loading import load_followup
from valdplan.followup.merging import merge
from valdplan.followup.sheet_import import read_sheet
from valdplan.followup.spreadsheet import export_sheet
from valdplan.followup.writing import render_followup
from valdplan.plan.loader import load_plan

PLAN = load_plan(PLAN_PATH)
# What a comment may hold: anything but control characters other than tab and newline (the
# model refuses those, with a message).
COMMENT_CHARACTERS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]
    + ["\u2028", "\u2029"],
)
COMMENTS = st.one_of(
    st.text(COMMENT_CHARACTERS, max_size=60),
    st.text(st.sampled_from(" \"'\\:#-\n\t\xa0å😀=@+%&*!|>{}[],?"), max_size=40),
    st.builds(
        lambda s, n: s * n,
        st.text(COMMENT_CHARACTERS, min_size=1, max_size=5),
        st.integers(200, 3000),
    ),  # fmt: skip
)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _fresh(folder: Path) -> Path:
    path = folder / "f.yaml"
    path.write_text(followup_text(), encoding="utf-8")
    return path


def _comment_of(path: Path, action: str = "4:4") -> str:
    entries = load_followup(path, PLAN).followup.entries
    return next(entry.comment for entry in entries if entry.action == action)


@SETTINGS
@given(COMMENTS)
def test_set_then_load_gives_the_comment_back(comment: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _fresh(Path(folder))
        set_entry(path, PLAN, "4:4", "socialnamnden", Change(status="pagaende", comment=comment))
        assert _comment_of(path) == comment


@SETTINGS
@given(COMMENTS)
def test_merge_writes_the_comment_back(comment: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _fresh(Path(folder))
        set_entry(path, PLAN, "4:4", "socialnamnden", Change(status="pagaende", comment=comment))
        merged = Path(folder) / "m.yaml"
        merged.write_text(
            render_followup(PLAN, merge([load_followup(path, PLAN)], PLAN)), encoding="utf-8"
        )
        assert _comment_of(merged) == comment


@SETTINGS
@given(COMMENTS, st.sampled_from(["csv", "xlsx"]))
def test_export_then_import_gives_the_comment_back(comment: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = _fresh(Path(folder))
        set_entry(source, PLAN, "4:4", "socialnamnden", Change(status="pagaende", comment=comment))
        sheet = Path(folder) / f"s.{fmt}"
        export_sheet(PLAN, load_followup(source, PLAN).followup, sheet, fmt)
        target = Path(folder) / "t.yaml"
        target.write_text(followup_text(), encoding="utf-8")
        apply_changes(target, PLAN, read_sheet(sheet, PLAN))
        assert _comment_of(target) == comment


@SETTINGS
@given(COMMENTS)
def test_fmt_keeps_the_comment_and_is_stable(comment: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _fresh(Path(folder))
        set_entry(path, PLAN, "4:4", "socialnamnden", Change(status="pagaende", comment=comment))
        format_file(path, False, lambda text, name: format_followup(text, name, PLAN))
        assert _comment_of(path) == comment
        assert not format_file(path, True, lambda text, name: format_followup(text, name, PLAN))


def _fmt_scalar(text: str) -> str:
    out = io.StringIO()
    round_trip_yaml().dump({"k": text}, out)
    return out.getvalue()[3:].rstrip("\n")


@settings(max_examples=300, deadline=None)
@given(
    st.text(COMMENT_CHARACTERS, max_size=80) | st.text(st.sampled_from("ab :#-'\"\\ "), max_size=12)
)
def test_the_writers_and_fmt_write_a_scalar_alike(text: str) -> None:
    assert scalar(text) == _fmt_scalar(text)
    assert read_yaml_text(f"k: {scalar(text)}\n", "t").data["k"] == (text if text else "")
    if safe_plain(text):
        assert scalar(text) == text


def test_a_2_mb_comment_is_one_line_and_reads_back() -> None:
    text = ('Ett "citat" och \\ och\nradbrytning, ' * 50_000)[:2_000_000]
    written = scalar(text)
    assert "\n" not in written and written == double_quoted(text)
    assert read_yaml_text(f"k: {written}\n", "t").data["k"] == text
    assert _fmt_scalar(text) == written
