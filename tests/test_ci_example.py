"""A plan repository of its own, end to end, as another municipality would start one: the
release build's wheel installed into a fresh virtual environment with pip --no-index (as the
pinned requirements.txt would install it from the package index), ``valdplan init`` from that
install, and every ``run:`` / ``script:`` command of the CI files it wrote, read from those
files and run in order, the scheduled due reminder's with them; then pre-commit's hook on the
repository; and the wheel installed with ``pipx install``, completing in bash.

The dependencies' wheels come from ``$VALDPLAN_WHEELHOUSE`` (.ci/run fetches them, so the test
stays offline); without it (or without pipx, which the test extra installs) the tests skip,
except under CI, where they fail.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import DATA, ROOT, missing
from valdplan.version import __version__

GIT = "git -c user.name=ci -c user.email=ci@example.org"
PRE_COMMIT = str(Path(sys.executable).parent / "pre-commit")
ORGANISATION = "Exempelby kommun"
# A plan period begun in the past, so that its first reporting period (delår 2024, due
# 2024-09-30) is overdue on any day the test runs.
PERIOD = "2024-2027"
REMINDER = "valdplan followup due --folder uppfoljning --fail-if-overdue --format table"
NOTHING_OWED = "note: no follow-up file in uppfoljning yet: nobody owes an answer\n"
# What a build of the skeleton holds: one body, three levels, one focus area, in Markdown
# and HTML, with README.md, index.html and the manifest.
BUILT = [
    ".valdplan-build",
    "README.md",
    "fokusomrade-1.html",
    "fokusomrade-1.md",
    "index.html",
    "indikerad.html",
    "indikerad.md",
    "forsta-namnden.html",
    "forsta-namnden.md",
    "selektiv.html",
    "selektiv.md",
    "universell.html",
    "universell.md",
]
# The files an edit of action 1:1's text makes stale: those it appears in.
STALE = [
    f"checklists/{stem}.{fmt}"
    for stem in ("fokusomrade-1", "forsta-namnden", "universell")
    for fmt in ("html", "md")
]


def load(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


@dataclass
class Installed:
    """A fresh virtual environment and the environment variables that make pip install from
    the local wheels only."""

    bin: Path
    env: dict[str, str]

    def run(self, command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", command],
            cwd=cwd,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )


def offline_environment(release_dist: Path, bin_folder: Path, home: Path) -> dict[str, str]:
    """The environment a command runs in: ``bin_folder`` and the system's tools on PATH, no
    other Python environment, and pip installing from the release build and the
    dependencies' wheels only, as it would from the package index."""
    wheelhouse = os.environ.get("VALDPLAN_WHEELHOUSE")
    if not wheelhouse:
        missing("VALDPLAN_WHEELHOUSE is not set: the dependencies' wheels (.ci/run fetches them)")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("VALDPLAN_", "PIP_", "PIPX_", "VIRTUAL_ENV", "PYTHON"))
    }
    env.update(
        PATH=os.pathsep.join([str(bin_folder), "/usr/local/bin", "/usr/bin", "/bin"]),
        HOME=str(home),
        VALDPLAN_CACHE_DIR=str(home / "cache"),
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=f"{release_dist} {wheelhouse}",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_CONSTRAINT="",
    )
    return env


