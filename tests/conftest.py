"""Shared fixtures: the repository's plan and a CLI runner that keeps stdout and stderr apart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

import pytest
from typer.testing import CliRunner, Result

from valdplan.cli.main import app_for
from valdplan.plan.loader import load_plan
from valdplan.plan.models import Plan
from valdplan.version import __version__

ROOT = Path(__file__).resolve().parent.parent
PLAN_PATH = ROOT / "plan.yaml"
DATA = Path(__file__).resolve().parent / "data"
RELEASE_WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
# The checklists action 4:4 appears in: it belongs to Socialnämnden alone, level indikerad
# and focus area 4 (read off the source), in each of a build's text formats.
FILES_OF_ACTION_4_4 = [
    f"{stem}.{fmt}"
    for stem in ("fokusomrade-4", "indikerad", "socialnamnden")
    for fmt in ("html", "md")
]


GOLDEN = Path(__file__).resolve().parent / "golden"
# Hostile inputs are the benchmark's (benchmarks/hostile_inputs.py), made smaller in tests.
sys.path.insert(0, str(ROOT / "benchmarks"))
# The record of plan.yaml that follow-up files carry (what followup init writes), for tests
# that write a follow-up inline; at the end of a file it shifts no line numbers.
PLAN_RECORD = (
    "plan:\n  organisation: Södertälje kommun\n  title: Handlingsplan mot våld i nära relation,"
    " hedersrelaterat våld och förtryck, prostitution och människohandel för sexuella ändamål"
    " samt sexuell exploatering av barn 2024–2027\n  period: {start: 2024, end: 2027}\n"
    "  fingerprint: 56912ccd87db\n"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/ from the current output (then review the diff by eye).",
    )


def missing(message: str) -> NoReturn:
    """Skip for want of a tool or file .ci/run provides; under CI, where it must be there, fail."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require_file(path: Path | str, what: str) -> None:
    """Go on only if ``path`` is a file (.ci/run installs it)."""
    if not Path(path).is_file():
        missing(f"{what} not found at {path}; .ci/run installs it")


def require_tool(name: str) -> str:
    """The path of the command ``name`` (.ci/run installs it)."""
    found = shutil.which(name)
    if found is None:
        missing(f"{name} not found; .ci/run installs it")
    return found


@pytest.fixture
def golden(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Compare text with tests/golden/NAME byte for byte (or rewrite it with --update-golden)."""
    update = request.config.getoption("--update-golden")

    def compare(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        assert path.read_bytes() == text.encode("utf-8"), f"{name} differs from its golden file"

    return compare


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own empty cache folder, never the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("VALDPLAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("VALDPLAN_NO_CACHE", raising=False)
    return folder


@pytest.fixture(autouse=True)
def english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests expect English from the command line unless they choose a language: no
    language variable of the machine running them leaks in (subprocesses included)."""
    from valdplan.messages import use_language

    for variable in ("VALDPLAN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    use_language("en")


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan(PLAN_PATH)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``valdplan ARGS`` in-process; the plan is found by discovery unless --plan is given."""
    monkeypatch.delenv("VALDPLAN_PLAN", raising=False)
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        # The app the console script would run for these arguments (main.app_for).
        return runner.invoke(app_for(list(args)), list(args), prog_name="valdplan")

    return invoke


def workflow_steps(path: Path, job: str) -> list[dict[str, Any]]:
    """The steps of one job of a GitHub Actions workflow, as written."""
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    steps: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return steps


@pytest.fixture(scope="session")
def release_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release workflow's build job, run in a copy of this repository's tracked files as
    its checkout: returns the dist/ folder it made (an sdist and a wheel, metadata checked).
    Built once per session; the package and end-to-end tests share it."""
    checkout = tmp_path_factory.mktemp("release") / "valdplan"
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode("utf-8")
    for name in filter(None, tracked.split("\0")):
        source = ROOT / name
        if source.is_file():
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, checkout / name)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_REF": f"refs/tags/v{__version__}",
        "GITHUB_REF_NAME": f"v{__version__}",
    }
    for step in workflow_steps(RELEASE_WORKFLOW, "build"):
        # The build tools are installed in the test environment already (pyproject's test
        # extra); installing them would reach the package index.
        if "run" in step and step["name"] != "Install the build tools":
            done = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", step["run"]],
                cwd=checkout,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, f"{step['name']}: {done.stdout}{done.stderr}"
    return checkout / "dist"
