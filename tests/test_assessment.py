"""The coordinator's text in a follow-up file: the assessment and recommendations for the
whole plan and per focus area, each prerequisite's status and comment; loading, located
problems, ``followup set`` and the report's JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import DATA, PLAN_PATH
from valdplan.followup.loading import load_followup
from valdplan.plan.models import Plan

P = ("--plan", str(PLAN_PATH))
HEAD = "period:\n  year: 2025\n  part: helår\n"
ENTRY = 'entries:\n  - {action: "4:4", body: socialnamnden, status: pagaende}\n'


def test_a_file_with_the_coordinators_text_loads(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(
        HEAD + "assessment: Arbetet går framåt.\nrecommendations: Fortsätt.\n"
        "focus_areas:\n  - focus_area: 1\n    assessment: Bra.\n    prerequisites:\n"
        "      - number: 2\n        status: delvis på plats\n        comment: Halvvägs.\n"
        "  - focus_area: 4\n    recommendations: Mer utbildning.\n" + ENTRY,
        encoding="utf-8",
    )
    followup = load_followup(path, plan).followup
    assert followup.assessment == "Arbetet går framåt."
    assert followup.recommendations == "Fortsätt."
    assert [(a.focus_area, a.assessment, a.recommendations) for a in followup.focus_areas] == [
        (1, "Bra.", ""),
        (4, "", "Mer utbildning."),
    ]
    prerequisite = followup.focus_areas[0].prerequisites[0]
    assert (prerequisite.number, prerequisite.status, prerequisite.comment) == (
        2,
        "delvis",
        "Halvvägs.",
    )
    assert len(followup.entries) == 1


def test_validate_names_a_follow_up_with_focus_areas_a_follow_up(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    path.write_text(HEAD + "focus_areas:\n  - focus_area: 1\n" + ENTRY, encoding="utf-8")
    result = run("validate", str(path), *P)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{path}: OK (follow-up full year 2025, 1 entry)\n"


def test_bad_references_and_statuses_are_located(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.yaml"
    path.write_text(
        HEAD + "assessment: Bra.\nfocus_areas:\n  - focus_area: 9\n  - focus_area: 1\n"
        "    prerequisites:\n      - number: 7\n        status: delvis\n"
        "      - number: 1\n        status: klar\n  - focus_area: 1\n" + ENTRY,
        encoding="utf-8",
    )
    result = run("validate", str(path), *P)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:6:17: focus_areas[0].focus_area: no focus area 9 (the plan has 1, 2, 3, 4, 5)",
        f"{path}:9:17: focus_areas[1].prerequisites[0].number: focus area 1 lists 2"
        " prerequisites; there is no number 7",
        f"{path}:12:17: focus_areas[1].prerequisites[1].status: 'klar' is not a state of a"
        " prerequisite; use one of: pa-plats (in place), delvis (partly in place), ej-pa-plats"
        " (not in place)",
        f"{path}:13:17: focus_areas[2].focus_area: focus area 1 is listed twice (also"
        " focus_areas[1])",
    ]


def test_set_writes_the_coordinators_text(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "helar.yaml"
    shutil.copy(DATA / "followup" / "helar-2025.yaml", path)
    before = path.read_text(encoding="utf-8")
    steps = [
        ("--assessment", "Arbetet går framåt."),
        ("--focus-area", "1", "--assessment", "Bra."),
        (
            "--focus-area",
            "1",
            "--prerequisite",
            "2",
            "--status",
            "delvis",
            "--comment",
            "Halvvägs.",
        ),
        ("--recommendations", "Fortsätt."),
    ]
    for step in steps:
        result = run("followup", "set", *step, "--file", str(path), *P)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == f"{path}: updated\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        "# Helårsrapport 2025 (fixture).\nperiod:\n  year: 2025\n  part: helår\n"
        "assessment: Arbetet går framåt.\nrecommendations: Fortsätt.\nfocus_areas:\n"
        "  # 1. Kommunen arbetar våldsförebyggande\n  - focus_area: 1\n    assessment: Bra.\n"
        '    recommendations: ""\n    prerequisites:\n'
    )
    assert "      - number: 2\n        status: delvis\n        comment: Halvvägs.\n" in text
    assert text[text.index("entries:") :] == before[before.index("entries:") :]
    followup = load_followup(path, plan).followup
    assert followup.focus_areas[0].prerequisites[1].status == "delvis"
    again = run("followup", "set", "--recommendations", "Fortsätt.", "--file", str(path), *P)
    assert again.stdout == f"{path}: unchanged\n"
    record = json.loads(run("followup", "report", str(path), "--format", "json", *P).stdout)
    assessment = record["assessment"]
    assert (assessment["assessment"], assessment["recommendations"]) == (
        "Arbetet går framåt.",
        "Fortsätt.",
    )
    first = assessment["focus_areas"][0]
    assert (first["number"], first["assessment"]) == (1, "Bra.")
    assert [(p["number"], p["status"], p["comment"]) for p in first["prerequisites"]] == [
        (1, None, ""),
        (2, "delvis", "Halvvägs."),
    ]
    assert [a["number"] for a in assessment["focus_areas"]] == [1, 2, 3, 4, 5]


def test_set_refuses_options_that_do_not_go_together(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "helar.yaml"
    shutil.copy(DATA / "followup" / "helar-2025.yaml", path)
    before = path.read_text(encoding="utf-8")
    cases = [
        ("1:3", "--assessment", "x"),
        ("--prerequisite", "1", "--status", "delvis"),
        ("--focus-area", "1", "--prerequisite", "1"),
        ("--status", "delvis"),
        ("--focus-area", "1", "--prerequisite", "1", "--status", "klar"),
    ]
    for case in cases:
        result = run("followup", "set", *case, "--file", str(path), *P)
        assert result.exit_code != 0, case
    assert path.read_text(encoding="utf-8") == before


def test_the_report_opens_with_the_coordinators_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    path.write_text(
        HEAD + "assessment: Arbetet går framåt.\nrecommendations: Fortsätt.\n"
        "focus_areas:\n  - focus_area: 1\n    assessment: Bra.\n    prerequisites:\n"
        "      - number: 2\n        status: delvis\n        comment: Halvvägs.\n" + ENTRY,
        encoding="utf-8",
    )
    markdown = run("followup", "report", str(path), "--format", "md", *P).stdout
    opening = markdown[markdown.index("## Samordnarens bedömning") : markdown.index("## Åtgärder")]
    assert opening == (
        "## Samordnarens bedömning\n\nArbetet går framåt.\n\n**Rekommendationer:** Fortsätt.\n\n"
        "### 1\\. Kommunen arbetar våldsförebyggande\n\nBra.\n\n"
        "**För att uppnå fokusområdet behöver följande vara på plats:**\n\n"
        "- Universella våldsförebyggande insatser såsom normkritiska metoder och arbetssätt"
        " kopplat till kön, sexualitet och våld tillämpas inom arenor där barn och unga vuxna"
        " vistas. – **delvis på plats**: Halvvägs.\n\n"
    )
    html = tmp_path / "r.html"
    assert (
        run("followup", "report", str(path), "--format", "html", "-o", str(html), *P).exit_code == 0
    )
    text = html.read_text(encoding="utf-8")
    assert text.index('<h2 id="bedomning">Samordnarens bedömning</h2>') < text.index(
        '<h2 id="atgarder">'
    )
    assert '<strong>delvis på plats</strong>: <span class="comment">Halvvägs.</span>' in text
    import docx

    word = tmp_path / "r.docx"
    assert (
        run("followup", "report", str(path), "--format", "docx", "-o", str(word), *P).exit_code == 0
    )
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    start = paragraphs.index("Samordnarens bedömning")
    assert paragraphs[start : start + 4] == [
        "Samordnarens bedömning",
        "Arbetet går framåt.",
        "Rekommendationer: Fortsätt.",
        "1. Kommunen arbetar våldsförebyggande",
    ]
    assert paragraphs[start + 6].endswith("vistas. – delvis på plats: Halvvägs.")
    assert start < paragraphs.index("Åtgärder per status")
    plain = run(
        "followup", "report", str(DATA / "followup" / "helar-2025.yaml"), "--format", "md", *P
    )
    assert "Samordnarens bedömning" not in plain.stdout
