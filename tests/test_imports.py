"""Each command imports only what it needs: start-up time is mostly imports, and timings are
too noisy for tests, so this asserts which heavy modules stay unimported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_PATH

HEAVY = ("jinja2", "rich", "ruamel", "_ruamel_yaml", "markupsafe", "pydantic", "pydantic_core")
# The plan's pydantic models.
MODELS = "valdplan.plan.models"
# The follow-up's models: no command here reads a follow-up file, and status names, the
# counted order and the plan's fingerprint need none of them.
FOLLOWUP_MODELS = "valdplan.followup.models"
P = ("--plan", str(PLAN_PATH))
PYDANTIC = {"pydantic", "pydantic_core", MODELS}
YAML = {"ruamel", "_ruamel_yaml", *PYDANTIC}
PROBE = """
import json, runpy, sys, io, contextlib
sys.argv = ["valdplan", *json.loads(sys.argv[1])]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        runpy.run_module("valdplan", run_name="__main__")
    except SystemExit:
        pass
print(json.dumps(sorted({*sys.modules, *(name.split(".")[0] for name in sys.modules)})))
"""


def imported(args: list[str], cache: Path) -> set[str]:
    # COLUMNS=40 asks for the stacked layout, which needs no rich; any other width a table.
    columns = "40" if "--stacked" in args else "120"
    args = [arg for arg in args if arg != "--stacked"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        env={"VALDPLAN_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin", "COLUMNS": columns},
    )
    return set(json.loads(result.stdout.splitlines()[-1])) & {*HEAVY, MODELS, FOLLOWUP_MODELS}


@pytest.mark.parametrize(
    ("args", "first_run", "cached_run"),
    [
        (["actions", "--board", "Socialnämnden", "--format", "json", *P], YAML, set()),
        (["validate", str(PLAN_PATH)], YAML, PYDANTIC),
        (["checklist", "--board", "Socialnämnden", *P], YAML | {"jinja2", "markupsafe"}, set()),
        (["actions", "--format", "table", *P], YAML | {"rich"}, set()),
        (["actions", "--format", "table", "--stacked", *P], YAML, set()),
        (["actions", "--format", "csv", *P], YAML, set()),
    ],
    ids=[
        "actions-json",
        "validate",
        "checklist",
        "actions-table",
        "actions-stacked",
        "actions-csv",
    ],
)
def test_heavy_modules_stay_unimported(
    tmp_path: Path, args: list[str], first_run: set[str], cached_run: set[str]
) -> None:
    # The first run parses the plan (YAML, the models) and renders (Jinja); later runs of
    # the same command on the unchanged plan are served from the cache (validate from the
    # cache of validated plans, which holds models).
    assert imported(args, tmp_path) == first_run
    assert imported(args, tmp_path) == cached_run


def test_typer_itself_imports_pydantic(tmp_path: Path) -> None:
    # typer 0.29 checks every parameter's value with a pydantic TypeAdapter, so even a
    # minimal typer app imports pydantic; valdplan's commands leave it unimported because
    # cli/coercion.py coerces their values without it. When this fails, typer stopped:
    # cli/coercion.py can go.
    hello = tmp_path / "hello.py"
    hello.write_text(
        "import sys, typer\napp = typer.Typer()\n\n@app.command()\ndef hello() -> None:\n"
        "    pass\n\ntry:\n    app()\nexcept SystemExit:\n"
        "    print('pydantic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, str(hello)], capture_output=True, text=True, check=True
    )
    assert result.stdout == "True\n"


COMMAND_PROBE = """
import json, runpy, sys, io, contextlib
sys.argv = ["valdplan", *json.loads(sys.argv[1])]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        runpy.run_module("valdplan", run_name="__main__")
    except SystemExit:
        pass
print(json.dumps(sorted(name for name in sys.modules if name.startswith("valdplan.cli."))))
"""


@pytest.mark.parametrize(
    "args",
    [
        ["actions", "--format", "json", *P],
        [*P, "actions", "--format", "json"],
        [f"--plan={PLAN_PATH}", "actions", "--format", "json"],
    ],
    ids=["plan-after", "plan-before", "plan-equals-before"],
)
def test_only_the_invoked_commands_module_is_imported(tmp_path: Path, args: list[str]) -> None:
    # The lean app: --plan before the command must not make main() build the full app.
    result = subprocess.run(
        [sys.executable, "-c", COMMAND_PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        env={"VALDPLAN_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    modules = json.loads(result.stdout.splitlines()[-1])
    assert [m for m in modules if m.endswith("_commands")] == ["valdplan.cli.plan_commands"]


def test_a_build_of_an_unchanged_plan_renders_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["build", str(out), *P]
    assert imported(args, tmp_path / "cache") == YAML | {"jinja2", "markupsafe"}
    first = {path.name: path.read_bytes() for path in out.iterdir()}
    shutil.rmtree(out)
    # Into an empty folder again: every file is written, from the cache.
    assert imported(args, tmp_path / "cache") == set()
    assert {path.name: path.read_bytes() for path in out.iterdir()} == first


def test_the_command_line_looks_for_no_pydantic_plugins(tmp_path: Path) -> None:
    # Finding plugins scans every installed distribution's entry points (benchmarks/run.py);
    # here that scan fails, so a run that made it would fail.
    code = (
        "import importlib.metadata, runpy, sys\n"
        "def scan(**_): raise SystemExit('entry points scanned')\n"
        "importlib.metadata.entry_points = scan\n"
        f"sys.argv = ['valdplan', 'validate', {str(PLAN_PATH)!r}]\n"
        "runpy.run_module('valdplan', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={"VALDPLAN_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
