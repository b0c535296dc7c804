"""Completion typed into real bash, zsh and fish through a pty (pexpect): a value with spaces
and å/ä/ö stays one argument, an ambiguous prefix lists the choices, ids complete after
``4:``. The shells come from Debian (.ci/run installs them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from conftest import missing

BIN = str(Path(sys.executable).parent)
SOURCE = {
    "bash": 'eval "$(_VALDPLAN_COMPLETE=source_bash valdplan)"',
    "zsh": 'autoload -Uz compinit && compinit -u && eval "$(_VALDPLAN_COMPLETE=source_zsh'
    ' valdplan)"',
    "fish": "_VALDPLAN_COMPLETE=source_fish valdplan | source",
}
START = {
    "bash": ["--norc", "--noprofile"],
    "zsh": ["-f"],
    "fish": ["--no-config"],
}


def tab_tab(child: pexpect.spawn, text: str) -> None:
    """Type ``text``, then Tab twice, the second once the first has been handled."""
    child.send(text + "\t")
    time.sleep(1.0)
    child.send("\t")


def shell(name: str, folder: Path) -> pexpect.spawn:
    if shutil.which(name) is None:
        missing(f"{name} is not installed (.ci/run installs it)")
    env = {
        "PATH": f"{BIN}{os.pathsep}/usr/bin:/bin",
        "HOME": str(folder),
        # fish shows the choices in its pager only on a terminal that can draw it.
        "TERM": "xterm" if name == "fish" else "dumb",
        "LANG": "C.UTF-8",
        "VALDPLAN_CACHE_DIR": os.environ["VALDPLAN_CACHE_DIR"],
        "PS1": "PROMPT> ",
    }
    child = pexpect.spawn(
        name,
        START[name],
        env=env,
        cwd=str(folder),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 300),
    )
    if name == "zsh":
        child.sendline("PROMPT='PROMPT> '")
    if name == "fish":
        child.sendline("function fish_prompt; echo -n 'PROMPT> '; end")
    child.sendline(SOURCE[name])
    child.sendline("echo READY")
    child.expect("READY\r?\n")
    return child


SHELLS = ["bash", "zsh", "fish"]


@pytest.mark.parametrize("name", SHELLS)
def test_a_name_with_spaces_and_letters_stays_one_argument(name: str, tmp_path: Path) -> None:
    child = shell(name, tmp_path)
    child.send("valdplan actions --format csv --board Kul\t")
    child.expect("fritidsnämnderna")
    child.send("\r")
    # The command ran with the whole name: the CSV lists its actions.
    child.expect(r"\r\n1:1,1,")
    child.expect("PROMPT> ")
    assert "extra argument" not in (child.before or "")
    child.close(force=True)


def shown_after(child: pexpect.spawn, seconds: float = 3.0) -> str:
    """Everything the shell wrote within ``seconds`` (a list, a pager, the line), without
    the terminal's control sequences."""
    child.expect(pexpect.TIMEOUT, timeout=seconds)
    return re.sub(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|\(B)", "", str(child.before)).replace(
        "\\ ", " "
    )


@pytest.mark.parametrize("name", SHELLS)
def test_an_ambiguous_prefix_lists_both_telge_bodies(name: str, tmp_path: Path) -> None:
    child = shell(name, tmp_path)
    tab_tab(child, "valdplan actions --board Te")
    shown = shown_after(child)
    assert "Telge AB" in shown and "Telge Bostäder" in shown
    if name == "bash":
        # The readline setting that made the second Tab list is the user's own again.
        child.send("\x03")
        child.sendline("bind -v | grep show-all-if-unmodified")
        child.expect("\r\nset show-all-if-unmodified (on|off)\r\n")
        assert child.match.group(1) == "off"
    child.close(force=True)


@pytest.mark.parametrize("name", SHELLS)
def test_action_ids_complete_after_the_focus_area(name: str, tmp_path: Path) -> None:
    child = shell(name, tmp_path)
    tab_tab(child, "valdplan show 4:")
    shown = shown_after(child)
    child.close(force=True)
    # Listed in columns (fish: 4:1 4:3 … above 4:2 4:4 …); focus area 4 has seven actions.
    assert set(re.findall(r"\b4:[0-9]+\b", shown)) == {f"4:{number}" for number in range(1, 8)}


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "sv_SE.UTF-8",
            [
                "Komplettering för bash installerad i {path}",
                "Kompletteringen fungerar när du har startat om terminalen",
            ],
        ),
        (
            "en_US.UTF-8",
            [
                "bash completion installed in {path}",
                "Completion will take effect once you restart the terminal",
            ],
        ),
    ],
)
def test_install_completion_answers_in_the_runs_language(
    language: str, lines: list[str], tmp_path: Path
) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LANG": language, "LC_ALL": language}
    done = subprocess.run(
        [f"{BIN}/valdplan", "--install-completion", "bash"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    script = tmp_path / ".bash_completions" / "valdplan.sh"
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [line.format(path=script) for line in lines]
    assert "show-all-if-unmodified" in script.read_text(encoding="utf-8")
