"""valdplan fmt: one layout, comments kept, data unchanged, idempotent."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA, PLAN_PATH
from valdplan.plan.loader import load_plan

P = ("--plan", str(PLAN_PATH))

MESSY = """\
# Exempelby: a plan written by hand, in no particular style.
organisation: 'Exempelby kommun'   # the municipality
title: "Handlingsplan mot våld"
period: {end: 2028, start: 2025}
bodies:
    -   name: Socialnämnden
        id: socialnamnden
        kind: board
levels:
- definition: ['Insatser till alla.']
  id: universell
  name: Universell
focus_areas:
- number: 1
  title: Förebygga
  actions:
  # the first action
  - levels: [universell]
    responsible: [socialnamnden]
    text: 'Genomföra en kampanj: Orange Week.'
    id: 1:1
"""

FORMATTED = """\
# Exempelby: a plan written by hand, in no particular style.
title: Handlingsplan mot våld
organisation: Exempelby kommun     # the municipality
period: {start: 2025, end: 2028}
levels:
  - id: universell
    name: Universell
    definition: [Insatser till alla.]
bodies:
  - id: socialnamnden
    name: Socialnämnden
    kind: board
focus_areas:
  - number: 1
    title: Förebygga
    actions:
  # the first action
      - id: "1:1"
        text: "Genomföra en kampanj: Orange Week."
        responsible: [socialnamnden]
        levels: [universell]
"""


def test_formats_keys_indentation_and_quoting_keeping_comments(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.yaml"
    path.write_text(MESSY, encoding="utf-8")
    before = load_plan(path)
    check = run("fmt", "--check", str(path))
    assert check.exit_code == 1
    assert check.stdout == f"{path}: would be reformatted\n"
    assert path.read_text(encoding="utf-8") == MESSY
    result = run("fmt", str(path))
    assert result.exit_code == 0
    assert result.stdout == f"{path}: reformatted\n"
    assert path.read_text(encoding="utf-8") == FORMATTED
    assert load_plan(path) == before
    again = run("fmt", str(path))
    assert again.stdout == f"{path}: unchanged\n"
    assert path.read_text(encoding="utf-8") == FORMATTED
    assert run("fmt", "--check", str(path)).exit_code == 0


def test_the_plan_and_the_test_plans_are_formatted(run) -> None:  # type: ignore[no-untyped-def]
    result = run("fmt", "--check", str(PLAN_PATH), str(DATA / "other-municipality.yaml"))
    assert result.exit_code == 0, result.stdout


def test_follow_up_written_by_init_is_already_formatted(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    run("followup", "init", "--year", "2025", "-b", "socialnamnden", "-o", str(path), *P)
    run("followup", "set", "1:3", "-b", "socialnamnden", "--status", "pagaende",
        "--comment", "Möte: 12 mars.", "--file", str(path), *P)  # fmt: skip
    assert run("fmt", "--check", str(path), *P).exit_code == 0


def test_follow_up_is_formatted_twice_to_the_same_bytes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "annotated.yaml"
    path.write_bytes((DATA / "followup" / "annotated.yaml").read_bytes())
    assert run("fmt", str(path), *P).stdout == f"{path}: reformatted\n"
    once = path.read_bytes()
    assert run("fmt", str(path), *P).stdout == f"{path}: unchanged\n"
    assert path.read_bytes() == once
    text = once.decode()
    assert "# display names work too" in text and "# Slut på filen." in text
    assert '  - action: "1:3"\n' in text and "  part: helår\n" in text


def test_broken_file_is_reported_and_left_alone(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.yaml"
    broken = (DATA / "bad" / "unknown-level.yaml").read_bytes()
    path.write_bytes(broken)
    result = run("fmt", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:31:18: ")
    assert path.read_bytes() == broken


COMMENTED = """\
# top
organisation: X    # org
# about title
title: T
period:
  end: 2028    # end year
  # about start
  start: 2025
levels:
  - name: U
    # about the id
    id: universell
    definition: [D]
bodies:
  - {id: socialnamnden, name: S, kind: board}
focus_areas:
  - number: 1
    title: F
    actions:
      - id: "1:1"
        text: A
        responsible: [socialnamnden]
        levels: [universell]
# trailing
"""


def test_reordering_moves_each_comment_with_its_key(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    assert run("fmt", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == (
        "# top\n"
        "# about title\n"
        "title: T\n"
        "organisation: X    # org\n"
        "period:\n"
        "  # about start\n"
        "  start: 2025\n"
        "  end: 2028    # end year\n"
        "levels:\n"
        "  - id: universell\n"
        "    # about the id\n"  # a comment cannot stand between "- " and the first key
        "    name: U\n"
        "    definition: [D]\n"
        "bodies:\n"
        "  - {id: socialnamnden, name: S, kind: board}\n"
        "focus_areas:\n"
        "  - number: 1\n"
        "    title: F\n"
        "    actions:\n"
        '      - id: "1:1"\n'
        "        text: A\n"
        "        responsible: [socialnamnden]\n"
        "        levels: [universell]\n"
        "# trailing\n"
    )
