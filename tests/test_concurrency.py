"""Concurrent runs all land: in-place edits lock the file and re-read it under the lock, and
two builds into one folder do not interleave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import PLAN_PATH, ROOT
from hostile import followup_text
from valdplan.followup.loading import load_followup
from valdplan.followup.models import plan_pairs
from valdplan.plan.models import Plan

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def test_20_concurrent_sets_on_one_file_all_land(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(followup_text(body=None), encoding="utf-8")
    # Half of the runs reach the file by another name: a symbolic link and a hard link.
    (tmp_path / "aktuell.yaml").symlink_to("f.yaml")
    os.link(path, tmp_path / "samma.yaml")
    names = ["f.yaml", "f.yaml", "aktuell.yaml", "samma.yaml"]
    pairs = [pair.key for pair in plan_pairs(plan)][:40:2]  # 20 different pairs
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "valdplan",
                "followup",
                "set",
                action,
                "-b",
                body,
                "--status",
                "genomford",
                "--comment",
                f"Klart {n}.",
                "--file",
                str(tmp_path / names[n % 4]),
                "--plan",
                str(PLAN_PATH),
            ],  # fmt: skip
            env={**ENV, "VALDPLAN_CACHE_DIR": str(tmp_path / f"cache-{n}")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n, (action, body) in enumerate(pairs)
    ]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in processes]  # type: ignore[union-attr]
    assert [code for code, _, _ in results] == [0] * 20, results
    assert all(out.endswith(b": updated\n") for _, out, _ in results)
    # A run that waited more than a second says who it waits for; nothing else is said.
    assert all(
        line.startswith(b"note: waiting for ") for _, _, err in results for line in err.splitlines()
    ), results
    entries = load_followup(path, plan).followup.by_pair()
    assert [entries[pair].status for pair in pairs] == ["genomford"] * 20
    assert [entries[pair].comment for pair in pairs] == [f"Klart {n}." for n in range(20)]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("cache-")) == [
        "aktuell.yaml",
        "f.yaml",
        "samma.yaml",  # no lock file or temporary file is left
    ]
    assert (tmp_path / "samma.yaml").read_bytes() == path.read_bytes()


def test_two_builds_into_one_folder_do_not_interleave(tmp_path: Path) -> None:
    out = tmp_path / "out"
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "valdplan",
                "build",
                str(out),
                "--lang",
                lang,
                "--plan",
                str(PLAN_PATH),
            ],  # fmt: skip
            env={**ENV, "VALDPLAN_CACHE_DIR": str(tmp_path / f"cache-{lang}")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for lang in ("sv", "en")
    ]
    assert [p.wait(timeout=120) for p in processes] == [0, 0]
    checks = [
        subprocess.run(
            [
                sys.executable,
                "-m",
                "valdplan",
                "build",
                str(out),
                "--check",
                "--lang",
                lang,
                "--plan",
                str(PLAN_PATH),
            ],  # fmt: skip
            env=ENV,
            capture_output=True,
            check=False,
        ).returncode
        for lang in ("sv", "en")
    ]
    # Whichever build ran last wrote every file of its own: the folder is one whole build.
    assert sorted(checks) == [0, 1]
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".valdplan-build"]
