"""Ctrl-C at any moment: SIGINT sent at several delays after start, from the first
milliseconds to a run waiting for another's lock, ends the run with exit code 130 and the one
line "Aborted!", never a traceback from valdplan's code, and leaves the file as it was
with no temporary file beside it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from hostile import PLAN_TEXT, followup_text

DELAYS = (0.0, 0.005, 0.01, 0.02, 0.04, 0.08, 0.15, 0.3, 0.6, 1.2, 2.0)
# A traceback may come only from Python's own start-up, before the console script's guard
# (the first lines of cli/entry.py) is set: no other code of valdplan's may be in it.
VALDPLAN_CODE = str(ROOT / "src" / "valdplan" / "cli")
GUARD = f'File "{VALDPLAN_CODE}/entry.py", line '
GUARD_LINE = 1 + (ROOT / "src/valdplan/cli/entry.py").read_text().splitlines().index(
    "signal.signal(signal.SIGINT, _stop_now)"
)


def _frames_after_the_guard(stderr: str) -> list[str]:
    frames = [line.strip() for line in stderr.splitlines() if VALDPLAN_CODE in line]
    return [
        frame
        for frame in frames
        if not (frame.startswith(GUARD) and frame.endswith("in <module>"))
        or int(frame[len(GUARD) :].split(",")[0]) > GUARD_LINE
    ]


def _interrupt_after(tmp: Path, delay: float) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "valdplan", "followup", "set", "4:4", "-b",
               "socialnamnden", "--status", "genomford", "--file", "f.yaml", "--plan",
               "plan.yaml"]  # fmt: skip
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT / "src"),
        "VALDPLAN_CACHE_DIR": str(tmp / ".cache"),
        "LANG": "C.UTF-8",
    }
    run = subprocess.Popen(command, cwd=tmp, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)  # fmt: skip
    time.sleep(delay)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=30)
    return subprocess.CompletedProcess(command, run.returncode, out, err)


@pytest.mark.parametrize("delay", DELAYS)
def test_ctrl_c_at_any_moment_is_one_line_and_130(tmp_path: Path, delay: float) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    original = followup_text()
    (tmp_path / "f.yaml").write_text(original, encoding="utf-8")
    # A live run (this test) holds the file's lock, so the run waits until Ctrl-C comes.
    (tmp_path / ".f.yaml.lock").write_text(
        f"pid={os.getpid()}\nhost={socket.gethostname()}\n", encoding="utf-8"
    )
    result = _interrupt_after(tmp_path, delay)
    stderr = result.stderr.decode("utf-8", "replace")
    if "Traceback" in stderr:
        assert _frames_after_the_guard(stderr) == [], stderr
        assert delay < 0.3, f"Python's start-up took over {delay} s: {stderr}"
    elif result.returncode == -signal.SIGINT:
        assert stderr == ""  # killed before Python had set up its own Ctrl-C handling
    else:
        assert result.returncode == 130, (result.returncode, stderr)
        lines = [line for line in stderr.splitlines() if not line.startswith("note: ")]
        assert lines == ["Aborted!"], stderr
    if delay >= 0.3:
        assert (result.returncode, stderr.splitlines()[-1:]) == (130, ["Aborted!"]), stderr
    assert (tmp_path / "f.yaml").read_text(encoding="utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
