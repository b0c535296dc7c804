"""Make the three follow-up files of the plan period (helår 2024, delår 2025, helår 2025) the
way a municipality does: each board writes its own file with ``followup init --board`` and
``followup set``, some add evidence through the spreadsheet (``export`` and ``import``), and
the coordinator merges them with ``followup merge``. Bodies that did not report are left out.

Run from the repository root: ``.venv/bin/python tests/data/followup/plan-period/make_fixtures.py``.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
PLAN = str(ROOT / "plan.yaml")
VALDPLAN = [sys.executable, "-m", "valdplan"]

EVERY_BODY = [
    "kommunstyrelsen",
    "socialnamnden",
    "omsorgsnamnden",
    "aldreomsorgsnamnden",
    "utbildningsnamnderna",
    "kultur-och-fritidsnamnderna",
    "arbets-och-naringslivsnamnden",
    "samhallsbyggnadsnamnderna",
    "miljonamnden",
    "overformyndarnamnden",
    "telge-bostader",
    "telge-ab",
    "kommunala-pensionarsradet",
    "kommunala-funktionshinderradet",
]
# (action, body, status, comment, date); evidence is added through the spreadsheet.
Setting = tuple[str, str, str, str, str | None]
PERIODS: dict[str, dict[str, object]] = {
    "helar-2024": {
        "year": "2024",
        "part": "helår",
        "silent": [
            "samhallsbyggnadsnamnderna",
            "miljonamnden",
            "kommunala-pensionarsradet",
            "kommunala-funktionshinderradet",
        ],
        "set": [
            ("1:3", "socialnamnden", "pagaende", "Dialog har inletts med tre föreningar.", None),
            (
                "1:8",
                "kommunstyrelsen",
                "pagaende",
                "Styrgruppen har haft två möten; formerna för samarbete diskuteras.",
                "2024-12-10",
            ),
            ("1:8", "socialnamnden", "pagaende", "", None),
            (
                "4:4",
                "socialnamnden",
                "pagaende",
                "Rutin för hot- och riskbedömning tas fram.",
                None,
            ),
            ("5:9", "telge-ab", "ej-aktuell", "Ingår i koncernens chefsutbildning.", None),
            ("5:9", "kommunstyrelsen", "pagaende", "", None),
        ],
        "evidence": {},
    },
    "delar-2025": {
        "year": "2025",
        "part": "delår",
        "silent": ["miljonamnden", "kommunala-funktionshinderradet"],
        "set": [
            (
                "1:3",
                "socialnamnden",
                "pagaende",
                "Överenskommelse med två av tre föreningar.",
                None,
            ),
            (
                "1:8",
                "kommunstyrelsen",
                "pagaende",
                "Förslag till samverkansformer remitteras under hösten.",
                "2025-08-15",
            ),
            (
                "1:8",
                "socialnamnden",
                "genomford",
                "Socialnämnden deltar i styrgruppens arbetsgrupp.",
                None,
            ),
            ("1:8", "omsorgsnamnden", "pagaende", "", None),
            ("4:1", "omsorgsnamnden", "pagaende", "Handläggare utbildas under våren.", None),
            ("4:4", "socialnamnden", "genomford", "Rutin antagen i mars 2025.", "2025-03-20"),
            ("5:9", "telge-ab", "ej-aktuell", "Ingår i koncernens chefsutbildning.", None),
            ("5:9", "kommunstyrelsen", "pagaende", "", None),
        ],
        "evidence": {("4:4", "socialnamnden"): ["https://intranat.example/rutin-hot-och-risk.pdf"]},
    },
    "helar-2025": {
        "year": "2025",
        "part": "helår",
        "silent": ["kommunala-funktionshinderradet"],
        "set": [
            (
                "1:3",
                "socialnamnden",
                "genomford",
                "Överenskommelse om idéburet offentligt partnerskap (IOP) & gemensam utbildning"
                " med tre föreningar.\nUppföljning med föreningarna sker i april 2026.",
                "2025-11-30",
            ),
            (
                "1:8",
                "kommunstyrelsen",
                "genomford",
                "Styrgruppen fastställde samverkansformerna <bilaga 2> i oktober; kontoren"
                " rapporterar till styrgruppen två gånger per år.",
                "2025-10-21",
            ),
            (
                "1:8",
                "socialnamnden",
                "genomford",
                "Socialnämnden deltar i styrgruppens arbetsgrupp.",
                None,
            ),
            ("1:8", "omsorgsnamnden", "genomford", "Omsorgskontoret ingår i arbetsgruppen.", None),
            (
                "1:8",
                "utbildningsnamnderna",
                "pagaende",
                "Elevhälsan ansluter från januari 2026.",
                None,
            ),
            ("1:8", "kultur-och-fritidsnamnderna", "pagaende", "", None),
            (
                "1:8",
                "miljonamnden",
                "ej-aktuell",
                "Nämnden har ingen verksamhet som möter målgruppen.",
                None,
            ),
            ("4:1", "omsorgsnamnden", "genomford", "Alla handläggare är utbildade.", None),
            ("4:4", "socialnamnden", "genomford", "Rutin antagen i mars 2025.", "2025-03-20"),
            (
                "5:9",
                "kommunstyrelsen",
                "pagaende",
                "Stödmaterial för chefer tas fram tillsammans med HR; ett första utkast"
                " granskas av de fackliga organisationerna och av styrgruppen, och"
                " utbildningen för chefer planeras till våren 2026 med uppföljning i"
                " medarbetarenkäten.",
                None,
            ),
            ("5:9", "telge-ab", "ej-aktuell", "Ingår i koncernens chefsutbildning.", None),
        ],
        "evidence": {
            ("1:3", "socialnamnden"): [
                "https://example.org/overenskommelse.pdf",
                "Protokoll SN 2025-11-30 § 112",
            ],
            ("1:8", "kommunstyrelsen"): [
                "https://intranat.example/styrgruppen/protokoll/2025-10-21/"
                "samverkansformer-for-det-valdsforebyggande-arbetet-bilaga-2.pdf"
            ],
            ("4:4", "socialnamnden"): ["https://intranat.example/rutin-hot-och-risk.pdf"],
        },
    },
}


def valdplan(*args: str) -> None:
    subprocess.run([*VALDPLAN, *args, "--plan", PLAN], check=True, stdout=subprocess.DEVNULL)


def add_evidence(path: Path, evidence: dict[tuple[str, str], list[str]], work: Path) -> None:
    """Evidence the way a board adds it: in the spreadsheet's evidence column."""
    if not evidence:
        return
    sheet = work / f"{path.stem}.csv"
    valdplan("followup", "export", str(path), "--format", "csv", "-o", str(sheet))
    with sheet.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    header = rows[0]
    action, body, links = header.index("Åtgärd"), header.index("Organ-id"), header.index("Underlag")
    for row in rows[1:]:
        if (row[action], row[body]) in evidence:
            row[links] = "\n".join(evidence[(row[action], row[body])])
    with sheet.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)
    valdplan("followup", "import", str(sheet), "--into", str(path))


def make(name: str, period: dict[str, object], work: Path) -> None:
    silent = period["silent"]
    settings: list[Setting] = period["set"]  # type: ignore[assignment]
    evidence: dict[tuple[str, str], list[str]] = period["evidence"]  # type: ignore[assignment]
    files = []
    for body in EVERY_BODY:
        if body in silent:  # type: ignore[operator]
            continue
        path = work / f"{name}-{body}.yaml"
        valdplan(
            "followup", "init", "--year", str(period["year"]), "--part", str(period["part"]),
            "--board", body, "-o", str(path),
        )  # fmt: skip
        for action, who, status, comment, date in settings:
            if who != body:
                continue
            args = ["followup", "set", action, "--board", body, "--status", status]
            args += ["--comment", comment, "--file", str(path)]
            if date is not None:
                args += ["--date", date]
            valdplan(*args)
        add_evidence(path, {k: v for k, v in evidence.items() if k[1] == body}, work)
        files.append(str(path))
    target = HERE / f"{name}.yaml"
    valdplan("followup", "merge", *files, "-o", str(target), "--force")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, period in PERIODS.items():
            make(name, period, Path(folder))


if __name__ == "__main__":
    main()
