"""What hostile input costs valdplan: time and peak memory of each case, at full size.

    python benchmarks/hostile.py          # about three minutes on 2 cores
    python benchmarks/hostile.py plan:    # only the cases whose names hold "plan:"

Each case runs ``valdplan`` in a fresh process; the peak resident memory is the child's own
(``wait4``), the time is wall-clock. The goal for every case (issues 10 and 19): a clear
error or a result within 2 s and 300 MB. The first row, ``valdplan --version``, is no
hostile case but the yardstick of the machine's speed in the same run: on a shared machine
whose speed changes by half from one hour to the next, compare a run's figures with it.
Inputs come from benchmarks/hostile_inputs.py and benchmarks/generate_plan.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import hostile_inputs as inputs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PLAN = ROOT / "plan.yaml"
VALDPLAN = [sys.executable, "-m", "valdplan"]


@dataclass
class Outcome:
    seconds: float
    peak_mb: float
    code: int
    first_line: str


def run(args: list[str], cwd: Path, env: dict[str, str]) -> Outcome:
    """``valdplan ARGS`` in a fresh process: wall time, its own peak memory, and the result."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen([*VALDPLAN, *args], cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").splitlines()
        out.seek(0)
        shown = lines[0] if lines else out.read(200).decode("utf-8", "replace").splitlines()[0]
    return Outcome(seconds, usage.ru_maxrss / 1024, process.returncode, shown)


@dataclass
class Case:
    name: str
    before: str  # what the issue measured before the fix
    prepare: Callable[[Path], list[str]]  # makes the input, returns the command's arguments


def _sheet_case(make: Callable[[Path], None], name: str) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        make(work / name)
        return ["followup", "import", name, "--into", "f.yaml", "--plan", str(PLAN)]

    return prepare


def _comment_word(letters: int) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        text = (work / "f.yaml").read_text(encoding="utf-8")
        (work / "word.yaml").write_text(
            text.replace('comment: ""', "comment: " + "ö" * letters, 1), encoding="utf-8"
        )
        return ["validate", "word.yaml", "--plan", str(PLAN)]

    return prepare


def _misspelt(count: int) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        inputs.plan_with_misspelt_bodies(work / f"misspelt-{count}.yaml", count)
        return ["validate", f"misspelt-{count}.yaml"]

    return prepare


def _cache_entry(kind: str) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        sys.path.insert(0, str(ROOT / "src"))
        from valdplan.files.cache import digest

        folder = work / f"cache-{kind}"
        folder.mkdir(mode=0o700)
        entry = folder / f"plan-{digest(str(PLAN))[:32]}.json"
        if kind == "pipe":
            os.mkfifo(entry)
        else:
            with entry.open("wb") as handle:
                handle.truncate(400_000_000)  # sparse: no disk, but 400 MB if read
        os.environ["HOSTILE_CACHE"] = str(folder)
        return ["actions", "--board", "Socialnämnden", "--format", "json", "--plan", str(PLAN)]

    return prepare


def _big_reimport(fmt: str) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        big = work / "plan-12000.yaml"
        if not big.exists():
            with big.open("w", encoding="utf-8") as handle:
                subprocess.run(
                    [sys.executable, str(HERE / "generate_plan.py"), "12000"],
                    stdout=handle,
                    check=True,
                )
            env = {**os.environ, "VALDPLAN_CACHE_DIR": str(work / "cache")}
            for args in (
                ["followup", "init", "--year", "2025", "-o", "big.yaml", "--plan", str(big)],
                ["followup", "export", "big.yaml", "-o", "big.xlsx", "--plan", str(big)],
                ["followup", "export", "big.yaml", "--format", "csv", "-o", "big.csv",
                 "--plan", str(big)],
            ):  # fmt: skip
                subprocess.run([*VALDPLAN, *args], cwd=work, env=env, check=True)
        return ["followup", "import", f"big.{fmt}", "--into", "big.yaml", "--plan", str(big)]

    return prepare


def _unknown_key(items: int) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        inputs.plan_with_unknown_key(work / "unknown-key.yaml", PLAN, items)
        return ["validate", "unknown-key.yaml"]

    return prepare


