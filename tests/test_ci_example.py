"""The CI example in .github/workflows/checklists.yml runs as written in a plan repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from conftest import PLAN_PATH, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "checklists.yml"


def run_steps() -> list[tuple[str, str]]:
    workflow = YAML(typ="safe", pure=True).load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["checklists"]["steps"]
    return [(step["name"], step["run"]) for step in steps if "run" in step]


def test_workflow_commands_build_and_check_a_plan_repository(tmp_path: Path) -> None:
    repo = tmp_path / "plan-repo"
    repo.mkdir()
    shutil.copy(PLAN_PATH, repo / "plan.yaml")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("VALDPLAN_PLAN", None)

    def sh(script: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    git = "git -c user.name=ci -c user.email=ci@example.org"
    assert sh(f"git init -q && {git} add plan.yaml && {git} commit -qm plan").returncode == 0
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
    assert sh(f"{git} add checklists && {git} commit -qm checklists").returncode == 0
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
