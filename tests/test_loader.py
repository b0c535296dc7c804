"""The loader: discovery, YAML reading rules, and every problem as an exact FILE:LINE:COL line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH
from valdplan.errors import FileProblems
from valdplan.plan.loader import embedded_plan_path, find_plan, load_plan, load_plan_file

BAD = DATA / "bad"
BAD_PLANS = sorted(BAD.glob("*.yaml"))


def test_there_are_enough_bad_plans() -> None:
    assert len(BAD_PLANS) >= 14
    for path in BAD_PLANS:
        assert path.with_suffix(".expected").is_file(), path.name


@pytest.mark.parametrize("path", BAD_PLANS, ids=lambda p: p.stem)
def test_bad_plan_gives_its_exact_lines(path: Path, run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(BAD)
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == path.with_suffix(".expected").read_text(encoding="utf-8")
    assert isinstance(result.exception, SystemExit)


def test_bad_plan_through_the_real_entry_point_has_no_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "valdplan", "validate", str(BAD / "several-problems.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 5


def test_billion_laughs_is_refused_without_expanding() -> None:
    started = time.perf_counter()
    with pytest.raises(FileProblems) as caught:
        load_plan_file(BAD / "billion-laughs.yaml")
    assert time.perf_counter() - started < 1.0
    aliases = [p for p in caught.value.problems if "aliases are not allowed" in p.message]
    assert len(aliases) == 8 * 9


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(FileProblems) as caught:
        load_plan_file(BAD / "several-problems.yaml")
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (19, 11),
        (31, 18),
        (32, 9),
        (32, 13),
        (34, 9),
    ]


def test_plan_of_another_municipality_loads_unchanged() -> None:
    plan = load_plan(DATA / "other-municipality.yaml")
    assert plan.organisation == "Exempelby kommun"
    assert [area.number for area in plan.focus_areas] == [1, 2, 3]
    assert [body.id for body in plan.bodies][-1] == "exempelby-hem"


def test_plain_scalars_stay_text(tmp_path: Path) -> None:
    # Under YAML 1.1, 1:2 is the sexagesimal integer 62; here it stays the id "1:2".
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    text = text.replace('id: "1:2"', "id: 1:2").replace(
        "text: Erbjuda skyddat boende.", "text: yes"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    plan = load_plan(path)
    ids = [action.id for _, action in plan.actions()]
    assert ids == ["1:1", "1:2", "2:1", "3:1"]
    assert plan.focus_areas[1].actions[0].text == "yes"


@pytest.mark.parametrize(
    ("prefix", "newline"), [(b"\xef\xbb\xbf", b"\n"), (b"", b"\r\n")], ids=["bom", "crlf"]
)
def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path, prefix: bytes, newline: bytes) -> None:
    raw = (DATA / "other-municipality.yaml").read_bytes().replace(b"\n", newline)
    path = tmp_path / "plan.yaml"
    path.write_bytes(prefix + raw)
    assert load_plan(path).action_count == 4


def test_utf16_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes((DATA / "other-municipality.yaml").read_text().encode("utf-16"))
    with pytest.raises(FileProblems) as caught:
        load_plan(path)
    assert caught.value.lines() == [f"{path}:1:1: file is UTF-16; save it as UTF-8"]


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FileProblems) as caught:
        load_plan(tmp_path / "nope.yaml")
    assert caught.value.lines() == [f"{tmp_path / 'nope.yaml'}:1:1: no such file"]
    with pytest.raises(FileProblems) as caught:
        load_plan(tmp_path)
    assert caught.value.lines() == [f"{tmp_path}:1:1: is a folder, not a file"]


def test_discovery_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VALDPLAN_PLAN", raising=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert find_plan(cwd=empty).origin == "embedded"
    assert find_plan(cwd=empty).path == embedded_plan_path()
    local = tmp_path / "plan.yaml"
    local.write_text("x: 1\n")
    assert find_plan(cwd=tmp_path).path == local
    monkeypatch.setenv("VALDPLAN_PLAN", str(DATA / "other-municipality.yaml"))
    assert find_plan(cwd=tmp_path).origin == "environment"
    assert find_plan(Path("given.yaml"), cwd=tmp_path).path == Path("given.yaml")


def test_embedded_plan_is_the_repository_plan() -> None:
    assert embedded_plan_path().read_bytes() == PLAN_PATH.read_bytes()


def test_library_users_get_reference_checks_too() -> None:
    from pydantic import ValidationError

    from valdplan.plan.models import Plan

    data = load_plan(DATA / "other-municipality.yaml").model_dump()
    data["focus_areas"][0]["actions"][0]["responsible"] = ["nobody"]
    with pytest.raises(ValidationError, match="'nobody' is not a body listed under bodies"):
        Plan.model_validate(data)


def test_unknown_key_names_the_allowed_keys() -> None:
    with pytest.raises(FileProblems) as caught:
        load_plan_file(BAD / "unknown-key.yaml", "unknown-key.yaml")
    assert caught.value.lines()[-1] == (
        "unknown-key.yaml:34:9: focus_areas[0].actions[1]: unknown key 'ansvarig'"
        " (expected one of: id, text, examples, responsible, co_responsible, levels, goals)"
    )


def test_environment_variable_is_used_by_the_cli(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VALDPLAN_PLAN", os.fspath(DATA / "other-municipality.yaml"))
    result = run("areas", "--format", "csv")
    assert result.stdout == (
        "number,title,actions\n"
        "1,Kommunen förebygger våld,2\n"
        "2,Våldsutsatta får stöd,1\n"
        "3,Kunskap,1\n"
    )


def test_focus_area_numbers_with_leading_zeros(tmp_path: Path) -> None:
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace("  - number: 2\n", "  - number: 01\n"), encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_plan_file(path, "plan.yaml")
    assert caught.value.lines() == [
        "plan.yaml:50:13: focus_areas[1].number: duplicate focus area number 1",
        "plan.yaml:53:13: focus_areas[1].actions[0].id: action '2:1' is in focus area 1;"
        " its id must start with '1:'",
    ]


def test_empty_examples_mean_none_and_a_level_may_lack_a_definition() -> None:
    path = DATA / "second-municipality.yaml"
    text = path.read_text(encoding="utf-8")
    assert "        examples:\n        responsible:\n" in text
    assert "    name: Indikerad\nbody_kinds:\n" in text
    plan = load_plan(path)
    assert plan.focus_areas[0].actions[0].examples == ()
    assert plan.levels_by_id["indikerad"].definition == ()


def test_library_users_get_the_id_style_and_kind_checks_too() -> None:
    from pydantic import ValidationError

    from valdplan.plan.models import Plan

    data = load_plan(DATA / "other-municipality.yaml").model_dump()
    data["id_style"] = "N.M"
    data["bodies"][0]["kind"] = "forvaltning"
    with pytest.raises(ValidationError) as caught:
        Plan.model_validate(data)
    message = str(caught.value)
    assert "bodies[0].kind: 'forvaltning' is not a body kind (board, company, council)" in message
    assert (
        "focus_areas[0].actions[0].id: '1:1' is not an action id: write it as printed, focus"
        ' area, a dot and the number in quotes (e.g. "1.1")'
    ) in message


def test_an_empty_definition_means_none(tmp_path: Path) -> None:
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    old = "    definition:\n      - Insatser riktade till alla.\n"
    assert text.count(old) == 1
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace(old, "    definition:\n    examples:\n"), encoding="utf-8")
    level = load_plan(path).levels_by_id["universell"]
    assert (level.definition, level.examples) == ((), ())


def test_a_value_with_a_newline_stays_on_its_problem_line(tmp_path: Path) -> None:
    # Found by test_fuzz: a quoted value with a newline split a problem over two lines.
    import json

    data = json.loads(load_plan(DATA / "second-municipality.yaml").model_dump_json())
    data["bodies"][0]["id"] = "\n"
    data["bodies"][1]["kind"] = "extern\u2028part"
    data["focus_areas"][0]["actions"][0]["id"] = "1:1\r"
    path = tmp_path / "plan.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_plan_file(path, "plan.yaml")
    messages = [line.split(": ", 1)[1] for line in caught.value.lines()]
    assert (
        "bodies[1].kind: 'extern\\u2028part' is not a body kind (board, forvaltning, company,"
        " extern) (did you mean 'extern'?)"
    ) in messages
    assert (
        "bodies[0].id: '\\n' is not a valid id: use lowercase ASCII letters, digits and hyphens"
    ) in messages
    assert (
        "focus_areas[0].actions[0].id: '1:1\\r' is not an action id: write it as printed, focus"
        ' area and number in quotes (e.g. "1:1")'
    ) in messages
    assert all("\n" not in line and "\r" not in line for line in caught.value.lines())


def test_a_follow_up_file_given_as_the_plan_is_one_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    followup = tmp_path / "helar-2025.yaml"
    assert run("followup", "init", "--year", "2025", "-o", str(followup)).exit_code == 0
    expected = (
        f"{followup}:6:1: this is a follow-up file, not a plan: give the plan with --plan (or run"
        " where plan.yaml is) and this file where a follow-up file belongs\n"
    )
    for args in (("--plan", str(followup), "actions"), ("diff", str(followup), str(PLAN_PATH))):
        result = run(*args)
        assert (result.exit_code, result.stderr) == (1 if args[0] == "--plan" else 2, expected)


def test_a_plan_given_as_a_follow_up_file_is_one_line(run) -> None:  # type: ignore[no-untyped-def]
    expected = (
        f"{PLAN_PATH}:15:1: this is a plan, not a follow-up file: give it with --plan, and here a"
        " follow-up file (valdplan followup init writes one)\n"
    )
    for command in ("report", "due", "export"):
        result = run("--plan", str(PLAN_PATH), "followup", command, str(PLAN_PATH))
        assert (result.exit_code, result.stderr) == (1, expected)
