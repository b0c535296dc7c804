"""Broken and hostile input: every case ends in located one-line problems, exit code 1, no
traceback, in bounded time and memory. Large inputs are generated at test time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA
from valdplan.errors import FileProblems, OutputProblem
from valdplan.files.folder import write_folder
from valdplan.files.reading import MAX_BYTES
from valdplan.files.yaml_events import MAX_DEPTH
from valdplan.plan.loader import load_plan, load_plan_file


def validate(path: Path, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    """``valdplan validate PATH`` in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "valdplan", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def peak_memory_mb(path: Path) -> float:
    """Peak resident memory of ``valdplan validate PATH``, measured from a fresh parent so
    that other tests' child processes do not count."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run([sys.executable, '-m', 'valdplan', 'validate', sys.argv[1]],"
        " capture_output=True, timeout=10)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
    )
    return int(result.stdout) / 1024


def test_alias_bomb_is_refused_in_bounded_time_and_memory() -> None:
    bomb = DATA / "bad" / "billion-laughs.yaml"
    assert len(bomb.read_bytes()) < 400
    result = validate(bomb, timeout=10)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert peak_memory_mb(bomb) < 200


def test_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    plan = tmp_path / "plan.yaml"
    plan.write_text(f'title: !!python/object/apply:os.system ["touch {marker}"]\n')
    result = validate(plan)
    assert result.returncode == 1
    assert (
        f"{plan}:1:8: tag !!python/object/apply:os.system is not allowed;"
        " plans hold only plain values"
    ) in result.stderr.splitlines()
    assert not marker.exists()


def test_a_50_mb_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    line = "- " + "å" * 998 + "\n"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(line.encode())):
            handle.write(line)
    result = validate(path)
    assert result.returncode == 1
    assert result.stderr == (
        f"{path}:1:1: file is larger than {MAX_BYTES // 1_000_000} MB; refusing to read it\n"
    )


@pytest.mark.parametrize("style", ["flow", "block-sequence", "block-mapping"])
def test_100000_levels_of_nesting_stop_at_the_depth_limit(tmp_path: Path, style: str) -> None:
    levels = 100_000
    if style == "flow":
        text = "title: " + "[" * levels + "]" * levels + "\n"
    elif style == "block-sequence":
        text = "title:\n" + "- " * levels + "x\n"
    else:  # indentation grows by one space a level: 3,000 levels make 4.5 MB
        text = "".join(" " * i + "k:\n" for i in range(3000))
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    result = validate(path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert f"nested more than {MAX_DEPTH} levels deep" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_single_10_mb_line(tmp_path: Path) -> None:
    path = tmp_path / "line.yaml"
    path.write_text("title: " + "x" * 10_000_000 + "\n", encoding="utf-8")
    result = validate(path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{path}:1:1: missing required key 'organisation'"
    assert len(result.stderr) < 2000  # the long value is never echoed


def test_unreadable_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("title: x\n")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.open", denied)
    with pytest.raises(FileProblems) as caught:
        load_plan_file(path)
    assert caught.value.lines() == [f"{path}:1:1: cannot read: permission denied"]


def test_output_folder_that_cannot_be_written(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("mine\n")
    result = run("build", str(blocker))
    assert result.exit_code == 1
    assert result.stderr == f"error: {blocker} is not a folder\n"
    inside = blocker / "out"
    with pytest.raises(OutputProblem, match="cannot write .*: a part of the path is not a folder"):
        write_folder(inside, {"x.md": "text\n"})
    assert blocker.read_text() == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_strings_where_numbers_belong_and_yaml_11_words_stay_text(tmp_path: Path) -> None:
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Kunskap", "title: yes").replace("name: Universell", "name: on")
    text = text.replace("Erbjuda skyddat boende.", "2024-13-01").replace('"3:1"', "3:1")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    plan = load_plan(path)
    assert plan.focus_areas[2].title == "yes"
    assert plan.levels[0].name == "on"
    assert plan.focus_areas[1].actions[0].text == "2024-13-01"
    assert plan.focus_areas[2].actions[0].id == "3:1"
    assert json.loads(plan.model_dump_json())["focus_areas"][2]["actions"][0]["id"] == "3:1"
