"""Follow-up files: validation against the plan, init, in-place set, merge, report,
spreadsheets, and personal-data warnings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH, PLAN_RECORD
from valdplan.errors import FileProblems, ValdplanError
from valdplan.followup.loading import load_followup
from valdplan.followup.merging import merge
from valdplan.followup.privacy import find_personal_data, luhn_valid
from valdplan.followup.progress import progress
from valdplan.plan.models import Plan

FOLLOWUP = DATA / "followup"
P = ("--plan", str(PLAN_PATH))


def copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(FOLLOWUP / name, target)
    return target


def test_init_for_socialnamnden_has_its_27_pairs(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sn.yaml"
    result = run(
        "followup", "init", "--year", "2025", "--board", "Socialnämnden", "-o", str(target), *P
    )
    assert result.exit_code == 0
    loaded = load_followup(target, plan)
    assert len(loaded.followup.entries) == 27
    assert {entry.status for entry in loaded.followup.entries} == {None}
    assert [e.action for e in loaded.followup.entries if e.body == "socialnamnden"][:4] == [
        "1:3",
        "1:5",
        "1:6",
        "1:8",
    ]
    text = target.read_text(encoding="utf-8")
    assert "  # 4:4 Genomföra strukturerade hot- och riskbedömningar i alla ärenden som rör" in text
    assert "    body: socialnamnden  # Socialnämnden, medansvarig\n" in text
    again = run("followup", "init", "--year", "2025", "-o", str(target), *P)
    assert again.exit_code == 2  # never overwrites without --force
    assert len(load_followup(target, plan).followup.entries) == 27


def test_init_for_the_whole_plan_has_every_pair(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    result = run("followup", "init", "--year", "2026", "--part", "delår", *P)
    (tmp_path / "all.yaml").write_text(result.stdout, encoding="utf-8")
    loaded = load_followup(tmp_path / "all.yaml", plan)
    assert len(loaded.followup.entries) == 67 + 37
    assert loaded.followup.period.part == "delår"


def test_bad_followup_file_gives_located_problems(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.yaml"
    path.write_text(
        "period:\n  year: 2025\n  part: helår\nentries:\n"
        '  - {action: "1:7", body: socialnamnden, status: klar}\n'
        '  - {action: "1:1", body: miljonamnden, status: genomford, date: "2025-02-30"}\n'
        '  - {action: "4:4", body: socialnamnden, status: genomford, kommentar: x}\n'
        '  - {action: "4:4", body: socialnamnden, status: genomford}\n',
        encoding="utf-8",
    )
    result = run("validate", str(path), *P)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:5:14: entries[0].action: no action '1:7' in the plan",
        f"{path}:5:50: entries[0].status: 'klar' is not a status; use one of: ej-paborjad"
        " (not started), pagaende (in progress), genomford (done), ej-aktuell (not applicable)",
        f"{path}:6:27: entries[1].body: Miljönämnden is neither responsible nor"
        " co-responsible for 1:1",
        f"{path}:6:66: entries[1].date: '2025-02-30' is not a date; write it as YYYY-MM-DD,"
        " e.g. 2025-11-30",
        f"{path}:7:61: entries[2]: unknown key 'kommentar' (expected one of: action, body,"
        " status, comment, evidence, date)",
        f"{path}:8:5: entries[3]: 4:4 socialnamnden is listed twice (also entries[2])",
    ]


def test_set_changes_only_the_edited_values(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy(tmp_path, "annotated.yaml")
    before = path.read_text(encoding="utf-8")
    result = run(
        "followup", "set", "1:3", "--board", "socialnamnden", "--status", "genomförd",
        "--comment", "Klart.", "--file", str(path), *P,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{path}: updated\n"
    run(
        "followup",
        "set",
        "2:1",
        "-b",
        "Socialnämnden",
        "--status",
        "pagaende",
        "--file",
        str(path),
        *P,
    )
    run(
        "followup", "set", "4:4", "-b", "socialnamnden", "--status", "genomford",
        "--comment", "Rutin klar.", "--file", str(path), *P,
    )  # fmt: skip
    expected = (
        before.replace(
            "    status: pagaende      # uppdateras i december\n    comment: >-\n"
            "      Dialog har startat\n      med tre föreningar.\n",
            "    status: genomford      # uppdateras i december\n    comment: Klart.\n",
        )
        .replace(
            'status: ej-paborjad, comment: ""}',
            'status: pagaende, comment: ""}',
        )
        .replace(
            '    status: "ej påbörjad"   # display names work too\n'
            '    evidence: ["intern rutin"]\n',
            "    status: genomford   # display names work too\n"
            '    evidence: ["intern rutin"]\n    comment: Rutin klar.\n',
        )
    )
    assert path.read_text(encoding="utf-8") == expected
    again = run(
        "followup",
        "set",
        "4:4",
        "-b",
        "socialnamnden",
        "--status",
        "genomford",
        "--file",
        str(path),
        *P,
    )
    assert again.stdout == f"{path}: unchanged\n"


def test_set_refuses_a_body_not_on_the_action(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy(tmp_path, "annotated.yaml")
    before = path.read_bytes()
    result = run(
        "followup",
        "set",
        "1:3",
        "-b",
        "Miljönämnden",
        "--status",
        "genomford",
        "--file",
        str(path),
        *P,
    )
    assert result.exit_code == 1
    assert (
        result.stderr == "error: Miljönämnden is neither responsible nor co-responsible for 1:3\n"
    )
    assert path.read_bytes() == before
    bad_status = run(
        "followup", "set", "1:3", "-b", "socialnamnden", "--status", "klar", "--file", str(path), *P
    )
    assert bad_status.exit_code == 2
    assert path.read_bytes() == before


def test_set_adds_a_missing_entry_at_the_end(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    path = copy(tmp_path, "delar-2025.yaml")
    run(
        "followup",
        "set",
        "5:9",
        "-b",
        "kommunstyrelsen",
        "--status",
        "pagaende",
        "--file",
        str(path),
        *P,
    )
    text = path.read_text(encoding="utf-8")
    # After the last entry, before the plan record that follows the list in this file.
    assert (
        '    comment: ""\n  - action: "5:9"\n    body: kommunstyrelsen\n'
        '    status: pagaende\n    comment: ""\nplan:\n  organisation: Södertälje kommun\n'
    ) in text
    assert len(load_followup(path, plan).followup.entries) == 5


def test_merge_combines_the_boards_files(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    for board in ("socialnamnden", "omsorgsnamnden"):
        run(
            "followup",
            "init",
            "--year",
            "2025",
            "-b",
            board,
            "-o",
            str(tmp_path / f"{board}.yaml"),
            *P,
        )
    run("followup", "set", "4:1", "-b", "omsorgsnamnden", "--status", "pagaende",
        "--file", str(tmp_path / "omsorgsnamnden.yaml"), *P)  # fmt: skip
    merged = tmp_path / "alla.yaml"
    result = run(
        "followup", "merge", str(tmp_path / "socialnamnden.yaml"),
        str(tmp_path / "omsorgsnamnden.yaml"), "-o", str(merged), *P,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{merged}: 40 entries from 2 files\n"
    entries = load_followup(merged, plan).followup.by_pair()
    assert entries[("4:1", "omsorgsnamnden")].status == "pagaende"
    assert len(entries) == 27 + 13


def test_merge_refuses_conflicts(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = copy(tmp_path, "helar-2025.yaml")
    second = tmp_path / "other.yaml"
    second.write_text(
        "period:\n  year: 2025\n  part: helår\nentries:\n"
        '  - action: "4:4"\n    body: socialnamnden\n    status: pagaende\n'
        '  - action: "1:3"\n    body: socialnamnden\n    status: genomford\n'
        '    comment: "Annan text."\n' + PLAN_RECORD,
        encoding="utf-8",
    )
    result = run("followup", "merge", str(first), str(second), "-o", str(tmp_path / "m.yaml"), *P)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{second}:5:5: conflict for 4:4 socialnamnden: status differs from {first}:13"
        " (here in progress, there done)",
        f"{second}:8:5: conflict for 1:3 socialnamnden: comment, evidence or date differs from"
        f" {first}:6 (here done, there done)",
    ]
    assert not (tmp_path / "m.yaml").exists()


def test_report_figures(plan: Plan) -> None:
    current = load_followup(FOLLOWUP / "helar-2025.yaml", plan).followup
    previous = load_followup(FOLLOWUP / "delar-2025.yaml", plan).followup
    figures = progress(plan, current, previous)
    assert figures["overall"]["total"] == 104
    assert figures["overall"]["counts"] == {
        "ej-paborjad": 1,
        "pagaende": 1,
        "genomford": 2,
        "ej-aktuell": 1,
        "saknas": 99,
    }
    area5 = figures["focus_areas"][4]
    assert (area5["total"], area5["counts"]["ej-paborjad"], area5["counts"]["ej-aktuell"]) == (
        35,
        1,
        1,
    )
    indikerad = next(level for level in figures["levels"] if level["label"] == "Indikerad")
    assert indikerad["counts"] == {
        "ej-paborjad": 1,
        "pagaende": 1,
        "genomford": 1,
        "ej-aktuell": 1,
        "saknas": 54,
    }
    social = next(body for body in figures["bodies"] if body["label"] == "Socialnämnden")
    assert (social["total"], social["counts"]["genomford"], social["shares"]["genomford"]) == (
        27,
        2,
        7,
    )
    assert [(p["action"], p["body"]) for p in figures["not_started"]] == [
        ("5:9", "Kommunstyrelsen")
    ]
    assert len(figures["missing"]) == 99
    assert "Miljönämnden" in figures["silent_bodies"]
    assert "Socialnämnden" not in figures["silent_bodies"]
    assert [(c["action"], c["body"], c["from"], c["to"]) for c in figures["changes"]] == [
        ("1:3", "Socialnämnden", "pagaende", "genomford"),
        ("4:1", "Omsorgsnämnden", "ej-paborjad", "pagaende"),
        ("4:4", "Socialnämnden", "pagaende", "genomford"),
        ("5:9", "Kommunstyrelsen", "saknas", "ej-paborjad"),
        ("5:9", "Telge AB", "ej-paborjad", "ej-aktuell"),
    ]


def test_report_formats(run) -> None:  # type: ignore[no-untyped-def]
    current, previous = str(FOLLOWUP / "helar-2025.yaml"), str(FOLLOWUP / "delar-2025.yaml")
    md = run("followup", "report", current, "--previous", previous, *P)
    assert md.exit_code == 0, md.stderr
    assert "| Alla | 104 | 2 % (2) | 1 % (1) | 1 % (1) | 1 % (1) | 95 % (99) |" in md.stdout
    assert "## Förändringar sedan delår 2025" in md.stdout
    assert "| 4:4 | Socialnämnden | Pågående | Genomförd |" in md.stdout
    html = run("followup", "report", current, "--previous", previous, "--format", "html", *P)
    assert html.stdout.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert "<td>95&nbsp;% (99)</td>" in html.stdout
    data = json.loads(run("followup", "report", current, "--format", "json", *P).stdout)
    assert data["overall"]["counts"]["genomford"] == 2 and "changes" not in data


def test_checklist_ticks_what_is_done(run) -> None:  # type: ignore[no-untyped-def]
    followup = str(FOLLOWUP / "helar-2025.yaml")
    result = run("checklist", "--board", "Socialnämnden", "--followup", followup, *P)
    assert result.exit_code == 0, result.stderr
    ticked = [line for line in result.stdout.splitlines() if line.startswith("- [x]")]
    assert [line.split("**")[1] for line in ticked] == ["Åtgärd 1:3", "Åtgärd 4:4"]
    assert "  - Status: Saknar rapport\n" in result.stdout
    html = run(
        "checklist", "--board", "Socialnämnden", "--format", "html", "--followup", followup, *P
    )
    # The file decides: no box can be changed, and no script could change one.
    assert html.stdout.count(" checked disabled>") == 2
    assert html.stdout.count(" disabled>") == 27
    assert "<script>" not in html.stdout
    area = run("checklist", "--focus", "5", "--followup", followup, *P).stdout
    assert (
        "  - Kommunstyrelsen (ansvarig): Ej påbörjad\n"
        "  - Telge AB (ansvarig): Ej aktuell · Kommentar: Ingår i koncernens chefsutbildning.\n"
    ) in area


def test_xlsx_round_trip_is_lossless(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    source = copy(tmp_path, "helar-2025.yaml")
    sheet = tmp_path / "helar.xlsx"
    assert run("followup", "export", str(source), "-o", str(sheet), *P).exit_code == 0
    before = source.read_bytes()
    result = run("followup", "import", str(sheet), "--into", str(source), *P)
    assert result.stdout == f"{source}: unchanged (5 rows)\n"
    assert source.read_bytes() == before
    # Into a file where every entry is still "not started", the sheet restores everything.
    fresh = tmp_path / "fresh.yaml"
    fresh.write_text(
        "period:\n  year: 2025\n  part: helår\nentries:\n"
        + "".join(
            f'  - action: "{e.action}"\n    body: {e.body}\n    status: ej-paborjad\n'
            for e in load_followup(source, plan).followup.entries
        ),
        encoding="utf-8",
    )
    assert run("followup", "import", str(sheet), "--into", str(fresh), *P).exit_code == 0
    restored, original = load_followup(fresh, plan).followup, load_followup(source, plan).followup
    assert (restored.period, restored.entries) == (original.period, original.entries)


def test_xlsx_has_a_status_drop_down_and_is_deterministic(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    source = str(FOLLOWUP / "helar-2025.yaml")
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    run("followup", "export", source, "-o", str(first), *P)
    run("followup", "export", source, "-o", str(second), *P)
    assert first.read_bytes() == second.read_bytes()
    sheet = load_workbook(first)["Uppföljning"]
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"ej påbörjad,pågående,genomförd,ej aktuell"'
    assert str(validation.sqref) == "G2:G6"
    assert [cell.value for cell in sheet[2]][:7] == [
        "1:3", "1", sheet["C2"].value, "socialnamnden", "Socialnämnden", "ansvarig", "genomförd",
    ]  # fmt: skip


def test_bad_row_7_is_named_and_nothing_is_written(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    source = tmp_path / "all.yaml"
    run("followup", "init", "--year", "2025", "-b", "socialnamnden", "-o", str(source), *P)
    sheet = tmp_path / "sn.xlsx"
    run("followup", "export", str(source), "-o", str(sheet), *P)
    book = load_workbook(sheet)
    book["Uppföljning"]["G3"] = "genomförd"
    book["Uppföljning"]["G7"] = "klar"
    book.save(sheet)
    before = source.read_bytes()
    result = run("followup", "import", str(sheet), "--into", str(source), *P)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{sheet}:7:7: row 7, Status: 'klar' is not a status; use one of: ej-paborjad (not"
        " started), pagaende (in progress), genomford (done), ej-aktuell (not applicable)\n"
    )
    assert source.read_bytes() == before


def test_csv_round_trip(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = copy(tmp_path, "helar-2025.yaml")
    sheet = tmp_path / "helar.csv"
    assert (
        run("followup", "export", str(source), "--format", "csv", "-o", str(sheet), *P).exit_code
        == 0
    )
    assert sheet.read_bytes().startswith("\ufeffÅtgärd,Fokusområde".encode())
    before = source.read_bytes()
    assert run("followup", "import", str(sheet), "--into", str(source), *P).exit_code == 0
    assert source.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ring 811218-9876 om detta", ["personnummer"]),
        ("19811218-9876", ["personnummer"]),
        ("198112189876", ["personnummer"]),
        ("811218+9876", ["personnummer"]),
        ("samordningsnummer 701063-2391", ["samordningsnummer"]),
        ("811218-9875", []),  # wrong check digit
        ("811318-9876", []),  # month 13
        ("Klart 2025-11-30, 12 deltagare", []),
        ("Skriv till anna.berg@example.se", ["e-mail address"]),
        ("Telefon 08-523 010 00", ["phone number"]),
        ("Ring 070-123 45 67 eller 0701234567", ["phone number"]),
        ("+46 70 123 45 67", ["phone number"]),
        ("+46 (0)8-523 010 00", ["phone number"]),
        ("031-12 34 56", ["phone number"]),
        # Dates, § numbers, diarienummer, times, years and counts are no phone numbers.
        ("Protokoll SN 2025-11-30 § 112", []),
        ("§ 0123 4567", []),
        ("Dnr KS 2025/0123, KS 2025/123", []),
        ("kl. 08.30-16.00, due 01-31", []),
        ("104 uppdrag 2024–2027, 0,5 miljoner", []),
        ("070-1234567890", []),
    ],
)
def test_personal_data_detection(text: str, found: list[str]) -> None:
    assert find_personal_data(text) == found


def test_luhn() -> None:
    assert luhn_valid("8112189876") and not luhn_valid("8112189875")


def test_personal_data_warns_and_strict_validate_fails(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy(tmp_path, "delar-2025.yaml")
    before = path.read_bytes()
    result = run(
        "followup", "set", "4:4", "-b", "socialnamnden", "--status", "pagaende",
        "--comment", "Gäller 811218-9876", "--file", str(path), *P,
    )  # fmt: skip
    # set refuses to write it (tests/test_public_records.py); a file edited by hand warns.
    assert result.exit_code == 1 and path.read_bytes() == before
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[12] = '    comment: "Gäller 811218-9876"\n'
    path.write_text("".join(text), encoding="utf-8")
    warning = (
        f"{path}:13:14: warning: comment of 4:4 socialnamnden seems to hold personal data"
        " (personal identity number); follow-up comments become public documents\n"
    )
    plain = run("validate", str(path), *P)
    assert plain.exit_code == 0 and plain.stderr == warning
    strict = run("validate", "--strict", str(path), *P)
    assert strict.exit_code == 1
    assert strict.stderr == warning.replace("warning: ", "")


def test_followup_for_another_plan_is_rejected(tmp_path: Path, plan: Plan) -> None:
    from valdplan.plan.loader import load_plan

    other = load_plan(DATA / "other-municipality.yaml")
    with pytest.raises(FileProblems) as caught:
        load_followup(FOLLOWUP / "delar-2025.yaml", other)
    assert caught.value.lines() == [
        f"{FOLLOWUP / 'delar-2025.yaml'}:23:3: plan: this follow-up is for the plan «{plan.title}»"
        " (Södertälje kommun, 2024–2027), not for the plan in use, «Handlingsplan mot våld i"
        " nära relationer 2025–2028» (Exempelby kommun, 2025–2028); pass --plan with the plan"
        " it follows"
    ]


def test_merge_refuses_different_periods(plan: Plan) -> None:
    files = [
        load_followup(FOLLOWUP / name, plan) for name in ("delar-2025.yaml", "helar-2025.yaml")
    ]
    with pytest.raises(ValdplanError, match="different periods"):
        merge(files, plan)


def test_a_crash_while_writing_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: Plan
) -> None:
    from valdplan.followup.editing import Change, set_entry

    path = copy(tmp_path, "annotated.yaml")
    before = path.read_bytes()
    renames = []

    def crash(source: str, target: str) -> None:
        renames.append(Path(target).name)
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setenv("VALDPLAN_NO_CACHE", "1")
    monkeypatch.setattr("valdplan.files.writing.os.replace", crash)
    with pytest.raises(KeyboardInterrupt):
        set_entry(path, plan, "1:3", "socialnamnden", Change("genomford"))
    assert renames == ["annotated.yaml"]
    assert path.read_bytes() == before
    # Neither the temporary file nor the lock is left.
    assert [p.name for p in tmp_path.iterdir()] == ["annotated.yaml"]


def test_keys_are_added_to_the_right_entry_after_block_lists(
    run, tmp_path: Path, plan: Plan
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    path.write_text(
        "period:\n  year: 2025\n  part: helår\nentries:\n"
        '  - action: "1:3"\n    body: socialnamnden\n    status: pagaende\n'
        "    evidence:\n      - första\n      - andra\n"
        '  - action: "1:5"\n    body: socialnamnden\n    status: ej-paborjad\n'
        "    comment: |\n      Rad ett\n      rad två\n"
        '  - action: "1:6"\n    body: socialnamnden\n    status: ej-paborjad\n',
        encoding="utf-8",
    )
    run("followup", "set", "1:3", "-b", "socialnamnden", "--status", "genomford",
        "--comment", "hej", "--date", "2025-06-30", "--file", str(path), *P)  # fmt: skip
    run("followup", "set", "1:5", "-b", "socialnamnden", "--status", "pagaende",
        "--date", "2025-07-01", "--file", str(path), *P)  # fmt: skip
    entries = load_followup(path, plan).followup.by_pair()
    first = entries[("1:3", "socialnamnden")]
    assert (first.status, first.comment, first.date) == ("genomford", "hej", "2025-06-30")
    assert first.evidence == ("första", "andra")
    second = entries[("1:5", "socialnamnden")]
    assert (second.comment, second.date) == ("Rad ett\nrad två\n", "2025-07-01")
    third = entries[("1:6", "socialnamnden")]
    assert (third.comment, third.date) == ("", None)
    assert path.read_text(encoding="utf-8").count("\n  - action:") == 3


def test_tricky_texts_survive_the_spreadsheet_round_trip(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    path.write_text(
        "period:\n  year: 2025\n  part: helår\nentries:\n"
        '  - action: "1:3"\n    body: socialnamnden\n    status: pagaende\n'
        '    comment: "=SUM(1,2)"\n'
        '  - action: "1:5"\n    body: socialnamnden\n    status: pagaende\n'
        '    comment: "  indragen text  "\n    evidence: [" länk med mellanslag "]\n'
        '  - action: "1:6"\n    body: socialnamnden\n    status: genomford\n'
        "    comment: |\n      Två\n      rader\n"
        '    date: "2025-03-01"\n',
        encoding="utf-8",
    )
    before_bytes = path.read_bytes()
    before = load_followup(path, plan).followup
    for fmt in ("xlsx", "csv"):
        sheet = tmp_path / f"f.{fmt}"
        assert (
            run("followup", "export", str(path), "--format", fmt, "-o", str(sheet), *P).exit_code
            == 0
        )
        result = run("followup", "import", str(sheet), "--into", str(path), *P)
        assert result.stdout == f"{path}: unchanged (3 rows)\n", result.stderr
        assert path.read_bytes() == before_bytes
    from openpyxl import load_workbook

    cell = load_workbook(tmp_path / "f.xlsx")["Uppföljning"]["H2"]
    assert (cell.value, cell.data_type) == ("=SUM(1,2)", "s")
    assert load_followup(path, plan).followup == before


def test_an_empty_date_cell_removes_the_date(run, tmp_path: Path, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = copy(tmp_path, "helar-2025.yaml")
    sheet = tmp_path / "h.xlsx"
    run("followup", "export", str(path), "-o", str(sheet), *P)
    book = load_workbook(sheet)
    assert book["Uppföljning"]["J2"].value == "2025-11-30"
    book["Uppföljning"]["J2"] = None
    book.save(sheet)
    assert run("followup", "import", str(sheet), "--into", str(path), *P).exit_code == 0
    assert load_followup(path, plan).followup.entries[0].date is None
    assert "    date: null\n" in path.read_text(encoding="utf-8")


def test_broken_sheets_are_clear_errors(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = copy(tmp_path, "helar-2025.yaml")
    before = target.read_bytes()
    not_xlsx = tmp_path / "x.xlsx"
    not_xlsx.write_bytes(b"PK\x03\x04 this is not a workbook")
    result = run("followup", "import", str(not_xlsx), "--into", str(target), *P)
    assert (result.exit_code, result.stderr) == (
        1,
        f"{not_xlsx}:1:1: not a readable .xlsx workbook: not a zip archive\n",
    )
    big = tmp_path / "big.csv"
    big.write_text('Åtgärd,x\n"' + "y" * 200_000 + '"\n', encoding="utf-8")
    result = run("followup", "import", str(big), "--into", str(target), *P)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{big}:1:1: the first row must be the headings: Åtgärd, ")
    assert target.read_bytes() == before


def test_bad_dates_and_years_are_usage_errors(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy(tmp_path, "helar-2025.yaml")
    before = path.read_bytes()
    for date in ("2025-02-30", "20250101"):
        result = run("followup", "set", "1:3", "-b", "socialnamnden", "--status", "pagaende",
                     "--date", date, "--file", str(path), *P)  # fmt: skip
        assert result.exit_code == 2, date
    assert path.read_bytes() == before
    assert run("followup", "init", "--year", "1999", *P).exit_code == 2
    assert run("checklist", "--date", "2025-13-01", *P).exit_code == 2


def test_control_characters_are_refused(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    path.write_text(
        'period: {year: 2025, part: helår}\nentries:\n  - {action: "1:3", body: socialnamnden,'
        ' status: pagaende, comment: "a\\x01b"}\n',
        encoding="utf-8",
    )
    result = run("validate", str(path), *P)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{path}:3:69: entries[0].comment: holds the control character U+0001; remove it\n"
    )


def test_exported_sheet_gets_normal_permissions(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    sheet = tmp_path / "h.xlsx"
    run("followup", "export", str(FOLLOWUP / "helar-2025.yaml"), "-o", str(sheet), *P)
    umask = os.umask(0)
    os.umask(umask)
    assert sheet.stat().st_mode & 0o777 == 0o666 & ~umask
