"""Round trips through a spreadsheet are exact or refused: what export writes, import of the
unedited sheet reads back identical (xlsx and CSV), and a value a sheet cannot hold is
refused at export naming its cell; import reads what a cell shows, and a formula is an error
naming its cell."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLAN_PATH
from hostile import PLAN_TEXT, Case, followup_text, run_case
from valdplan.errors import FileProblems
from valdplan.followup.models import Entry, FollowUp
from valdplan.followup.sheet_import import read_sheet
from valdplan.followup.spreadsheet import HEADERS, export_sheet
from valdplan.plan.loader import load_plan

PLAN = load_plan(PLAN_PATH)
P = ("--plan", "plan.yaml")
FOLLOWUP = followup_text()


def _followup_with(comment: str = "", evidence: tuple[str, ...] = ()) -> FollowUp:
    from valdplan.followup.writing import initial_followup

    followup = initial_followup(PLAN, 2025, "helår", "socialnamnden")
    first = followup.entries[0]
    changed = Entry.model_validate(
        {**first.model_dump(), "status": "pagaende", "comment": comment, "evidence": evidence}
    )
    return followup.model_copy(update={"entries": (changed, *followup.entries[1:3])})


# Text the follow-up model accepts: no control characters but tab and line feed.
_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
        max_codepoint=0x10FFFF,
    ).filter(lambda c: not (c < " " and c not in "\t\n") and not "\x7f" <= c <= "\x9f"),
    max_size=60,
)
_STARTS = st.sampled_from(["", "=", "+", "-", "@", "%", "30%", "0.3", "45991", "'", "  ", "\n"])
_COMMENTS = st.builds(lambda start, rest: start + rest, _STARTS, _TEXT)
_ITEMS = st.lists(
    st.builds(lambda start, rest: start + rest, _STARTS, _TEXT).filter(lambda s: s.strip()),
    max_size=4,
)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(comment=_COMMENTS, evidence=_ITEMS)
def test_export_then_import_gives_every_value_back_or_refuses_at_export(
    fmt: str, comment: str, evidence: list[str], tmp_path: Path
) -> None:
    followup = _followup_with(comment, tuple(evidence))
    target = tmp_path / f"fu.{fmt}"
    target.unlink(missing_ok=True)
    try:
        export_sheet(PLAN, followup, target, fmt)
    except FileProblems as err:
        assert all(p.path == str(target) and p.line == 2 for p in err.problems)
        assert not target.exists()
        return
    change = read_sheet(target, PLAN)[followup.entries[0].pair]
    assert (change.comment, change.evidence) == (comment, tuple(evidence))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize(
    ("comment", "evidence"),
    [
        ("x" * 32_767, ()),
        ("=SUM(A1:A3) _x0041_ 30%\t'x", ("Protokoll SN 2025-11-30\n§ 112", " b\n\n  c\n")),
    ],
    ids=["longest-cell", "awkward"],
)
def test_awkward_values_round_trip_exactly(
    fmt: str, comment: str, evidence: tuple[str, ...], tmp_path: Path
) -> None:
    followup = _followup_with(comment, evidence)
    target = tmp_path / f"fu.{fmt}"
    export_sheet(PLAN, followup, target, fmt)
    change = read_sheet(target, PLAN)[followup.entries[0].pair]
    assert (change.comment, change.evidence) == (comment, evidence)


def _sheet(cells: dict[str, tuple[object, str | None]], tmp: Path) -> Path:
    """A follow-up sheet whose row 2 has the real row of 1:1 and ``cells`` (value, format)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Uppföljning"
    sheet.append(list(HEADERS))
    sheet.append(["4:4", "4", "x", "socialnamnden", "x", "ansvarig", "pågående", "", "", ""])
    for where, (value, number_format) in cells.items():
        sheet[where] = value
        if number_format is not None:
            sheet[where].number_format = number_format
    out = io.BytesIO()
    book.save(out)
    path = tmp / "fu.xlsx"
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (0.3, "0%", "30%"),
        (0.125, "0.0%", "12.5%"),
        (12, None, "12"),
        (3.5, "0.00", "3.50"),
        (45991, "yyyy-mm-dd", "2025-11-30"),
        (0.5625, "hh:mm", "13:30"),
    ],
    ids=["percent", "percent-decimals", "number", "decimals", "date", "time"],
)
def test_a_number_in_a_text_column_is_read_as_the_text_it_shows(
    value: float, number_format: str | None, shown: str, tmp_path: Path
) -> None:
    path = _sheet({"H2": (value, number_format)}, tmp_path)
    assert read_sheet(path, PLAN)[("4:4", "socialnamnden")].comment == shown


