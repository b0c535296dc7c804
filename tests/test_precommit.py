"""The pre-commit hook in .pre-commit-hooks.yaml, run by pre-commit itself on a repository
holding a good and then a broken plan."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import DATA, PLAN_PATH, ROOT

PRE_COMMIT = str(Path(sys.executable).parent / "pre-commit")


def test_hook_passes_a_good_plan_and_fails_a_broken_one(tmp_path: Path) -> None:
    repo = tmp_path / "plan-repo"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=600
        )

    shutil.copy(PLAN_PATH, repo / "plan.yaml")
    assert run("git", "init", "-q").returncode == 0
    assert run("git", "add", "plan.yaml").returncode == 0
    good = run(PRE_COMMIT, "try-repo", str(ROOT), "valdplan-validate", "--files", "plan.yaml")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "valdplan validate" in good.stdout and "Passed" in good.stdout

    shutil.copy(DATA / "bad" / "unknown-level.yaml", repo / "plan.yaml")
    bad = run(PRE_COMMIT, "try-repo", str(ROOT), "valdplan-validate", "--files", "plan.yaml")
    assert bad.returncode == 1
    assert "Failed" in bad.stdout
    assert (
        "plan.yaml:31:18: focus_areas[0].actions[0].levels[0]: 'universal' is not a"
        " prevention level (universell, indikerad)"
    ) in bad.stdout