@pytest.fixture(scope="module")
def installed(release_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    folder = tmp_path_factory.mktemp("fresh") / "venv"
    home = tmp_path_factory.mktemp("home")
    # As pip install -r requirements.txt with the package index, into a fresh environment.
    env = offline_environment(release_dist, folder / "bin", home)
    venv.create(folder, with_pip=True)
    env.update(VIRTUAL_ENV=str(folder), PRE_COMMIT_HOME=str(home / "pre-commit"))
    fresh = Installed(folder / "bin", env)
    # valdplan as its pinned requirement installs it (the CI files' first command does the
    # same again, from requirements.txt, before anything else runs).
    done = fresh.run(f"pip install --quiet valdplan=={__version__}", folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert fresh.run("command -v valdplan", folder).stdout.strip() == str(folder / "bin/valdplan")
    yield fresh


def scaffold(installed: Installed, tmp: Path, forge: str) -> Path:
    """``valdplan init`` by the installed valdplan, then a first commit."""
    repo = tmp / "plan-repo"
    done = installed.run(
        f"valdplan init plan-repo --organisation '{ORGANISATION}' --period {PERIOD}"
        f" --language sv --forge {forge}",
        tmp,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        installed.run(f"git init -q && {GIT} add -A && {GIT} commit -qm plan", repo).returncode == 0
    )
    return repo


def check_repository(installed: Installed, repo: Path, commands: list[str], ci_file: str) -> None:
    """Run ``commands`` (the CI file's, in order) on the fresh repository, then after the
    coordinator has committed the checklists, and after an edit of the plan."""
    # The CI file init wrote is this repository's own example, byte for byte.
    assert (repo / ci_file).read_bytes() == (ROOT / ci_file).read_bytes()
    # So is requirements.txt, which pins this version.
    requirements = (repo / "requirements.txt").read_text(encoding="utf-8")
    assert requirements == (ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert requirements.endswith(f"\nvaldplan=={__version__}\n")
    assert commands[0] == "pip install -r requirements.txt"
    assert not any("pip install ." in command for command in commands)
    assert [command for command in commands if "followup due" in command] == [REMINDER]
    for command in commands:
        done = installed.run(command, repo)
        # The staleness check runs only where checklists/ is committed (the CI file's rule).
        if "--check" in command:
            assert done.returncode == 1, done.stdout + done.stderr
            continue
        assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
        # Before the first follow-up file nobody owes an answer: the reminder passes.
        if command == REMINDER:
            assert (done.stdout, done.stderr) == ("", NOTHING_OWED)
    assert installed.run("valdplan --version", repo).stdout.strip().endswith(__version__)
    assert "index.html" in {p.name for p in (repo / "public").iterdir()}

    # As the README says: build the checklists and commit them; now every command passes.
    built = installed.run(f"valdplan build checklists && {GIT} add checklists", repo)
    assert built.returncode == 0, built.stderr
    assert sorted(p.name for p in (repo / "checklists").iterdir()) == sorted(BUILT)
    for command in commands:
        done = installed.run(command, repo)
        assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"

    # An edit of the plan: the check fails, naming exactly the files to rebuild.
    plan = repo / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("Den första åtgärden.", "Den första åtgärden, ändrad."), "utf-8")
    for command in commands:
        done = installed.run(command, repo)
        if "--check" in command:
            assert done.returncode == 1
            assert sorted(done.stdout.splitlines()) == [f"{name}: stale" for name in STALE]
        else:
            assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
    plan.write_text(text, "utf-8")
    check_reminder(installed, repo, commands)

    # A broken plan fails validation with its FILE:LINE:COL line.
    plan.write_text(text.replace("kind: board", "kind: nämnd"), "utf-8")
    validate = next(c for c in commands if "valdplan validate" in c)
    broken = installed.run(validate, repo)
    assert broken.returncode == 1
    assert broken.stderr.splitlines() == [
        "plan.yaml:44:11: bodies[0].kind: 'nämnd' is the name of a body kind; write its id 'board'"
    ]
    plan.write_text(text, "utf-8")


def check_reminder(installed: Installed, repo: Path, commands: list[str]) -> None:
    """The coordinator opens delår 2024 in uppfoljning/, long past its due date: the reminder
    fails naming the unreported pair, and every other command still passes; once the body has
    reported, the reminder passes too."""
    opened = installed.run(
        "valdplan followup init --year 2024 --part delår -o uppfoljning/delar-2024.yaml", repo
    )
    assert opened.returncode == 0, opened.stderr
    today = datetime.date.today()
    late = (today - datetime.date(2024, 9, 30)).days
    for command in commands:
        done = installed.run(command, repo)
        if command != REMINDER:
            assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
            continue
        assert (done.returncode, done.stderr) == (1, "error: 1 answer is overdue\n")
        lines = done.stdout.splitlines()
        assert lines[0] == f"Not reported for interim 2024 as of {today}: 1 pair,"
        assert lines[1:] == [
            "1 body",
            "┏━━━━━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━━━┓",
            "┃ Body           ┃ Action ┃ Due        ┃ Days overdue ┃",
            "┡━━━━━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━━━┩",
            f"│ Första nämnden │ 1:1    │ 2024-09-30 │ {late:>12} │",
            "└────────────────┴────────┴────────────┴──────────────┘",
        ]
    reported = installed.run(
        "valdplan followup set 1:1 -b forsta-namnden --status pagaende"
        " --file uppfoljning/delar-2024.yaml",
        repo,
    )
    assert reported.returncode == 0, reported.stderr
    done = installed.run(REMINDER, repo)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Not reported for interim 2024 as of {today}: 0 pairs, 0 bodies\n"


def test_a_github_plan_repository_runs_its_workflow(installed: Installed, tmp_path: Path) -> None:
    repo = scaffold(installed, tmp_path, "github")
    assert installed.run("git ls-files", repo).stdout.split() == [
        ".github/workflows/checklists.yml",
        ".gitignore",
        ".pre-commit-config.yaml",
        "README.md",
        "plan.schema.json",
        "plan.yaml",
        "requirements.txt",
    ]
    workflow = load(repo / ".github/workflows/checklists.yml")
    # The due reminder runs on Mondays' schedule (and by hand), the check on everything else.
    assert workflow["on"]["schedule"] == [{"cron": "0 6 * * 1"}]
    assert workflow["jobs"]["check"]["if"] == "github.event_name != 'schedule'"
    reminder = workflow["jobs"]["due-reminder"]
    assert reminder["if"] == (
        "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'"
    )
    assert [step.get("name") for step in reminder["steps"] if "run" in step] == [
        "Install valdplan",
        "Remind of answers past their due date",
    ]
    steps = workflow["jobs"]["check"]["steps"]
    names = [step.get("name") for step in steps if "run" in step]
    assert names == [
        "Install valdplan",
        "Validate the plan",
        "Check that the committed checklists are up to date",
        "Build the site",
    ]
    check = steps[[s.get("name") for s in steps].index(names[2])]
    assert check["if"] == "hashFiles('checklists/README.md') != ''"
    # Pages: the built folder is the artifact the deploy job publishes, on the default branch.
    assert steps[-1] == {"uses": "actions/upload-pages-artifact@v3", "with": {"path": "public/"}}
    pages = workflow["jobs"]["pages"]
    assert pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert [step["uses"] for step in pages["steps"]] == ["actions/deploy-pages@v4"]
    commands = [step["run"] for step in steps if "run" in step]
    commands += [step["run"] for step in reminder["steps"] if "run" in step]
    check_repository(installed, repo, commands, ".github/workflows/checklists.yml")


def test_a_gitlab_plan_repository_runs_its_pipeline(installed: Installed, tmp_path: Path) -> None:
    repo = scaffold(installed, tmp_path, "gitlab")
    assert (repo / ".gitlab-ci.yml").is_file() and not (repo / ".github").exists()
    config = load(repo / ".gitlab-ci.yml")
    assert config["image"] == "python:3.11-slim"
    assert config["stages"] == ["check", "deploy"]
    jobs = {name: job for name, job in config.items() if isinstance(job, dict) and "script" in job}
    assert list(jobs) == ["validate", "checklists-up-to-date", "pages", "due-reminder"]
    assert jobs["due-reminder"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]
    assert jobs["checklists-up-to-date"]["rules"] == [{"exists": ["checklists/README.md"]}]
    assert jobs["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert jobs["pages"]["artifacts"] == {"paths": ["public"]}
    commands = list(config["default"]["before_script"])
    commands += [line for job in jobs.values() for line in job["script"]]
    check_repository(installed, repo, commands, ".gitlab-ci.yml")


def test_the_pre_commit_hook_checks_the_plan_repository(
    installed: Installed, tmp_path: Path
) -> None:
    repo = scaffold(installed, tmp_path, "none")
    config = load(repo / ".pre-commit-config.yaml")
    (hooks,) = config["repos"]
    assert hooks["rev"] == f"v{__version__}"
    (hook,) = hooks["hooks"]
    # try-repo runs the hook from this checkout (the rev's code) on the plan repository.
    try_repo = f"{PRE_COMMIT} try-repo {ROOT} {hook['id']} --files plan.yaml"
    good = installed.run(try_repo, repo)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "valdplan validate" in good.stdout and "Passed" in good.stdout

    (repo / "plan.yaml").write_bytes((DATA / "bad" / "unknown-level.yaml").read_bytes())
    bad = installed.run(try_repo, repo)
    assert bad.returncode == 1
    assert "Failed" in bad.stdout
    assert (
        "plan.yaml:31:18: focus_areas[0].actions[0].levels[0]: 'universal' is not a"
        " prevention level (universell, indikerad)"
    ) in bad.stdout


# Completion as bash asks the installed valdplan for it: the script --show-completion prints,
# then its function on a command line, as Tab would call it (the shells themselves, through a
# pty, are tests/test_completion_shells.py).
COMPLETE = """eval "$(valdplan --show-completion bash)"
complete_line() {
    COMP_LINE=$1 COMP_POINT=${#1} COMP_WORDS=() COMPREPLY=()
    read -ra COMP_WORDS <<<"$1"
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _valdplan_completion valdplan
    printf '%s\\n' "${COMPREPLY[@]}"
}
complete_line 'valdplan actions --board Kul'
complete_line 'valdplan show 4:'
"""


def test_pipx_installs_a_working_valdplan_with_completion(
    release_dist: Path, tmp_path: Path
) -> None:
    pipx = Path(sys.executable).parent / "pipx"
    if not pipx.is_file():
        missing("pipx is not installed (pyproject's test extra has it)")
    (wheel,) = release_dist.glob("valdplan-*.whl")
    env = offline_environment(release_dist, tmp_path / "bin", tmp_path / "home")
    env.update(
        PIPX_HOME=str(tmp_path / "pipx"),
        PIPX_BIN_DIR=str(tmp_path / "bin"),
        PIPX_MAN_DIR=str(tmp_path / "man"),
        USE_EMOJI="0",
    )
    user = Installed(tmp_path / "bin", env)
    done = user.run(f"{pipx} install {wheel}", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"installed package valdplan {__version__}" in done.stdout
    assert user.run("command -v valdplan", tmp_path).stdout.strip() == str(user.bin / "valdplan")
    version = user.run("valdplan --version", tmp_path)
    assert version.stdout.strip().endswith(__version__)
    # The embedded plan, from anywhere: Södertälje's 14 bodies.
    bodies = user.run("valdplan boards --format csv | tail -n +2 | wc -l", tmp_path)
    assert bodies.stdout.strip() == "14", bodies.stderr
    completed = user.run(COMPLETE, tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == [
        "Kultur-\\ och\\ fritidsnämnderna",
        *(f"4:{number}" for number in range(1, 8)),
    ]