def test_a_formula_is_an_error_naming_its_cell(tmp_path: Path) -> None:
    path = _sheet({"H2": ('=A2&"x"', None), "I2": ("=1+1", None)}, tmp_path)
    with pytest.raises(FileProblems) as caught:
        read_sheet(path, PLAN)
    assert caught.value.lines() == [
        f'{path}:2:8: row 2: cell H2 (Kommentar) holds the formula =A2&"x"; valdplan reads'
        " what is typed, so type the text itself",
        f"{path}:2:9: row 2: cell I2 (Underlag) holds the formula =1+1; valdplan reads what is"
        " typed, so type the text itself",
    ]


def _set_comment(comment: str, evidence: tuple[str, ...] = ()) -> dict[str, str | bytes]:
    from ruamel.yaml import YAML  # noqa: F401  (the follow-up is written by valdplan itself)

    from valdplan.followup.writing import render_followup

    return {
        "plan.yaml": PLAN_TEXT,
        "fu.yaml": render_followup(PLAN, _followup_with(comment, evidence)),
    }


CASES = [
    Case(
        "export-refuses-a-comment-longer-than-a-cell",
        ["followup", "export", "fu.yaml", "-o", "fu.xlsx", *P],
        1,
        "fu.xlsx:2:8: cell H2 (Kommentar, 1:3 socialnamnden): 40000 characters; a spreadsheet"
        " cell holds at most 32767, so the rest would be cut off",
        files=_set_comment("x" * 40_000),
    ),
    Case(
        "csv-export-refuses-a-comment-longer-than-a-cell",
        ["followup", "export", "fu.yaml", "--format", "csv", "-o", "fu.csv", *P],
        1,
        "fu.csv:2:8: cell H2 (Kommentar, 1:3 socialnamnden): 40000 characters; a spreadsheet"
        " cell holds at most 32767, so the rest would be cut off",
        files=_set_comment("x" * 40_000),
    ),
    Case(
        "export-refuses-a-character-xml-forbids",
        ["followup", "export", "fu.yaml", "-o", "fu.xlsx", *P],
        1,
        "fu.xlsx:2:8: cell H2 (Kommentar, 1:3 socialnamnden): holds U+FFFF, which a"
        " spreadsheet cannot hold",
        files=_set_comment("a\uffffb"),
    ),
    Case(
        "export-refuses-evidence-that-would-join-the-item-above",
        ["followup", "export", "fu.yaml", "-o", "fu.xlsx", *P],
        1,
        "fu.xlsx:2:9: cell I2 (Underlag, 1:3 socialnamnden): an evidence item whose first line"
        " is blank or starts with two spaces would read back as part of the item above it;"
        " remove the leading blanks in the follow-up file",
        files=_set_comment("", ("a", "  b")),
    ),
    *(
        Case(
            f"unedited-{fmt}-imports-unchanged",
            ["followup", "import", f"fu.{fmt}", "--into", "fu.yaml", *P],
            0,
            None,
            files=_set_comment("30%\n=1+1", ("Protokoll SN 2025-11-30\n§ 112", "b")),
            setup=lambda tmp, fmt=fmt: _export(tmp, fmt),
            may_change=frozenset({f"fu.{fmt}"}),
        )
        for fmt in ("xlsx", "csv")
    ),
]


def _export(tmp: Path, fmt: str) -> None:
    from hostile import valdplan

    valdplan(tmp, "followup", "export", "fu.yaml", "--format", fmt, "-o", f"fu.{fmt}", *P)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_round_trip_cases(case: Case, tmp_path: Path) -> None:
    result = run_case(case, tmp_path)
    if case.code == 0:
        assert result.stdout.decode().endswith(": unchanged (3 rows)\n")
