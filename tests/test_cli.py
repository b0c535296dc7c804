"""The command line: exit codes, stdout and stderr of every command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PLAN_PATH
from valdplan.cli.main import full_app
from valdplan.cli.options import complete_actions, complete_bodies, complete_levels

app = full_app()

P = ("--plan", str(PLAN_PATH))


def test_every_command_has_help_text() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, name


def test_validate_ok(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(PLAN_PATH))
    assert result.exit_code == 0
    assert result.stdout == (
        f"{PLAN_PATH}: OK (5 focus areas, 33 actions, 14 bodies, 3 prevention levels)\n"
    )
    assert result.stderr == ""


def test_validate_embedded_plan_from_anywhere(run, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout.startswith("<embedded>/plan.yaml: OK (5 focus areas, 33 actions")


def test_actions_json_lists_all_33_in_document_order(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "--format", "json", *P)
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) == 33
    assert records[6] == {
        "id": "1:8",
        "focus_area": 1,
        "text": records[6]["text"],
        "examples": [],
        "responsible": ["Kommunstyrelsen"],
        "co_responsible": [
            "Socialnämnden",
            "Omsorgsnämnden",
            "Äldreomsorgsnämnden",
            "Utbildningsnämnderna",
            "Kultur- och fritidsnämnderna",
            "Samhällsbyggnadsnämnderna",
            "Miljönämnden",
            "Arbets- och näringslivsnämnden",
            "Telge Bostäder",
            "Kommunala pensionärsrådet",
            "Kommunala funktionshinderrådet",
        ],
        "levels": ["universell"],
        # The plan's seven goals, inherited (the text links no goal to an action itself).
        "goals": [
            "agenda2030-3",
            "agenda2030-5",
            "agenda2030-10",
            "agenda2030-16",
            "lansstrategin",
            "goda-livsvillkor",
            "folkhalsa-mal-l",
        ],
    }
    assert records[6]["text"].startswith("Styrgruppen mot våld i nära relation")


def test_piped_output_defaults_to_json(run) -> None:  # type: ignore[no-untyped-def]
    assert json.loads(run("actions", "--focus", "2", *P).stdout)[0]["id"] == "2:1"


def test_board_without_diacritics_equals_the_real_name(run) -> None:  # type: ignore[no-untyped-def]
    plain = run("actions", "--board", "socialnamnden", "--format", "json", *P)
    real = run("actions", "--board", "Socialnämnden", "--format", "json", *P)
    assert plain.exit_code == real.exit_code == 0
    assert plain.stdout == real.stdout
    assert len(json.loads(real.stdout)) == 27


def test_unknown_board_fails_with_a_suggestion(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "--board", "Socialnamnd", *P)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "error: unknown body 'Socialnamnd'; did you mean Socialnämnden?\n"


def test_role_filter(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "-b", "socialnamnden", "--role", "co-responsible", "--format=csv", *P)
    assert [line.split(",")[0] for line in result.stdout.splitlines()] == [
        "id",
        "1:6",
        "1:8",
        "3:4",
        "5:4",
    ]


def test_usage_errors_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    assert run("actions", "--role", "responsible", *P).exit_code == 2
    assert run("actions", "--format", "xml", *P).exit_code == 2
    assert run("actions", "--focus", "two", *P).exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_level_alias_and_case(run) -> None:  # type: ignore[no-untyped-def]
    upper = run("actions", "--level", "INDIKATIV", "--format", "json", *P)
    canonical = run("actions", "--level", "indikerad", "--format", "json", *P)
    assert upper.stdout == canonical.stdout
    assert len(json.loads(upper.stdout)) == 19


def test_csv_and_markdown(run) -> None:  # type: ignore[no-untyped-def]
    csv_out = run("actions", "--focus", "5", "--level", "selektiv", "--format", "csv", *P).stdout
    header = "id,focus_area,text,examples,responsible,co_responsible,levels"
    assert csv_out.splitlines()[0] == header
    assert csv_out.splitlines()[1].endswith(
        ",Kommunstyrelsen,Utbildningsnämnderna; Socialnämnden; Omsorgsnämnden,selektiv"
    )
    md = run("actions", "--focus", "1", "--format", "md", *P).stdout.splitlines()
    assert md[0] == (
        "| ID | Focus area | Action | Examples | Responsible | Co-responsible | Prevention levels |"
    )
    assert len(md) == 2 + 8


def test_table_on_a_terminal(run) -> None:  # type: ignore[no-untyped-def]
    result = run("boards", "--format", "table", *P)
    assert result.exit_code == 0
    assert "Socialnämnden" in result.stdout and "14 bodies" in result.stdout


def test_show_text(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "5:4", *P)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "Action 5:4",
        "Focus area 5: Kommunen arbetar systematiskt med kunskaps- och metodutveckling",
    ]
    assert result.stdout.splitlines()[-7:] == [
        "Bodies:",
        "  Kommunstyrelsen (responsible)",
        "  Utbildningsnämnderna (co-responsible)",
        "  Socialnämnden (co-responsible)",
        "  Omsorgsnämnden (co-responsible)",
        "",
        "Prevention levels: Selektiv",
    ]


def test_show_unknown_action(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "1:7", *P)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no action '1:7' in the plan")


def test_boards_counts(run) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("boards", "--format", "json", *P).stdout)
    social = next(r for r in records if r["id"] == "socialnamnden")
    assert social == {
        "id": "socialnamnden",
        "name": "Socialnämnden",
        "kind": "board",
        "responsible": 23,
        "co_responsible": 4,
    }
    assert sum(r["responsible"] for r in records) == 67


def test_areas_counts(run) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("areas", "--format", "json", *P).stdout)
    counts = [(r["number"], r["actions"]) for r in records]
    assert counts == [(1, 8), (2, 5), (3, 4), (4, 7), (5, 9)]


class _Context:
    params = {"plan": PLAN_PATH}


@pytest.mark.parametrize(
    ("complete", "typed", "expected"),
    [
        (complete_bodies, "soc", ["Socialnämnden"]),
        (complete_bodies, "kultur", ["Kultur- och fritidsnämnderna"]),
        (complete_bodies, "tel", ["Telge Bostäder", "Telge AB"]),
        (complete_levels, "in", ["indikerad", "indikativ"]),
        (complete_actions, "2:", ["2:1", "2:2", "2:3", "2:4", "2:5"]),
    ],
)
def test_completion(complete, typed, expected) -> None:  # type: ignore[no-untyped-def]
    assert complete(_Context(), typed) == expected  # type: ignore[arg-type]


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    from valdplan import __version__

    assert run("--version").stdout == f"valdplan {__version__}\n"


def test_every_followup_command_has_help_text() -> None:
    import typer.main

    group = typer.main.get_command(app)
    followup = group.commands["followup"]  # type: ignore[attr-defined]
    assert sorted(followup.commands) == [
        "due",
        "export",
        "import",
        "init",
        "merge",
        "report",
        "set",
    ]
    for name, command in followup.commands.items():
        assert command.help, name


def test_table_on_a_terminal_json_when_piped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import pty
    import subprocess
    import sys

    command = [sys.executable, "-m", "valdplan", "areas", *P]
    env = {**os.environ, "VALDPLAN_CACHE_DIR": str(tmp_path), "COLUMNS": "100"}
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=follower, stderr=subprocess.PIPE, env=env) as proc:
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    os.close(leader)
    assert proc.returncode == 0
    text = output.decode()
    assert (
        text.count("┏") == 1 and "Number" in text and "│ Kommunen arbetar våldsförebyggande" in text
    )
    piped = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert json.loads(piped.stdout)[0]["number"] == 1


def test_a_bug_ends_in_one_line_and_exit_3(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("valdplan.plan.query.select_actions", broken)
    monkeypatch.delenv("VALDPLAN_DEBUG", raising=False)
    result = run("actions", "--format", "json", *P)
    assert result.exit_code == 3
    assert result.stderr == (
        "error: internal error (RuntimeError: boom); this is a bug in valdplan, please report"
        " it (VALDPLAN_DEBUG=1 shows the details)\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["actions", "--board", "Telge AB", "--format", "csv"],
        ["show", "4:4"],
        ["followup", "report", "tests/data/followup/helar-2025.yaml", "--format", "json"],
        ["checklist", "--board", "Miljönämnden"],
        ["boards", "--format", "md"],
        ["actions", "--board", "Socialnamnd"],
        ["no-such-command"],
    ],
)
def test_the_lean_entry_point_behaves_like_the_full_app(run, args, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from conftest import ROOT

    full = run(*args, *P) if args != ["no-such-command"] else run(*args)
    expected = full.stdout.replace("Usage: root ", "Usage: valdplan ")
    command = [sys.executable, "-m", "valdplan", *args]
    if args != ["no-such-command"]:
        command += list(P)
    env = {**os.environ, "VALDPLAN_CACHE_DIR": str(tmp_path), "COLUMNS": "80"}
    real = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert real.returncode == full.exit_code
    assert real.stdout == expected
    if full.exit_code == 1:
        assert real.stderr == full.stderr


OTHER = str(Path(__file__).resolve().parent / "data" / "other-municipality.yaml")


def test_plan_before_the_command(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--plan", OTHER, "areas", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "number,title,actions\n"
        "1,Kommunen förebygger våld,2\n"
        "2,Våldsutsatta får stöd,1\n"
        "3,Kunskap,1\n"
    )
    followup = run(
        "--plan", OTHER, "followup", "init", "--year", "2025", "--board", "Exempelby Hem AB"
    )
    assert followup.exit_code == 0
    assert '  - action: "1:2"\n    body: exempelby-hem  # Exempelby Hem AB, ansvarig\n' in (
        followup.stdout
    )


def test_plan_after_the_command_wins(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--plan", OTHER, "areas", "--format", "csv", "--plan", str(PLAN_PATH))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == "1,Kommunen arbetar våldsförebyggande,8"


def test_templates_before_the_command(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "checklist.md.j2").write_text("{{ count_text }} i {{ plan.organisation }}\n")
    result = run("--templates", str(tmp_path), "--plan", OTHER, "checklist", "--focus", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "2 åtgärder i Exempelby kommun\n"
    missing = run("--templates", str(tmp_path / "nope"), "checklist")
    assert missing.exit_code == 2


@pytest.mark.parametrize(
    ("arguments", "command"),
    [
        (["actions", "--plan", "x"], "actions"),
        (["--plan", "x.yaml", "actions"], "actions"),
        (["--plan=x.yaml", "--templates", "t", "followup", "init"], "followup"),
        (["--templates=t", "build", "out"], "build"),
        (["--version"], None),
        (["--plan", "x.yaml", "--help"], None),
        (["--plan"], None),
        ([], None),
    ],
)
def test_the_entry_point_finds_the_command_past_global_options(arguments, command) -> None:  # type: ignore[no-untyped-def]
    from valdplan.cli.main import invoked_command

    assert invoked_command(arguments) == command


def test_help_texts_name_nothing_of_one_plan(run) -> None:  # type: ignore[no-untyped-def]
    texts = [run("--help").stdout, run("actions", "--help").stdout]
    texts += [run("followup", "init", "--help").stdout, run("checklist", "--help").stdout]
    for text in texts:
        for word in ("Södertälje", "universell", "selektiv", "indikerad", "indikativ", "council"):
            assert word not in text
    assert "Prevention level by id, name or alias from the plan" in " ".join(texts[1].split())
    schema = run("schema").stdout
    for word in ("Södertälje", "Telge", "indikativ", "socialnamnden", "Socialnämnden"):
        assert word not in schema


def test_unknown_level_lists_the_plans_own_levels(run) -> None:  # type: ignore[no-untyped-def]
    result = run("actions", "--level", "riktad", "--plan", OTHER)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: unknown prevention level 'riktad' (known: universell, selektiv, indikerad)\n"
    )
