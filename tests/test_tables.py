"""Terminal tables people can read at any width from 40 to 200 columns: no line wider than
the terminal, no word split, empty columns dropped, names rather than ids, and one block per
record where a table would not be readable."""

from __future__ import annotations

import json
import re

import pytest

from conftest import PLAN_PATH
from valdplan.plan.loader import load_plan

P = ("--plan", str(PLAN_PATH))
WIDTHS = (40, 80, 120, 200)
# Box drawing and the stacked layout's separators are not words.
FRAME = re.compile(r"[\s│┃┏┓┗┛┡┩┢┪━─┼╇┳┻╋├┤┝┥┯┷┿═╞╡╪┌┐└┘┬┴·]+")
SELECTIVE_SOCIAL = ("actions", "--board", "Socialnämnden", "--level", "selektiv")


def table(run, monkeypatch, width: int, *args: str) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", str(width))
    result = run(*args, "--format", "table", *P)
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def words_of(run, *args: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Every whole word the records hold, and the names people see instead of ids."""
    records = json.loads(run(*args, "--format", "json", *P).stdout)
    plan = load_plan(PLAN_PATH)
    names = [level.name for level in plan.levels]
    names += [kind.name for kind in plan.body_kinds] + [
        kind.name_en or "" for kind in plan.body_kinds
    ]
    found: set[str] = {word for name in names for word in name.split()}
    for record in records:
        for value in record.values():
            for item in value if isinstance(value, list) else [value]:
                found.update(str(item).split())
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "args", [("actions",), SELECTIVE_SOCIAL, ("boards",), ("areas",)], ids=" ".join
)
def test_no_line_is_wider_than_the_terminal_and_no_word_is_split(
    run, monkeypatch, width: int, args: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    text = table(run, monkeypatch, width, *args)
    assert max(len(line) for line in text.splitlines()) <= width
    allowed = words_of(run, *args) | {
        # Titles, headers and the stacked layout's labels.
        *[
            "actions",
            "bodies",
            "focus",
            "areas",
            "ID",
            "Area",
            "Action",
            "Responsible",
            "Co-responsible",
            "Levels",
        ],
        *[
            "Name",
            "Kind",
            "Number",
            "Title",
            "Actions",
            "Area:",
            "Responsible:",
            "Co-responsible:",
            "Levels:",
        ],
        *["Kind:", "Co-responsible:", "board", "company", "region", "Region"],
        "Responsible:",
        "Actions:",
        "Name:",
        "Title:",
    }
    allowed |= {word + "," for word in allowed}
    tokens = [token for token in FRAME.split(text) if token and not token.isdigit()]
    split = [token for token in tokens if token not in allowed]
    assert split == []


@pytest.mark.parametrize("width", (120, 200))
def test_long_body_names_stay_whole_in_a_table(run, monkeypatch, width: int) -> None:  # type: ignore[no-untyped-def]
    text = table(run, monkeypatch, width, "actions")
    assert text.startswith("33 actions\n┏")
    assert "Utbildningsnämnderna" in text and "Samhällsbyggnadsnämnderna" in text
    # Ids and numbers keep their own narrow columns: "│ 1:1 │    1 │".
    assert re.search(r"^│ 1:1 │ +1 │ ", text, re.MULTILINE)
    # Level names, not ids; no examples column on a terminal.
    assert "Universell" in text and "universell" not in text and "Examples" not in text


def test_below_80_columns_one_block_per_action(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = table(run, monkeypatch, 79, *SELECTIVE_SOCIAL)
    assert "┃" not in text and "│" not in text
    blocks = text.split("\n\n")
    assert blocks[:2] == [
        "6 actions",
        "2:1 · Area 2\n"
        "Sprida information på flera språk om beteendeförändrande insatser som finns för\n"
        "våldsutövare.\n"
        "Responsible: Socialnämnden\n"
        "Levels: Indikerad, Selektiv",
    ]


def test_the_six_selective_actions_fit_in_under_100_lines_at_40_columns(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = table(run, monkeypatch, 40, *SELECTIVE_SOCIAL)
    assert text.count(" · Area ") == 6
    assert len(text.splitlines()) == 70


def test_a_table_when_it_fits_at_80(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = table(run, monkeypatch, 80, "areas")
    assert text.splitlines()[:4] == [
        "5 focus areas",
        "┏━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┓",
        "┃ Number ┃ Title                                                     ┃ Actions ┃",
        "┡━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━┩",
    ]


def test_empty_columns_are_dropped(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # No action of focus area 2 has a co-responsible body.
    text = table(run, monkeypatch, 200, "actions", "--focus", "2")
    headers = [cell.strip() for cell in text.splitlines()[2].split("┃")[1:-1]]
    assert headers == ["ID", "Area", "Action", "Responsible", "Levels"]
    # No selective action of focus area 5 has examples.
    markdown = run("actions", "--focus", "5", "--level", "selektiv", "--format", "md", *P)
    assert markdown.stdout.splitlines()[0] == (
        "| ID | Focus area | Action | Responsible | Co-responsible | Prevention levels |"
    )


def test_swedish_tables_have_swedish_headers(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "200")
    text = run("--lang", "sv", "actions", "--focus", "5", "--format", "table", *P).stdout
    assert text.splitlines()[0] == "9 åtgärder"
    headers = [cell.strip() for cell in text.splitlines()[2].split("┃")[1:-1]]
    assert headers == ["ID", "Område", "Åtgärd", "Ansvarig", "Medansvarig", "Nivåer"]
    one = run(
        "--lang",
        "sv",
        "actions",
        "--focus",
        "2",
        "--board",
        "Socialnämnden",
        "--format",
        "table",
        *P,
    )
    assert one.stdout.splitlines()[0] == "5 åtgärder"


RIGHT_BORDER = tuple("┓┃┩│┤┘")


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(
    "args", [SELECTIVE_SOCIAL, ("actions", "--board", "Samhällsbyggnadsnämnderna")], ids=" ".join
)
def test_a_table_is_never_cut_off_on_the_right(run, monkeypatch, language: str, args) -> None:  # type: ignore[no-untyped-def]
    # Between about 90 and 110 columns rich's own sharing of widths made the table wider
    # than the terminal, and the terminal cut its last column ("Indikera"). Every width
    # where a table is drawn, it ends in its right border on every line.
    tables = 0
    for width in range(80, 131):
        text = table(run, monkeypatch, width, *args, "--lang", language)
        lines = [line for line in text.splitlines() if line[:1] in tuple("┏┃┡│├└")]
        tables += bool(lines)
        assert all(line.endswith(RIGHT_BORDER) and len(line) <= width for line in lines), width
    assert tables > 20  # most of these widths draw a table; the rest stack


def test_an_empty_selection_is_its_count_alone(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # No frame of headers over nothing.
    args = ("actions", "--board", "Miljönämnden", "--role", "responsible", "--lang", "sv")
    assert table(run, monkeypatch, 120, *args) == "0 åtgärder\n"
