"""A harness for hostile cases: run ``valdplan`` in a fresh process inside a folder of
prepared files and check the exit code, the exact first line of stderr, and that every file
that was there before is exactly as it was (content, mode, owner, link target, type), apart
from the paths a case says it may change."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from conftest import PLAN_PATH, ROOT

PLAN_TEXT = PLAN_PATH.read_text(encoding="utf-8")
_USAGE = ("Usage:", "Try '")
NO_PUBLISHING = "note: no publisher's settings"


def valdplan(tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``valdplan ARGS`` in ``tmp`` as a case does, for preparing a case (must succeed)."""
    return subprocess.run(
        [sys.executable, "-m", "valdplan", *args],
        cwd=tmp,
        env={
            **os.environ,
            "VALDPLAN_CACHE_DIR": str(tmp / ".cache"),
            "PYTHONPATH": str(ROOT / "src"),
        },
        capture_output=True,
        check=True,
    )


@dataclass
class Case:
    """One hostile case. Strings in ``args`` and ``first_line`` may hold ``{tmp}``."""

    id: str
    args: Sequence[str]
    code: int
    first_line: str | None  # None: stderr must be empty
    files: Mapping[str, str | bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    may_change: frozenset[str] = frozenset()
    env: Mapping[str, str] = field(default_factory=dict)
    needs_root: bool = False
    check: Callable[[Path, subprocess.CompletedProcess[bytes]], None] | None = None
    timeout: float = 30


def snapshot(folder: Path) -> dict[str, tuple[object, ...]]:
    """Everything observable about every entry under ``folder``, without following links."""
    found: dict[str, tuple[object, ...]] = {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        if relative.split("/")[0] == ".cache":
            continue
        status = os.lstat(path)
        kind = stat.S_IFMT(status.st_mode)
        if stat.S_ISLNK(status.st_mode):
            content: object = os.readlink(path)
        elif stat.S_ISREG(status.st_mode):
            content = path.read_bytes()
        else:
            content = None
        found[relative] = (kind, stat.S_IMODE(status.st_mode), status.st_uid, status.st_gid,
                           status.st_ino, content)  # fmt: skip
    return found


def run_case(case: Case, tmp: Path) -> subprocess.CompletedProcess[bytes]:
    """Prepare ``tmp``, run the case's command there and check what it promises."""
    for name, content in case.files.items():
        target = tmp / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    if case.setup is not None:
        case.setup(tmp)
    before = snapshot(tmp)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp / ".home"),
        "VALDPLAN_CACHE_DIR": str(tmp / ".cache"),
        "PYTHONPATH": str(ROOT / "src"),
        "LANG": "C.UTF-8",
        **case.env,
    }
    args = [arg.format(tmp=tmp) for arg in case.args]
    result = subprocess.run(
        [sys.executable, "-m", "valdplan", *args],
        cwd=tmp,
        env=env,
        capture_output=True,
        timeout=case.timeout,
        check=False,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert result.returncode == case.code, (result.returncode, stderr)
    # A build without publisher's settings says what a published site would need (tested in
    # test_publishing.py); nothing else may be said.
    stderr = "".join(
        line for line in stderr.splitlines(keepends=True) if not line.startswith(NO_PUBLISHING)
    )
    if case.first_line is None:
        assert stderr == "", stderr
    else:
        # A usage error starts with click's usage lines; the error line follows them.
        lines = [line for line in stderr.splitlines() if line and not line.startswith(_USAGE)]
        assert lines[0] == case.first_line.format(tmp=tmp), stderr
    after = snapshot(tmp)

    def allowed(name: str) -> bool:
        return any(name == m or (m.endswith("/") and name.startswith(m)) for m in case.may_change)

    for name, was in before.items():
        if not allowed(name):
            assert after.get(name) == was, f"{name} changed"
    new = sorted(name for name in set(after) - set(before) if not allowed(name))
    assert not new, f"new files: {new}"
    if case.check is not None:
        case.check(tmp, result)
    return result


def needs_root(case: Case) -> bool:
    """Whether the case cannot run here (it needs root and the tests do not run as root)."""
    return case.needs_root and os.geteuid() != 0


def plan_replacing(old: str, new: str, count: int = 1) -> dict[str, str | bytes]:
    """The real plan as ``plan.yaml`` with ``old`` replaced by ``new`` (which must be there)."""
    assert old in PLAN_TEXT, old
    return {"plan.yaml": PLAN_TEXT.replace(old, new, count)}


def symlink(link: str, target: str) -> Callable[[Path], None]:
    """A setup step: ``link`` (relative to the case folder) pointing at ``target``."""

    def make(tmp: Path) -> None:
        (tmp / link).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, tmp / link)

    return make


def chmod(name: str, mode: int) -> Callable[[Path], None]:
    """A setup step: ``name`` gets ``mode``."""

    def make(tmp: Path) -> None:
        os.chmod(tmp / name, mode)

    return make


def steps(*each: Callable[[Path], None]) -> Callable[[Path], None]:
    """Several setup steps in order."""

    def make(tmp: Path) -> None:
        for step in each:
            step(tmp)

    return make


def followup_text(body: str | None = "socialnamnden", year: int = 2025) -> str:
    """A fresh follow-up of the real plan, as ``followup init`` writes it."""
    from valdplan.followup.writing import initial_followup, render_followup
    from valdplan.plan.loader import load_plan

    plan = load_plan(PLAN_PATH)
    return render_followup(plan, initial_followup(plan, year, "helår", body))
