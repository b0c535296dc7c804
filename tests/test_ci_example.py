"""The CI examples run as written in a plan repository: the GitHub workflow in
.github/workflows/checklists.yml and the GitLab pipeline in .gitlab-ci.yml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import FILES_OF_ACTION_4_4, PLAN_PATH, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "checklists.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
GIT = "git -c user.name=ci -c user.email=ci@example.org"

Shell = Callable[[str], "subprocess.CompletedProcess[str]"]


def load(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def run_steps() -> list[tuple[str, str]]:
    steps = load(WORKFLOW)["jobs"]["checklists"]["steps"]
    return [(step["name"], step["run"]) for step in steps if "run" in step]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plan repository: plan.yaml, committed."""
    folder = tmp_path / "plan-repo"
    folder.mkdir()
    shutil.copy(PLAN_PATH, folder / "plan.yaml")
    return folder


@pytest.fixture
def sh(repo: Path) -> Shell:
    """Run a script in the plan repository as CI would, with this valdplan installed."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("VALDPLAN_PLAN", None)

    def run(script: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    assert run(f"git init -q && {GIT} add plan.yaml && {GIT} commit -qm plan").returncode == 0
    return run


def test_workflow_commands_build_and_check_a_plan_repository(repo: Path, sh: Shell) -> None:
    names = [name for name, _ in run_steps()]
    assert names == [
        "Install valdplan",
        "Validate the plan",
        "Build all checklists",
        "Fail if committed checklists are stale",
    ]
    steps = dict(run_steps())
    validate = sh(steps["Validate the plan"])
    assert validate.returncode == 0, validate.stderr
    assert sh(steps["Build all checklists"]).returncode == 0
    built = sorted(p.name for p in (repo / "checklists").iterdir())
    assert len(built) == 47 and ".valdplan-build" in built  # 46 files and the build manifest
    assert sh(f"{GIT} add checklists && {GIT} commit -qm checklists").returncode == 0
    assert sh(steps["Fail if committed checklists are stale"]).returncode == 0

    text = (repo / "plan.yaml").read_text(encoding="utf-8")
    (repo / "plan.yaml").write_text(text.replace("Telge AB", "Telge Aktiebolag"), "utf-8")
    assert sh(steps["Build all checklists"]).returncode == 0
    stale = sh(steps["Fail if committed checklists are stale"])
    assert stale.returncode == 1
    assert "checklists/ is out of date" in stale.stdout

    (repo / "plan.yaml").write_text(text.replace("kind: council", "kind: råd", 1), "utf-8")
    broken = sh(steps["Validate the plan"])
    assert broken.returncode == 1
    assert broken.stderr.startswith("plan.yaml:")


def test_gitlab_pipeline_checks_merge_requests_and_publishes_pages(repo: Path, sh: Shell) -> None:
    config = load(GITLAB)
    assert config["stages"] == ["check", "deploy"]
    # The install line is the one thing a plan repository changes (to a released valdplan).
    assert config["default"]["before_script"] == ["pip install --quiet ."]
    jobs = {name: job for name, job in config.items() if isinstance(job, dict) and "script" in job}
    assert sorted(jobs) == ["checklists-up-to-date", "pages", "validate"]
    # The staleness check runs in merge requests of repositories that commit checklists/;
    # GitLab Pages publishes the job named pages, from its artifact folder public/.
    assert jobs["checklists-up-to-date"]["rules"] == [
        {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"', "exists": ["checklists/README.md"]}
    ]
    assert jobs["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert jobs["pages"]["artifacts"] == {"paths": ["public"]}
    assert {job["stage"] for job in jobs.values()} == {"check", "deploy"}

    def script(name: str) -> str:
        return "\n".join(jobs[name]["script"])

    assert sh(script("validate")).returncode == 0
    assert sh(script("pages")).returncode == 0
    published = sorted(p.name for p in (repo / "public").iterdir())
    assert "index.html" in published and "README.md" in published and len(published) == 47

    # A repository that commits its checklists: the check passes, then fails once the plan
    # changes, naming exactly the files to rebuild.
    assert sh(f"valdplan build checklists --plan plan.yaml && {GIT} add checklists").returncode == 0
    assert sh(script("checklists-up-to-date")).returncode == 0
    text = (repo / "plan.yaml").read_text(encoding="utf-8")
    edited = text.replace("hot- och riskbedömningar", "hot- och riskanalyser")
    (repo / "plan.yaml").write_text(edited, "utf-8")
    stale = sh(script("checklists-up-to-date"))
    assert stale.returncode == 1
    assert sorted(stale.stdout.splitlines()) == [
        f"checklists/{name}: stale" for name in FILES_OF_ACTION_4_4
    ]

    (repo / "plan.yaml").write_text(text.replace("kind: council", "kind: råd", 1), "utf-8")
    broken = sh(script("validate"))
    assert broken.returncode == 1
    assert broken.stderr.startswith("plan.yaml:")
