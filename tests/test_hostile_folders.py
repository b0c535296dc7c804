"""Folders are all or nothing: a build writes every new file beside the old one before it
switches, so a full disk or a read-only page leaves the previous build exactly as it was; the
pages of a body the plan no longer has are removed, so ``build --check`` passes right after;
and temporary files of a killed run are removed by the next run that writes that file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT
from hostile import PLAN_TEXT, Case, followup_text, run_case, snapshot, steps, valdplan

P = ("--plan", "plan.yaml")
SET = ("followup", "set", "4:4", "-b", "socialnamnden", "--status", "genomford",
       "--file", "f.yaml", *P)  # fmt: skip
RENAMED = PLAN_TEXT.replace("name: Telge AB", "name: Telge Aktiebolag", 1)
HOST = f"h{zlib.crc32(socket.gethostname().encode()):08x}"
DEAD_PID = 4194303  # above any pid_max Linux allows, so no process has it
KILLED = f".f.yaml.valdplan-{HOST}-p{DEAD_PID}-k1ll3d00.tmp"
LIVE = f".f.yaml.valdplan-{HOST}-p{os.getpid()}-l1ve0000.tmp"
ELSEWHERE = ".f.yaml.valdplan-h00000000-p12-0th3r000.tmp"


Step = Callable[[Path], None]
Check = Callable[[Path, subprocess.CompletedProcess[bytes]], None]


def _build(*args: str) -> Step:
    def make(tmp: Path) -> None:
        valdplan(tmp, "build", "out", *args, *P)

    return make


def _plan(text: str) -> Step:
    def make(tmp: Path) -> None:
        (tmp / "plan.yaml").write_text(text, encoding="utf-8")

    return make


def _leftover(name: str, age: float = 0) -> Step:
    def make(tmp: Path) -> None:
        (tmp / name).write_bytes(b"x" * 1_000_000)
        then = time.time() - age
        os.utime(tmp / name, (then, then))

    return make


def _check_passes(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    names = os.listdir(tmp / "out")
    assert "telge-ab.md" not in names and "telge-ab.html" not in names
    assert "telge-aktiebolag.md" in names
    manifest = (tmp / "out" / ".valdplan-build").read_text(encoding="utf-8").splitlines()
    assert "telge-ab.md" not in manifest and "telge-aktiebolag.html" in manifest
    check = valdplan(tmp, "build", "out", "--check", *P)
    assert check.stdout.decode() == "out: 46 files up to date\n"


def _gone(name: str) -> Check:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        assert not (tmp / name).exists()
        assert (tmp / "f.yaml").read_text(encoding="utf-8").count("status: genomford") == 1

    return check


def _stems() -> list[str]:
    from valdplan.documents.build import checklists
    from valdplan.plan.loader import load_plan

    return [c.stem for c in checklists(load_plan(ROOT / "plan.yaml"))]


def _html_pages() -> frozenset[str]:
    pages = (f"out/{stem}.html" for stem in _stems())
    return frozenset({"out/.valdplan-build", "out/index.html", *pages})


CSV = (
    "\ufeffÅtgärd,Fokusområde,Åtgärdstext,Organ-id,Organ,Roll,Status,Kommentar,Underlag,Datum\r\n"
    "4:4,4,x,socialnamnden,Socialnämnden,ansvarig,pagaende,,,\r\n"
)
READ_ONLY = (
    "error: out/README.md is read-only; make it writable (chmod u+w) if it should be changed"
)

CASES = [
    Case(
        "the-pages-of-a-renamed-body-are-removed-and-check-passes-after",
        ["build", "out", *P],
        0,
        "note: removed 2 files valdplan had written in out that the plan no longer has:"
        " telge-ab.html, telge-ab.md",
        files={"plan.yaml": PLAN_TEXT},
        setup=steps(_build(), _plan(RENAMED)),
        may_change=frozenset({"out/"}),
        check=_check_passes,
    ),
    Case(
        "a-build-of-another-format-keeps-the-first-build's-files",
        ["build", "out", "--format", "html", *P],
        0,
        "note: 23 other files in out are not from this build: "
        + ", ".join(["README.md", *sorted(f"{stem}.md" for stem in _stems())]),
        files={"plan.yaml": PLAN_TEXT},
        setup=_build("--format", "md"),
        may_change=_html_pages(),
    ),
    Case(
        "a-read-only-page-stops-the-build-before-it-writes-anything",
        ["build", "out", *P],
        1,
        READ_ONLY,
        files={"plan.yaml": PLAN_TEXT},
        setup=steps(
            _build(),
            _plan(RENAMED),
            lambda tmp: os.chmod(tmp / "out" / "README.md", 0o444),
        ),
        may_change=frozenset({"plan.yaml"}),
    ),
    Case(
        "the-temporary-copy-of-a-killed-import-is-removed-by-the-next-run",
        list(SET),
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=_leftover(KILLED),
        may_change=frozenset({"f.yaml", KILLED}),
        check=_gone(KILLED),
    ),
    Case(
        "an-hour-old-temporary-copy-from-another-computer-is-removed",
        list(SET),
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=_leftover(ELSEWHERE, age=3600),
        may_change=frozenset({"f.yaml", ELSEWHERE}),
        check=_gone(ELSEWHERE),
    ),
    Case(
        "the-temporary-copy-of-a-live-run-is-kept",
        list(SET),
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=_leftover(LIVE),
        may_change=frozenset({"f.yaml"}),
    ),
    Case(
        "a-fresh-temporary-copy-from-another-computer-is-kept",
        list(SET),
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=_leftover(ELSEWHERE),
        may_change=frozenset({"f.yaml"}),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_folder(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return mounted.returncode == 0


def test_a_full_disk_leaves_the_previous_build_byte_identical(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "400k"):
        pytest.skip("needs root and a tmpfs mount")
    try:
        (tmp_path / "plan.yaml").write_text(PLAN_TEXT, encoding="utf-8")
        # The Markdown build (160 kB) fits; Markdown and HTML beside it (500 kB more) do not.
        valdplan(tmp_path, "build", "disk/out", "--format", "md", *P)
        (tmp_path / "plan.yaml").write_text(RENAMED, encoding="utf-8")
        before = snapshot(disk)
        result = subprocess.run(
            [sys.executable, "-m", "valdplan", "build", "disk/out", *P],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "LANG": "C.UTF-8"},
            capture_output=True,
            check=False,
        )
        assert result.returncode == 1
        first = result.stderr.decode().splitlines()[0]
        assert first.startswith("error: cannot write disk/out/"), first
        assert first.endswith(": no space left on the device; nothing was changed"), first
        assert snapshot(disk) == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)


_SLOW_SWITCH = """
import os, sys, time
replace = os.replace


def slow_replace(source, target, **options):
    if str(target).endswith("f.yaml"):
        time.sleep(60)  # held between writing the new copy and the switch
    return replace(source, target, **options)


os.replace = slow_replace
sys.argv = ["valdplan", *sys.argv[1:]]
from valdplan.cli.entry import main
main()
"""


def test_kill_9_during_import_leaves_a_copy_the_next_run_removes(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    (tmp_path / "f.yaml").write_text(followup_text(), encoding="utf-8")
    (tmp_path / "f.csv").write_text(CSV, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LANG": "C.UTF-8"}
    run = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SWITCH, "followup", "import", "f.csv", "--into", "f.yaml",
         *P],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]:
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    left = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].startswith(".f.yaml.valdplan-")
    valdplan(tmp_path, *SET)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
