"""Trouble in the surroundings is never reported as a bug (exit 3): a closed or full
standard output, a reader that went away, a foreign encoding, a deleted working directory,
a bad COLUMNS. These run real processes with real file descriptors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_PATH, ROOT

ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "PYTHONPATH": str(ROOT / "src"),
    "LANG": "C.UTF-8",
}
VALDPLAN = f"{sys.executable} -m valdplan"


def shell(command: str, tmp: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    """``command`` in bash, with ``valdplan`` meaning this checkout's valdplan."""
    return subprocess.run(
        ["bash", "-c", command.replace("valdplan ", VALDPLAN + " ")],
        cwd=tmp,
        env={**ENV, "VALDPLAN_CACHE_DIR": str(tmp / ".cache"), **env},
        capture_output=True,
        timeout=30,
        check=False,
    )


def test_closed_stdout_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = shell(f"valdplan actions --plan {PLAN_PATH} >&-", tmp_path)
    assert result.returncode == 1
    assert result.stderr == b"error: cannot write the output: the stream is closed\n"


def test_closed_stdout_does_not_stop_writing_a_file(tmp_path: Path) -> None:
    result = shell(
        f"valdplan checklist --board 'Telge AB' -o c.md --plan {PLAN_PATH} >&-", tmp_path
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert (tmp_path / "c.md").read_text(encoding="utf-8").startswith("# Checklista för Telge AB\n")


def test_a_reader_that_went_away_ends_quietly_as_cat_does(tmp_path: Path) -> None:
    result = shell(
        # The reader closes its end at once; valdplan's first write finds nobody there.
        f"set -o pipefail; valdplan actions --format json --plan {PLAN_PATH}"
        " | { exec 0<&-; sleep 1; }",
        tmp_path,
    )
    assert result.returncode == 141
    assert result.stderr == b""


def test_a_full_disk_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = shell(f"valdplan show 2:2 --plan {PLAN_PATH} >/dev/full", tmp_path)
    assert result.returncode == 1
    assert result.stderr == b"error: cannot write the output: no space left on the device\n"


def test_an_ascii_locale_gets_utf8_in_a_pipe(tmp_path: Path) -> None:
    result = shell(
        f"valdplan show 2:2 --plan {PLAN_PATH} | cat",
        tmp_path,
        LC_ALL="C",
        LANG="C",
        PYTHONUTF8="0",
        PYTHONCOERCECLOCALE="0",
        PYTHONIOENCODING="",
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8").startswith(
        "Action 2:2\nFocus area 2: Kommunen erbjuder våldsutövare"
    )


EMBEDDED_NOTE = (
    b"note: no plan file (--plan, $VALDPLAN_PLAN, ./plan.yaml); using the plan embedded in"
    b" valdplan\n"
)


def test_a_deleted_working_directory(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    result = shell(f"cd {gone} && rmdir {gone} && valdplan actions --format csv", tmp_path)
    assert (result.returncode, result.stderr) == (0, EMBEDDED_NOTE)
    assert result.stdout.decode("utf-8").splitlines()[0].startswith("id,focus_area,text")
    relative = shell(f"cd {gone} 2>/dev/null; mkdir {gone} && cd {gone} && rmdir {gone} &&"
                     " valdplan validate plan.yaml", tmp_path)  # fmt: skip
    assert relative.returncode == 1
    assert relative.stderr == b"plan.yaml:1:1: no such file\n"


@pytest.mark.parametrize("columns", ["0", "-5", "abc", ""])
def test_a_bad_columns_value_is_ignored(tmp_path: Path, columns: str) -> None:
    result = shell(
        f"valdplan actions --board 'Telge AB' --format table --plan {PLAN_PATH}",
        tmp_path,
        COLUMNS=columns,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert "5:9" in result.stdout.decode("utf-8")
    help_text = shell("valdplan --help", tmp_path, COLUMNS=columns)
    assert help_text.returncode == 0 and b"Usage: valdplan" in help_text.stdout
