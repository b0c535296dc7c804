"""Completion typed into real bash, zsh and fish through a pty (pexpect): a value with spaces
and å/ä/ö stays one argument, an ambiguous prefix lists the choices, ids complete after
``4:``. The shells come from Debian (.ci/run installs them)."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pexpect
import pytest

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
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    env = {
        "PATH": f"{BIN}{os.pathsep}/usr/bin:/bin",
        "HOME": str(folder),
        "TERM": "dumb",
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
    """Everything the shell wrote within ``seconds`` (a list, a pager, the line)."""
    child.expect(pexpect.TIMEOUT, timeout=seconds)
    return str(child.before).replace("\\ ", " ")


# Not working yet, kept marked (strict: a fix shows): bash and zsh insert "Telge\\ " on the
# first Tab and then ring the bell instead of listing; fish lists in a pager that this
# reading does not catch, and picks the first id on the second Tab.
AMBIGUOUS = [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="no list seen"))
    for name in SHELLS
]
IDS = ["bash", "zsh", pytest.param("fish", marks=pytest.mark.xfail(strict=True, reason="pager"))]


@pytest.mark.parametrize("name", AMBIGUOUS)
def test_an_ambiguous_prefix_lists_both_telge_bodies(name: str, tmp_path: Path) -> None:
    child = shell(name, tmp_path)
    tab_tab(child, "valdplan actions --board Te")
    shown = shown_after(child)
    child.close(force=True)
    assert "Telge AB" in shown and "Telge Bostäder" in shown


@pytest.mark.parametrize("name", IDS)
def test_action_ids_complete_after_the_focus_area(name: str, tmp_path: Path) -> None:
    child = shell(name, tmp_path)
    tab_tab(child, "valdplan show 4:")
    for number in range(1, 8):
        child.expect(f"4:{number}", timeout=5)
    child.close(force=True)
