"""The acceptance test of issue 20: the coordinator's 2025 in commands. Sheets handed out per
body, three bodies answer (two in Excel, one with a semicolon CSV from a Swedish Excel), all
three read back at once, who still owes an answer before and after the due date, and the
report's Saknar rapport counting exactly the pairs nobody answered."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl

from conftest import DATA, PLAN_PATH

P = ("--plan", str(PLAN_PATH))
# What each answering body fills in: action → status (the other rows stay empty).
ANSWERS = {
    "socialnamnden": {"1:3": "genomförd", "1:5": "pågående", "2:1": "ej påbörjad",
                      "2:2": "ej aktuell", "4:4": "genomförd"},
    "omsorgsnamnden": {"1:3": "pågående", "1:6": "genomförd", "4:6": "pågående"},
    "telge-bostader": {"1:8": "pågående", "5:1": "genomförd"},
}  # fmt: skip


def fill_xlsx(path: Path, answers: dict[str, str]) -> None:
    """Fill in the status and a comment as a person does in Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book["Uppföljning"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in answers:
            row[6].value = answers[str(row[0].value)]
            row[7].value = "Redovisat i nämnden."
    book.save(path)


def fill_swedish_csv(path: Path, answers: dict[str, str]) -> None:
    """Fill in the CSV and save it as Excel does in a Swedish locale: ; and Windows-1252."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows[1:]:
        if row[0] in answers:
            row[6], row[7] = answers[row[0]], "Informationsblad i alla trapphus."
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("cp1252"))


def test_the_coordinators_2025(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    year = tmp_path / "uppfoljning" / "2025.yaml"
    year.parent.mkdir()
    assert run("followup", "init", "--year", "2025", "-o", str(year), *P).exit_code == 0
    sheets = tmp_path / "blad"
    handed = run("followup", "export", str(year), "--per-body", str(sheets), *P)
    assert handed.exit_code == 0, handed.stderr
    assert len(handed.stdout.splitlines()) == 14
    csv_args = ("--board", "Telge Bostäder", "--format", "csv", "-o", str(sheets / "tb.csv"))
    assert run("followup", "export", str(year), *csv_args, *P).exit_code == 0

    fill_xlsx(sheets / "socialnamnden.xlsx", ANSWERS["socialnamnden"])
    fill_xlsx(sheets / "omsorgsnamnden.xlsx", ANSWERS["omsorgsnamnden"])
    fill_swedish_csv(sheets / "tb.csv", ANSWERS["telge-bostader"])
    answered = [sheets / "socialnamnden.xlsx", sheets / "omsorgsnamnden.xlsx", sheets / "tb.csv"]
    collected = run("followup", "import", *map(str, answered), "--into", str(year), *P)
    assert (collected.exit_code, collected.stdout) == (0, f"{year}: updated (44 rows)\n")

    # 104 pairs; 10 answered: the 11 silent bodies' 60 pairs and the three bodies' 34 empty.
    before = run("followup", "due", str(year), "--as-of", "2026-01-20", "--format", "csv",
                 "--fail-if-overdue", *P)  # fmt: skip
    assert (before.exit_code, before.stderr) == (0, "")
    rows = list(csv.reader(io.StringIO(before.stdout)))[1:]
    assert len(rows) == 94
    owed: dict[str, list[str]] = {}
    for body, action, due, late in rows:
        owed.setdefault(body, []).append(action)
        assert (due, late) == ("2026-01-31", "0")
    assert len(owed) == 14
    assert owed["Telge Bostäder"] == ["3:4", "5:3"]
    assert len(owed["Socialnämnden"]) == 22 and "4:4" not in owed["Socialnämnden"]
    assert len(owed["Omsorgsnämnden"]) == 10
    after = run("followup", "due", str(year), "--as-of", "2026-02-10", "--fail-if-overdue", *P)
    assert (after.exit_code, after.stderr) == (1, "error: 94 answers are overdue\n")

    report = run("followup", "report", str(year), "--format", "json", *P)
    counts = json.loads(report.stdout)["overall"]["counts"]
    assert counts == {"genomford": 4, "pagaende": 4, "ej-paborjad": 1, "ej-aktuell": 1,
                      "saknas": 94}  # fmt: skip


def console_blocks(text: str, after: str, count: int) -> list[str]:
    """The first ``count`` console blocks of ``text`` after the line holding ``after``."""
    rest = text[text.index(after) :]
    blocks = []
    for _ in range(count):
        start = rest.index("```console\n") + len("```console\n")
        end = rest.index("```\n", start)
        blocks.append(rest[start:end])
        rest = rest[end:]
    return blocks


def steps(block: str) -> list[tuple[str, str]]:
    """A console transcript as (command, what it printed) pairs."""
    found: list[tuple[str, str]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            found.append((line[2:].rstrip("\n"), ""))
        else:
            command, output = found[-1]
            found[-1] = (command, output + line)
    return found


STEP = "@@step@@\n"


def shell(folder: Path, commands: list[str]) -> list[str]:
    """What each command prints (stdout and stderr, as on a terminal), run one after the
    other in one bash in ``folder`` with ``valdplan`` being this checkout's."""
    script = ['valdplan() { "$PYTHON" -m valdplan "$@"; }', "exec 2>&1", "status=0"]
    for command in commands:
        script += [f"printf '{STEP.strip()}\\n'", "(exit $status)", command, "status=$?"]
    env = {**os.environ, "PYTHON": sys.executable, "COLUMNS": "100"}
    result = subprocess.run(["bash", "-c", "\n".join(script)], cwd=folder, env=env,
                            capture_output=True, text=True, check=False)  # fmt: skip
    return result.stdout.split(STEP)[1:]


def test_readmes_typical_year_is_a_real_transcript(tmp_path: Path) -> None:
    """Every command of README's "Typical year" prints what README shows, run in a fresh
    folder as the coordinator would (the bodies' answers filled in where README says so)."""
    readme = (PLAN_PATH.parent / "README.md").read_text(encoding="utf-8")
    year, plan_period = console_blocks(readme, "Typical year:", 2)
    folder = tmp_path / "year"
    folder.mkdir()
    shutil.copy(PLAN_PATH, folder / "plan.yaml")
    (folder / "uppfoljning").mkdir()
    shown = steps(year)
    filled = next(n for n, (command, _) in enumerate(shown) if command.startswith("# "))
    printed = shell(folder, [command for command, _ in shown[:filled]])
    sheets = folder / "blad"
    fill_xlsx(sheets / "socialnamnden.xlsx", ANSWERS["socialnamnden"])
    fill_xlsx(sheets / "omsorgsnamnden.xlsx", ANSWERS["omsorgsnamnden"])
    fill_swedish_csv(sheets / "telge-bostader.csv", ANSWERS["telge-bostader"])
    printed += shell(folder, [command for command, _ in shown[filled:]])
    assert printed == [output for _, output in shown]

    # The plan period: the three files of tests/data/followup/plan-period/ in uppfoljning/.
    folder = tmp_path / "period"
    (folder / "uppfoljning").mkdir(parents=True)
    shutil.copy(PLAN_PATH, folder / "plan.yaml")
    for name in ("helar-2024.yaml", "delar-2025.yaml", "helar-2025.yaml"):
        shutil.copy(DATA / "followup" / "plan-period" / name, folder / "uppfoljning" / name)
    shown = steps(plan_period)
    assert shell(folder, [command for command, _ in shown]) == [output for _, output in shown]


def test_readme_and_the_format_describe_the_same_folders() -> None:
    readme = (PLAN_PATH.parent / "README.md").read_text(encoding="utf-8")
    fmt = (PLAN_PATH.parent / "docs" / "followup-format.md").read_text(encoding="utf-8")
    layout = fmt[fmt.index("The coordinator's folder:") : fmt.index("```yaml")]
    commands = [c for block in console_blocks(readme, "Typical year:", 2) for c, _ in steps(block)]
    folders = {"uppfoljning/", "blad/"}
    for described in (layout, " ".join(commands)):
        assert set(re.findall(r"\b[a-z]+/", described)) >= folders
    # Every file the format names in the layout is one README's commands use.
    for path in re.findall(r"uppfoljning/[a-z0-9-]+\.yaml", layout):
        assert path in " ".join(commands), path