def _generated_plan(actions: int) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        plan = work / f"plan-{actions}.yaml"
        with plan.open("w", encoding="utf-8") as handle:
            subprocess.run(
                [sys.executable, str(HERE / "generate_plan.py"), str(actions)],
                stdout=handle,
                check=True,
            )
        return ["validate", plan.name]

    return prepare


def _junk_templates(megabytes: int) -> Callable[[Path], list[str]]:
    def prepare(work: Path) -> list[str]:
        beside = work / "with-templates"
        beside.mkdir(exist_ok=True)
        (beside / "plan.yaml").write_bytes(PLAN.read_bytes())
        inputs.template_folder_with_junk(beside / "templates", megabytes)
        return ["checklist", "-b", "Socialnämnden", "--plan", str(beside / "plan.yaml")]

    return prepare


# Run first, whichever cases are chosen.
YARDSTICK = Case("yardstick: valdplan --version", "", lambda work: ["--version"])
CASES = [
    Case("xlsx: one cell expands to 256 MB", "2.9 s, 558 MB",
         _sheet_case(lambda p: inputs.xlsx_cell_bomb(p, 256), "cell-256.xlsx")),
    Case("xlsx: one cell expands to 2 GB", "27 s, 4.3 GB",
         _sheet_case(lambda p: inputs.xlsx_cell_bomb(p, 2048), "cell-2048.xlsx")),
    Case("xlsx: a million rows", "8-13 s",
         _sheet_case(lambda p: inputs.xlsx_many_rows(p, 1_000_000), "rows.xlsx")),
    Case("xlsx: 3 million shared strings", "33 s",
         _sheet_case(lambda p: inputs.xlsx_shared_strings(p, 3_000_000), "strings.xlsx")),
    Case("csv: a 30 MB field", "> 20 s",
         _sheet_case(lambda p: inputs.csv_long_field(p, 30_000_000), "field.csv")),
    Case("follow-up comment: one 30,000-letter word", "5 s", _comment_word(30_000)),
    Case("follow-up comment: one 60,000-letter word", "21 s", _comment_word(60_000)),
    Case("plan: 500 misspelt body names", "5 s", _misspelt(500)),
    Case("plan: 3,000 misspelt body names", "> 2 min", _misspelt(3_000)),
    Case("cache: a 400 MB garbage entry", "845 MB", _cache_entry("garbage")),
    Case("cache: an entry that is a named pipe", "hangs", _cache_entry("pipe")),
    Case("re-import unchanged xlsx, 29,429 rows", "3 min 20 s", _big_reimport("xlsx")),
    Case("re-import unchanged csv, 29,429 rows", "", _big_reimport("csv")),
    Case("plan: unknown key, a million items (2 MB)", "3.6 s, 443 MB", _unknown_key(1_000_000)),
    Case("plan: 60,000 actions (26 MB), valid", "7.1 s, 596 MB", _generated_plan(60_000)),
    Case("templates folder: 400 MB file, ~$ owner", "reads 400 MB", _junk_templates(400)),
]  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        base = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        setup_env = {**base, "VALDPLAN_CACHE_DIR": str(work / "cache")}
        subprocess.run(
            [*VALDPLAN, "followup", "init", "--year", "2025", "-b", "socialnamnden",
             "-o", "f.yaml", "--plan", str(PLAN)],
            cwd=work, env=setup_env, check=True,
        )  # fmt: skip
        print(f"{'case':44} {'before':>12} {'time':>8} {'peak':>9}  exit  first line")
        # Words given on the command line choose the cases whose names hold one of them.
        words = sys.argv[1:]
        chosen = [YARDSTICK] + [c for c in CASES if not words or any(w in c.name for w in words)]
        for case in chosen:
            os.environ.pop("HOSTILE_CACHE", None)
            args = case.prepare(work)
            cache = os.environ.get("HOSTILE_CACHE") or str(work / "cache")
            result = run(args, work, {**base, "VALDPLAN_CACHE_DIR": cache})
            print(
                f"{case.name:44} {case.before:>12} {result.seconds:7.2f}s"
                f" {result.peak_mb:6.0f} MB  {result.code:>4}  {result.first_line[:70]}"
            )


if __name__ == "__main__":
    main()
