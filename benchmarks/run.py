"""Measure valdplan's speed and print the figures (README's "Performance" section).

    python benchmarks/run.py            # about 2-3 minutes on 2 cores
    python benchmarks/run.py --runs 30
    python benchmarks/run.py --cold-only  # section 1 only, under a minute

1. Cold start (a new process each run) of commands on the real plan, beside ``python -c
   pass`` and a minimal typer app, measured round-robin in the same run so that machine
   noise hits all of them alike, as CPU time (user + system: on a machine shared with other
   work the wall clock measures the others too). "pairwise" is the median of each run's
   ratio to the typer app's run in the same round; the targets are checked on it. "cached"
   runs find the cache warm, as a user who runs commands on an unchanged plan does; "empty
   cache" runs start with none, as the first run after a change or on a fresh machine does.
   ``build`` writes every checklist into an empty folder (46 files) on each run. Targets: a
   cached query at most 1.10x the typer app, a query with an empty cache 1.25x, a build with
   an empty cache 1.5x.
2. Generated plans of 120, 1,200 and 12,000 actions (benchmarks/generate_plan.py): a cold
   ``validate`` (empty cache), a filtered query on the unchanged plan (warm cache), and a cold
   ``build`` of every checklist into an empty folder.
3. With ``--caches``: what each cache saves, a command with and without its cache entry.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
VALDPLAN = str(BIN / "valdplan")
SIZES = (120, 1_200, 12_000)


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """The CPU time (user and system) ``command`` took: unlike the wall clock, it does not
    count the time other processes on a shared machine take from it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr.decode()}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def compile_bytecode() -> None:
    """Compile valdplan's modules as pip does when it installs a wheel, so that no run pays
    for compiling them (PYTHONDONTWRITEBYTECODE would otherwise make every run do it)."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import compileall, os, valdplan;"
            " compileall.compile_dir(os.path.dirname(valdplan.__file__), quiet=1)",
        ],
        check=True,
    )


# Targets against the typer app: (command, most it may take, what it says).
TARGETS = (
    ("cached query", 1.10),
    ("cold query (empty cache)", 1.25),
    ("build, empty cache", 1.5),
)


def cold_start(runs: int, env: dict[str, str], work: Path) -> None:
    hello = work / "hello_typer.py"
    hello.write_text(
        "import typer\n\napp = typer.Typer()\n\n\n@app.command()\ndef hello() -> None:\n"
        '    print("hello")\n\n\nif __name__ == "__main__":\n    app()\n'
    )
    plan = str(ROOT / "plan.yaml")
    query = [VALDPLAN, "actions", "--board", "Socialnämnden", "--format", "json", "--plan", plan]
    built = work / "built"
    build = [VALDPLAN, "build", str(built), "--plan", plan]
    empty = work / "cache-empty"
    # name: (command, whether each run starts with an empty cache)
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], False),
        "typer hello app": ([sys.executable, str(hello)], False),
        "cached query": (query, False),
        "cold query (empty cache)": (query, True),
        "validate (cached)": ([VALDPLAN, "validate", plan], False),
        "checklist --board Socialnämnden (cached)": (
            [VALDPLAN, "checklist", "--board", "Socialnämnden", "--plan", plan],
            False,
        ),
        "build (cached)": (build, False),
        "build, empty cache": (build, True),
    }

    def run(name: str) -> float:
        command, cold = commands[name]
        if command is build:
            shutil.rmtree(built, ignore_errors=True)  # every run writes all the files
        run_env = env
        if cold:
            shutil.rmtree(empty, ignore_errors=True)
            run_env = {**env, "VALDPLAN_CACHE_DIR": str(empty)}
        return timed(command, run_env, work)

    for name in commands:
        run(name)  # fills the cache, and the file system's
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name in commands:
            samples[name].append(run(name))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    floor = medians["typer hello app"]
    # Each run against the typer app's run of the same round: the load of the moment hits
    # both alike, so the median of these ratios drifts less than the ratio of the medians.
    pairwise = {
        name: statistics.median(
            run / hello for run, hello in zip(values, samples["typer hello app"], strict=True)
        )
        for name, values in samples.items()
    }
    load = os.getloadavg()
    print(
        f"CPU time (user + system), median of {runs} runs (round-robin), real plan"
        f" ({plan_size()} actions); load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    print(f"{'command':48} {'median':>10} {'vs typer':>9} {'pairwise':>9} {'spread':>19}")
    for name, median in medians.items():
        shown = name != "python -c pass"
        ratio = f"{median / floor:8.2f}x" if shown else ""
        paired = f"{pairwise[name]:8.2f}x" if shown else ""
        low, high = min(samples[name]), max(samples[name])
        spread = f"{low * 1000:6.1f}-{high * 1000:.1f} ms"
        print(f"{name:48} {ms(median):>10} {ratio:>9} {paired:>9} {spread:>19}")
    for name, target in TARGETS:
        ratio = pairwise[name]
        verdict = "meets" if ratio <= target else "MISSES"
        print(f"{name}: {ratio:.2f}x the typer app, pairwise ({verdict} the {target:.2f}x target)")
    print()


def caches(runs: int, env: dict[str, str], work: Path) -> None:
    """What each cache saves: a command with its entry in the cache, and with its entry
    removed before each run (the other caches warm)."""
    plan = str(ROOT / "plan.yaml")
    built = work / "built-caches"
    folder = Path(env["VALDPLAN_CACHE_DIR"])
    uses = {
        "plan": [VALDPLAN, "validate", plan],
        "query": [
            VALDPLAN,
            "actions",
            "--board",
            "Socialnämnden",
            "--format",
            "json",
            "--plan",
            plan,
        ],
        "checklist": [VALDPLAN, "checklist", "--board", "Socialnämnden", "--plan", plan],
        "build": [VALDPLAN, "build", str(built), "--plan", plan],
    }
    print(f"What each cache saves, CPU time, median of {runs} runs")
    print(f"{'cache':10} {'command':12} {'with entry':>11} {'without':>10} {'saves':>10}")
    for namespace, command in uses.items():
        timings: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(runs):
            for present in (True, False):
                shutil.rmtree(built, ignore_errors=True)
                timed(command, env, work)  # every entry of the command is in the cache now
                if not present:
                    for entry in folder.glob(f"{namespace}-*.json"):
                        entry.unlink()
                shutil.rmtree(built, ignore_errors=True)
                timings[present].append(timed(command, env, work))
        warm, cold = (statistics.median(timings[present]) for present in (True, False))
        print(f"{namespace:10} {command[1]:12} {ms(warm):>11} {ms(cold):>10} {ms(cold - warm):>10}")
    print()


def plan_size() -> int:
    text = (ROOT / "plan.yaml").read_text(encoding="utf-8")
    return text.count('- id: "')


def sizes(env: dict[str, str], work: Path, runs: int) -> None:
    print(f"Generated plans, median of {runs} runs")
    headings = ("validate (cold)", "query (cached)", "build (cold)")
    print(f"{'actions':>8} {'YAML':>9} {headings[0]:>16} {headings[1]:>15} {headings[2]:>13}")
    for size in SIZES:
        path = work / f"plan-{size}.yaml"
        with path.open("w", encoding="utf-8") as handle:
            subprocess.run(
                [sys.executable, str(HERE / "generate_plan.py"), str(size)],
                stdout=handle,
                check=True,
            )
        validate, query, build = [], [], []
        for _ in range(runs):
            cache = work / "cache-cold"
            shutil.rmtree(cache, ignore_errors=True)
            cold = {**env, "VALDPLAN_CACHE_DIR": str(cache)}
            validate.append(timed([VALDPLAN, "validate", str(path)], cold, work))
            # The cache is warm now: the plan is unchanged since validate.
            query.append(
                timed(
                    [
                        VALDPLAN,
                        "actions",
                        "--plan",
                        str(path),
                        "--board",
                        "Socialnämnden",
                        "--level",
                        "selektiv",
                        "--format",
                        "json",
                    ],
                    cold,
                    work,
                )
            )
            shutil.rmtree(cache, ignore_errors=True)
            out = work / f"out-{size}"
            shutil.rmtree(out, ignore_errors=True)
            build.append(timed([VALDPLAN, "build", str(out), "--plan", str(path)], cold, work))
        size_mb = path.stat().st_size / 1e6
        print(
            f"{size:>8} {size_mb:>6.2f} MB {statistics.median(validate):>14.2f} s"
            f" {statistics.median(query):>13.3f} s {statistics.median(build):>11.2f} s"
        )
    print("targets at 12,000 actions: validate <= 5 s, query <= 0.4 s, build <= 15 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="cold-start runs (>= 20)")
    parser.add_argument("--size-runs", type=int, default=3, help="runs per generated plan")
    parser.add_argument(
        "--cold-only", action="store_true", help="only the cold start, not the generated plans"
    )
    parser.add_argument(
        "--caches", action="store_true", help="also what each cache saves (section 3)"
    )
    args = parser.parse_args()
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(
        f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu};"
        f" Python {platform.python_version()}\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "VALDPLAN_CACHE_DIR": str(work / "cache")}
        env.pop("VALDPLAN_PLAN", None)
        env.pop("VALDPLAN_NO_CACHE", None)
        compile_bytecode()
        cold_start(args.runs, env, work)
        if args.caches:
            caches(max(args.runs // 2, 5), env, work)
        if not args.cold_only:
            sizes(env, work, args.size_runs)


if __name__ == "__main__":
    main()
