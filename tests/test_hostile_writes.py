"""Hostile and careless cases of writing: devices and pipes, links in an output folder,
read-only files, modes and owners, the build manifest, leftovers and file names. Each runs
``valdplan`` in a fresh process and checks the exit code, the first error line, and that
everything that was there before is untouched (tests/hostile.py)."""

from __future__ import annotations

import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from hostile import (
    PLAN_TEXT,
    Case,
    chmod,
    followup_text,
    needs_root,
    plan_replacing,
    run_case,
    symlink,
    valdplan,
)

P = ("--plan", "plan.yaml")
SET_44 = ("followup", "set", "4:4", "-b", "socialnamnden", "--status", "genomford",
          "--file", "f.yaml", *P)  # fmt: skip
OUT_BLOCKED = (
    "error: out: nothing written; in the way: {item}; move them away, or pass --force to"
    " replace them (links themselves, never their targets)"
)


def _is_char_device(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def _regular(name: str) -> object:
    def check(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
        assert stat.S_ISREG(os.lstat(tmp / name).st_mode)
        assert (tmp / "outside" / "p.txt").read_text() == "privat\n"

    return check


def _kept_mode_and_owner(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    status = os.stat(tmp / "f.yaml")
    assert stat.S_IMODE(status.st_mode) == 0o640
    assert (status.st_uid, status.st_gid) == (4321, 4322)
    assert "status: genomford" in (tmp / "f.yaml").read_text(encoding="utf-8")


def _chown(name: str) -> object:
    def make(tmp: Path) -> None:
        os.chown(tmp / name, 4321, 4322)
        os.chmod(tmp / name, 0o640)

    return make


def _manifest_keeps_html(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    listed = (tmp / "out" / ".valdplan-build").read_text(encoding="utf-8").splitlines()
    assert "socialnamnden.html" in listed and "socialnamnden.md" in listed


def _leftover_removed(tmp: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    assert not (tmp / "out" / ".socialnamnden.md.valdplan-abcd1234.tmp").exists()


def _build(tmp: Path) -> None:
    valdplan(tmp, "build", "out", *P)


def _build_md_only(tmp: Path) -> None:
    _build(tmp)
    valdplan(tmp, "build", "out", "--format", "md", *P)


def _leftover(tmp: Path) -> None:
    _build(tmp)
    (tmp / "out" / ".socialnamnden.md.valdplan-abcd1234.tmp").write_text("halv")


OUTSIDE = {"outside/p.txt": "privat\n"}
LONG_NAME = "Nämnden för " + "mycket " * 58 + "långa namn"  # 420 characters

CASES = [
    Case(
        "dev-null-is-written-to-not-replaced",
        ["checklist", "--board", "Socialnämnden", "-o", "/dev/null", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        needs_root=True,
        check=_is_char_device,
    ),
    Case(
        "output-that-is-a-folder",
        ["checklist", "-o", "d", *P],
        2,
        "error: --output: d is a folder, not a file",
        files={"plan.yaml": PLAN_TEXT, "d/keep.txt": "mine\n"},
    ),
    Case(
        "build-refuses-a-link-to-a-file-outside",
        ["build", "out", *P],
        1,
        OUT_BLOCKED.format(item="socialnamnden.md (a symbolic link to ../outside/p.txt)"),
        files={"plan.yaml": PLAN_TEXT, **OUTSIDE},
        setup=symlink("out/socialnamnden.md", "../outside/p.txt"),
    ),
    Case(
        "build-refuses-a-dangling-link",
        ["build", "out", *P],
        1,
        OUT_BLOCKED.format(item="socialnamnden.md (a symbolic link to ../outside/new.txt)"),
        files={"plan.yaml": PLAN_TEXT, **OUTSIDE},
        setup=symlink("out/socialnamnden.md", "../outside/new.txt"),
    ),
    Case(
        "build-force-replaces-the-link-itself",
        ["build", "out", "--force", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, **OUTSIDE},
        setup=symlink("out/socialnamnden.md", "../outside/p.txt"),
        may_change=frozenset({"out", "out/"}),
        check=_regular("out/socialnamnden.md"),
    ),
    Case(
        "build-refuses-a-folder-in-the-way",
        ["build", "out", "--force", *P],
        1,
        "error: out: nothing written; these are folders, not files: socialnamnden.md",
        files={"plan.yaml": PLAN_TEXT, "out/socialnamnden.md/mine.txt": "mine\n"},
    ),
    Case(
        "build-refuses-a-file-it-did-not-write",
        ["build", "out", *P],
        1,
        OUT_BLOCKED.format(item="README.md (not written by valdplan)"),
        files={"plan.yaml": PLAN_TEXT, "out/README.md": "Våra anteckningar.\n"},
    ),
    Case(
        "set-refuses-a-read-only-file",
        SET_44,
        1,
        "error: f.yaml is read-only; make it writable (chmod u+w) if it should be changed",
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=chmod("f.yaml", 0o444),
    ),
    Case(
        "import-refuses-a-read-only-file",
        ["followup", "import", "f.csv", "--into", "f.yaml", *P],
        1,
        "error: f.yaml is read-only; make it writable (chmod u+w) if it should be changed",
        files={
            "plan.yaml": PLAN_TEXT,
            "f.yaml": followup_text(),
            "f.csv": "\ufeffÅtgärd,Fokusområde,Åtgärdstext,Organ-id,Organ,Roll,Status,Kommentar,"
            "Underlag,Datum\r\n4:4,4,x,socialnamnden,Socialnämnden,ansvarig,genomförd,,,\r\n",
        },
        setup=chmod("f.yaml", 0o444),
    ),
    Case(
        "fmt-refuses-a-read-only-plan",
        ["fmt", "plan.yaml"],
        1,
        "error: plan.yaml is read-only; make it writable (chmod u+w) if it should be changed",
        files=plan_replacing("title: Handlingsplan", "title:   Handlingsplan"),
        setup=chmod("plan.yaml", 0o444),
    ),
    Case(
        "checklist-refuses-to-replace-a-read-only-file",
        ["checklist", "-o", "c.md", "--force", *P],
        1,
        "error: c.md is read-only; make it writable (chmod u+w) if it should be changed",
        files={"plan.yaml": PLAN_TEXT, "c.md": "mine\n"},
        setup=chmod("c.md", 0o400),
    ),
    Case(
        "set-keeps-mode-and-owner",
        SET_44,
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": followup_text()},
        setup=_chown("f.yaml"),  # type: ignore[arg-type]
        may_change=frozenset({"f.yaml"}),
        needs_root=True,
        check=_kept_mode_and_owner,
    ),
    Case(
        "cache-entry-link-is-never-written-through",
        ["actions", "--board", "Socialnämnden", "--format", "csv", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, **OUTSIDE},
        setup=lambda tmp: _plant_in_cache(tmp, "link"),
    ),
    Case(
        "cache-entry-pipe-does-not-hang",
        ["actions", "--board", "Socialnämnden", "--format", "csv", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        setup=lambda tmp: _plant_in_cache(tmp, "pipe"),
        timeout=20,
    ),
    Case(
        "cache-entry-of-garbage-is-ignored",
        ["actions", "--board", "Socialnämnden", "--format", "csv", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        setup=lambda tmp: _plant_in_cache(tmp, "garbage"),
    ),
    Case(
        "manifest-that-is-not-utf8",
        ["build", "out", *P],
        1,
        "error: out/.valdplan-build is damaged (byte 0xff is not UTF-8); check that out holds"
        " no files of your own, then delete out/.valdplan-build and run the build again with"
        " --force",
        files={"plan.yaml": PLAN_TEXT, "out/.valdplan-build": b"index.html\n\xff\xfe\n"},
    ),
    Case(
        "manifest-that-lists-a-path-outside",
        ["build", "out", *P],
        1,
        "error: out/.valdplan-build is damaged (it lists '../etc/passwd'); check that out holds"
        " no files of your own, then delete out/.valdplan-build and run the build again with"
        " --force",
        files={"plan.yaml": PLAN_TEXT, "out/.valdplan-build": "index.html\n../etc/passwd\n"},
    ),
    Case(
        "manifest-remembers-every-format",
        ["build", "out", *P],
        0,
        None,
        files=plan_replacing("name: Telge AB", "name: Telge Aktiebolag"),
        setup=_build_md_only,
        may_change=frozenset(
            {
                "out",
                "out/.valdplan-build",
                "out/telge-aktiebolag.md",
                "out/telge-aktiebolag.html",
                "out/telge-bostader.md",
                "out/README.md",
                "out/index.html",
                "out/telge-ab.md",
            }
        ),
        check=_manifest_keeps_html,
    ),
    Case(
        "check-lists-leftovers-of-an-interrupted-build",
        ["build", "out", "--check", *P],
        1,
        None,
        files={"plan.yaml": PLAN_TEXT},
        setup=_leftover,
        check=lambda tmp, result: _stdout_is(
            result,
            "out/.socialnamnden.md.valdplan-abcd1234.tmp: leftover from an interrupted run\n",
        ),
    ),
    Case(
        "build-removes-leftovers",
        ["build", "out", *P],
        0,
        "note: removed 1 temporary file an interrupted run had left in out",
        files={"plan.yaml": PLAN_TEXT},
        setup=_leftover,
        may_change=frozenset({"out", "out/.socialnamnden.md.valdplan-abcd1234.tmp"}),
        check=_leftover_removed,
    ),
    Case(
        "a-420-character-body-name-gets-a-short-file-name",
        ["build", "out", *P],
        0,
        None,
        files=plan_replacing("name: Telge AB", f"name: {LONG_NAME}"),
        may_change=frozenset({"out", "out/"}),
        check=lambda tmp, result: _has_short_names(tmp),
    ),
]


def _stdout_is(result: subprocess.CompletedProcess[bytes], expected: str) -> None:
    assert result.stdout.decode() == expected


def _has_short_names(tmp: Path) -> None:
    names = [p.name for p in (tmp / "out").iterdir()]
    assert len(names) == 47
    long_ones = [n for n in names if n.startswith("namnden-for-mycket")]
    assert len(long_ones) == 2 and all(len(n) <= 105 for n in long_ones)


def _plant_in_cache(tmp: Path, kind: str) -> None:
    """Put a link, a pipe or 70 MB of garbage where the plan's cache entry will be."""
    from valdplan.files.cache import digest

    folder = tmp / ".cache"
    folder.mkdir(mode=0o700)
    entry = folder / f"plan-{digest(str(tmp / 'plan.yaml'))[:32]}.json"
    if kind == "link":
        os.symlink(tmp / "outside" / "p.txt", entry)
    elif kind == "pipe":
        os.mkfifo(entry)
    else:
        with entry.open("wb") as handle:
            handle.truncate(70_000_000)  # sparse: costs no disk, would cost memory to read


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_write(case: Case, tmp_path: Path) -> None:
    if needs_root(case):
        pytest.skip("needs root")
    run_case(case, tmp_path)


def test_a_named_pipe_given_to_o_is_written_to(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    case = Case(
        "pipe",
        ["checklist", "--board", "Telge AB", "-o", "pipe", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
    )
    run_case(case, tmp_path)
    reader.join(timeout=10)
    assert received[0].startswith("# Checklista för Telge AB\n".encode())
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_hard_link_sees_the_edit(tmp_path: Path) -> None:
    """README says so: a hard-linked file is rewritten in place, so every name sees the edit."""
    (tmp_path / "f.yaml").write_text(followup_text(), encoding="utf-8")
    os.link(tmp_path / "f.yaml", tmp_path / "other-name.yaml")
    case = Case(
        "hard-link",
        SET_44,
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        may_change=frozenset({"f.yaml", "other-name.yaml"}),
    )
    run_case(case, tmp_path)
    assert "status: genomford" in (tmp_path / "f.yaml").read_text(encoding="utf-8")
    assert (tmp_path / "other-name.yaml").read_bytes() == (tmp_path / "f.yaml").read_bytes()
    assert os.stat(tmp_path / "f.yaml").st_nlink == 2
