"""Plans of other municipalities through the whole command line: a plan in today's format
(no registers), one that declares its own body kinds with a förvaltning and outside partners,
one numbered N.M and one with free ids. Each loads, answers queries, builds, is followed up
and is compared with a changed copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA
from valdplan.plan.loader import load_plan

TODAY = DATA / "other-municipality.yaml"
SECOND = DATA / "second-municipality.yaml"
DOTTED = DATA / "dotted-ids.yaml"
FREE = DATA / "free-ids.yaml"

# The registers a plan in today's format gets, written out.
DEFAULT_REGISTERS = """\
body_kinds:
  - id: board
    name: nämnd
    plural: nämnder
    name_en: board
    plural_en: boards
  - id: company
    name: bolag
    plural: bolag
    name_en: company
    plural_en: companies
  - id: council
    name: råd
    plural: råd
    name_en: council
    plural_en: councils
"""


def changed_copy(source: Path, target: Path, *replacements: tuple[str, str]) -> str:
    """``source`` with each (old, new) replaced exactly once, written to ``target``."""
    text = source.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")
    return str(target)


def ok(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


# --- a plan in today's format --------------------------------------------------------------


def test_todays_format_gets_the_three_kinds_and_n_m() -> None:
    plan = load_plan(TODAY)
    assert [(k.id, k.name, k.plural) for k in plan.body_kinds] == [
        ("board", "nämnd", "nämnder"),
        ("company", "bolag", "bolag"),
        ("council", "råd", "råd"),
    ]
    assert plan.id_style == "N:M"


def test_todays_format_queries_as_before(run) -> None:  # type: ignore[no-untyped-def]
    plan = str(TODAY)
    assert ok(run("actions", "--level", "indikativ", "--format", "csv", "--plan", plan)) == (
        "id,focus_area,text,examples,responsible,co_responsible,levels\n"
        "2:1,2,Erbjuda skyddat boende.,,Socialnämnden,,indikerad\n"
        "3:1,3,Följa upp arbetet varje år.,,Kommunstyrelsen; Socialnämnden,,universell;"
        " indikerad\n"
    )
    assert ok(run("boards", "--format", "csv", "--plan", plan)) == (
        "id,name,kind,responsible,co_responsible\n"
        "kommunstyrelsen,Kommunstyrelsen,board,2,0\n"
        "socialnamnden,Socialnämnden,board,2,1\n"
        "barn-och-skolnamnden,Barn- och skolnämnden,board,0,1\n"
        "exempelby-hem,Exempelby Hem AB,company,1,0\n"
    )


COMMANDS = [
    ["actions", "--format", "json"],
    ["actions", "--board", "Exempelby Hem AB", "--format", "csv"],
    ["actions", "--level", "indikativ", "--format", "md"],
    ["boards", "--format", "md"],
    ["areas", "--format", "csv"],
    ["show", "1:2"],
    ["show", "1.2", "--format", "json"],
    ["checklist", "--board", "socialnamnden"],
    ["checklist", "--level", "universell", "--format", "html", "--lang", "en"],
    ["followup", "init", "--year", "2025"],
]


def test_declaring_the_default_registers_changes_no_output(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    declared = changed_copy(
        TODAY,
        tmp_path / "declared.yaml",
        ("bodies:\n", DEFAULT_REGISTERS + "bodies:\n"),
        ("focus_areas:\n", "id_style: N:M\nfocus_areas:\n"),
    )
    for command in COMMANDS:
        assert ok(run(*command, "--plan", declared)) == ok(run(*command, "--plan", str(TODAY)))
    for lang in ("sv", "en"):
        for name, plan in (("today", str(TODAY)), ("declared", declared)):
            ok(run("build", str(tmp_path / f"{name}-{lang}"), "--lang", lang, "--plan", plan))
        today = sorted((tmp_path / f"today-{lang}").iterdir())
        assert len(today) == 23  # 22 files and the build manifest
        for path in today:
            assert path.read_bytes() == (tmp_path / f"declared-{lang}" / path.name).read_bytes()
    same = run("diff", str(TODAY), declared)
    assert same.exit_code == 0
    assert "Planerna är lika." in same.stdout


# --- a second municipality: its own kinds, a förvaltning and outside partners --------------


def test_second_municipality_validates_and_lists_its_kinds(run) -> None:  # type: ignore[no-untyped-def]
    assert ok(run("validate", str(SECOND))) == (
        f"{SECOND}: OK (4 focus areas, 17 actions, 9 bodies, 3 prevention levels)\n"
    )
    assert ok(run("--plan", str(SECOND), "boards", "--format", "csv")) == (
        "id,name,kind,responsible,co_responsible\n"
        "kommunstyrelsen,Kommunstyrelsen,board,2,0\n"
        "socialnamnden,Socialnämnden,board,3,2\n"
        "utbildningsnamnden,Utbildningsnämnden,board,1,0\n"
        "kultur-och-fritidsnamnden,Kultur- och fritidsnämnden,board,1,0\n"
        "socialforvaltningen,Socialförvaltningen,forvaltning,4,2\n"
        "utbildningsforvaltningen,Utbildningsförvaltningen,forvaltning,2,1\n"
        "sjostadshem,Sjöstadshem AB,company,2,0\n"
        "polisen,Polisen,extern,1,3\n"
        "region-stockholm,Region Stockholm,extern,2,2\n"
    )


def test_second_municipality_queries(run) -> None:  # type: ignore[no-untyped-def]
    plan = ("--plan", str(SECOND))
    assert ok(run("actions", "--board", "polisen", "--format", "csv", *plan)) == (
        "id,focus_area,text,examples,responsible,co_responsible,levels\n"
        "1:1,1,Genomföra en årlig kampanj mot våld i nära relationer.,,Kommunstyrelsen,"
        "Polisen; Region Stockholm,universell\n"
        "2:2,2,Samverka med Polisen om kontaktförbud.,,Polisen,Socialförvaltningen,indikerad\n"
        "4:7,4,Ta fram en rutin för hot- och riskbedömningar.,,Socialförvaltningen,Polisen,"
        "indikerad\n"
        "4:10,4,Följa upp stödet till våldsutsatta varje år.,,Kommunstyrelsen,"
        "Socialnämnden; Polisen,selektiv; indikerad\n"
    )
    riktad = json.loads(ok(run("actions", "--level", "RIKTAD", "--format", "json", *plan)))
    assert [a["id"] for a in riktad] == ["1:3", "2:3", "3:1", "3:2", "4:10"]
    region = run("actions", "--board", "Region Stockholm", "--role", "responsible", *plan)
    assert [a["id"] for a in json.loads(ok(region))] == ["2:3", "4:9"]
    area = json.loads(ok(run("actions", "--focus", "4", "--format", "json", *plan)))
    assert [a["id"] for a in area] == ["4:1", "4:2", "4:3", "4:5", "4:6", "4:7", "4:9", "4:10"]
    assert ok(run("show", "Åtgärd 4.10", "--lang", "sv", *plan)) == (
        "Åtgärd 4:10\n"
        "Fokusområde 4: Våldsutsatta får stöd och skydd\n"
        "\n"
        "Följa upp stödet till våldsutsatta varje år.\n"
        "\n"
        "Organ:\n"
        "  Kommunstyrelsen (ansvarig)\n"
        "  Socialnämnden (medansvarig)\n"
        "  Polisen (medansvarig)\n"
        "\n"
        "Preventionsnivåer: Selektiv, Indikerad\n"
    )
    unknown = run("actions", "--board", "Polisn", *plan)
    assert unknown.exit_code == 1
    assert unknown.stderr == "error: unknown body 'Polisn'; did you mean Polisen?\n"


def test_second_municipality_builds(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    assert ok(run("--plan", str(SECOND), "build", str(out))) == f"{out}: wrote 34 of 34 files\n"
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert [line for line in readme.splitlines() if line.startswith("## ")] == [
        "## Nämnder, förvaltningar, bolag och externa parter",
        "## Preventionsnivåer",
        "## Fokusområden",
        "## Ansvarsöversikt",
    ]
    assert (
        "- [Polisen](<polisen.md>) – 4 åtgärder (1 som ansvarig, 3 som medansvarig)"
        " · [Polisen (HTML)](<polisen.html>)\n"
    ) in readme
    assert "| Polisen | 0 + 1 | 1 + 0 | – | 0 + 2 | 1 + 3 |\n" in readme
    assert (out / "polisen.md").read_text(encoding="utf-8") == (
        "# Checklista för Polisen\n"
        "\n"
        "[Alla checklistor](<README.md>)\n"
        "\n"
        "Handlingsplan mot våld i nära relationer 2026–2029 · Sjöstads kommun · Period 2026–2029"
        " · 4 åtgärder\n"
        "\n"
        "**1 som ansvarig · 3 som medansvarig**\n"
        "\n"
        "## Sammanfattning\n"
        "\n"
        "- [Fokusområde 1: Våld förebyggs](#fokusomrade-1) (1 åtgärd)\n"
        "- [Fokusområde 2: Våldsutövare erbjuds stöd att sluta](#fokusomrade-2) (1 åtgärd)\n"
        "- [Fokusområde 4: Våldsutsatta får stöd och skydd](#fokusomrade-4) (2 åtgärder)\n"
        "\n"
        '## <a name="fokusomrade-1"></a>Fokusområde 1: Våld förebyggs\n'
        "\n"
        "- [ ] **Åtgärd 1:1** Genomföra en årlig kampanj mot våld i nära relationer.\n"
        "  - Roll: Medansvarig\n"
        "  - Också ansvariga: Kommunstyrelsen\n"
        "  - Medansvariga: Region Stockholm\n"
        "  - Preventionsnivå: Universell\n"
        "\n"
        '## <a name="fokusomrade-2"></a>Fokusområde 2: Våldsutövare erbjuds stöd att sluta\n'
        "\n"
        "- [ ] **Åtgärd 2:2** Samverka med Polisen om kontaktförbud.\n"
        "  - Roll: Ansvarig\n"
        "  - Medansvariga: Socialförvaltningen\n"
        "  - Preventionsnivå: Indikerad\n"
        "\n"
        '## <a name="fokusomrade-4"></a>Fokusområde 4: Våldsutsatta får stöd och skydd\n'
        "\n"
        "- [ ] **Åtgärd 4:7** Ta fram en rutin för hot- och riskbedömningar.\n"
        "  - Roll: Medansvarig\n"
        "  - Också ansvariga: Socialförvaltningen\n"
        "  - Preventionsnivå: Indikerad\n"
        "- [ ] **Åtgärd 4:10** Följa upp stödet till våldsutsatta varje år.\n"
        "  - Roll: Medansvarig\n"
        "  - Också ansvariga: Kommunstyrelsen\n"
        "  - Medansvariga: Socialnämnden\n"
        "  - Preventionsnivå: Selektiv, Indikerad\n"
        "\n"
        "## Uppföljning\n"
        "\n"
        "Varje organ följer upp sina åtgärder i årsberättelsen.\n"
    )
    # förvaltning has no English plural: in English the bodies get the generic heading.
    english = tmp_path / "en"
    ok(run("--plan", str(SECOND), "build", str(english), "--lang", "en", "--format", "md"))
    headings = (english / "README.md").read_text(encoding="utf-8").splitlines()
    assert [line for line in headings if line.startswith("## ")] == [
        "## Bodies",
        "## Prevention levels",
        "## Focus areas",
        "## Responsibility overview",
    ]


def test_index_kind_column_comes_from_the_plan() -> None:
    from valdplan.documents.build import checklists, index_context

    plan = load_plan(SECOND)
    lists = checklists(plan)
    sv = [row["kind"] for row in index_context(plan, lists, ["md"], "sv", None)["rows"]]
    en = [row["kind"] for row in index_context(plan, lists, ["md"], "en", None)["rows"]]
    assert sv == ["nämnd"] * 4 + ["förvaltning"] * 2 + ["bolag"] + ["extern part"] * 2
    # English names where the plan gives them, else the Swedish name.
    assert en == ["board"] * 4 + ["förvaltning"] * 2 + ["company"] + ["external partner"] * 2


def follow_up(run, plan: Path, folder: Path, typed_id: str, body: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """followup init, then set one entry, then the report: (the file, the report)."""
    path = folder / "uppfoljning.yaml"
    options = ("--plan", str(plan))
    assert ok(run("followup", "init", "--year", "2026", "-o", str(path), *options)) == ""
    result = run(
        "followup", "set", typed_id, "--board", body, "--status", "genomförd",
        "--comment", "Klart i november.", "--file", str(path), *options,
    )  # fmt: skip
    assert ok(result) == f"{path}: updated\n"
    report = ok(run("followup", "report", str(path), *options))
    return path.read_text(encoding="utf-8"), report


def test_second_municipality_follow_up(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text, report = follow_up(run, SECOND, tmp_path, "4.10", "Polisen")
    assert (
        '  - action: "4:10"\n'
        "    body: polisen  # Polisen, medansvarig\n"
        "    status: genomford\n"
        "    comment: Klart i november.\n"
    ) in text
    lines = report.splitlines()
    assert "| Alla | 28 | 4 % (1) | – | – | – | 96 % (27) |" in lines
    assert "| Polisen | 4 | 25 % (1) | – | – | – | 75 % (3) |" in lines
    assert (
        "| 4\\. Våldsutsatta får stöd och skydd | 13 | 8 % (1) | – | – | – | 92 % (12) |"
    ) in lines


def test_second_municipality_diff(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    later = changed_copy(
        SECOND,
        tmp_path / "later.yaml",
        ("      - riktad\n", "      - riktad\n      - riskgrupp\n"),
        (
            "    name_en: external partner\n    plural_en: external partners\n",
            "    name_en: external partner\n    plural_en: external partners\n"
            "  - id: kommunalforbund\n    name: kommunalförbund\n    plural: kommunalförbund\n",
        ),
        ("    name: Polisen\n", "    name: Polismyndigheten\n"),
        (
            "    kind: extern\nfocus_areas:\n",
            "    kind: extern\n  - id: raddningstjansten\n"
            "    name: Sjöstads räddningstjänstförbund\n    kind: kommunalforbund\nfocus_areas:\n",
        ),
        ("Följa upp stödet till våldsutsatta varje år.", "Följa upp stödet varje halvår."),
        (
            "  - id: forvaltning\n    name: förvaltning\n",
            "  - id: forvaltning\n    name: förvaltning\n    name_en: department\n",
        ),
    )
    result = run("diff", str(SECOND), later)
    assert result.exit_code == 1
    assert result.stdout.split("\n\n", 3)[3] == (
        "## Preventionsnivåer\n\n"
        "- Preventionsnivån Selektiv: alias har ändrats: riktad → riktad, riskgrupp.\n\n"
        "## Organtyper\n\n"
        "- Ny organtyp: kommunalförbund.\n"
        "- Organtypen förvaltning: det engelska namnet har lagts till: department.\n\n"
        "## Nämnder, förvaltningar, bolag, externa parter och kommunalförbund\n\n"
        "- Nytt organ: Sjöstads räddningstjänstförbund (kommunalförbund).\n"
        "- Polisen heter nu Polismyndigheten.\n\n"
        "## Ändrade åtgärder\n\n"
        "- Åtgärd 4:10: ny lydelse: Följa upp stödet ~~till våldsutsatta~~ varje ~~år.~~"
        " **halvår.**\n"
    )
    paths = [
        c["path"]
        for c in json.loads(run("diff", str(SECOND), later, "--format", "json").stdout)["changes"]
    ]
    assert paths == [
        "levels[selektiv].aliases",
        "body_kinds[kommunalforbund]",
        "body_kinds[forvaltning].name_en",
        "bodies[raddningstjansten]",
        "bodies[polisen].name",
        "focus_areas[4].actions[4:10].text",
    ]


# --- actions numbered N.M ------------------------------------------------------------------


def test_dotted_ids_keep_document_order_and_accept_either_separator(run) -> None:  # type: ignore[no-untyped-def]
    plan = ("--plan", str(DOTTED))
    assert ok(run("validate", str(DOTTED))) == (
        f"{DOTTED}: OK (3 focus areas, 5 actions, 4 bodies, 3 prevention levels)\n"
    )
    assert ok(
        run("actions", "--board", "socialnamnden", "--level", "INDIKATIV", "--format", "csv", *plan)
    ) == (
        "id,focus_area,text,examples,responsible,co_responsible,levels\n"
        "2.1,2,Erbjuda skyddat boende.,,Socialnämnden,,indikerad\n"
        "3.10,3,Följa upp planen varje år.,,Kommunstyrelsen; Socialnämnden,,universell; indikerad\n"
    )
    area = json.loads(ok(run("actions", "--focus", "3", "--format", "json", *plan)))
    assert [a["id"] for a in area] == ["3.9", "3.10"]
    for typed in ("3.10", "3:10", "Åtgärd 3.10"):
        assert ok(run("show", typed, *plan)).splitlines()[0] == "Action 3.10"
    missing = run("show", "3.7", *plan)
    assert missing.exit_code == 1
    assert missing.stderr == "error: no action '3.7' in the plan (focus area 3 has 3.9, 3.10)\n"


def test_dotted_ids_build_follow_up_and_diff(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    assert ok(run("--plan", str(DOTTED), "build", str(out))) == f"{out}: wrote 22 of 22 files\n"
    page = (out / "socialnamnden.html").read_text(encoding="utf-8")
    assert [line for line in page.splitlines() if 'type="checkbox" id=' in line] == [
        '<input type="checkbox" id="atgard-2-1" name="atgard-2-1" data-action="2.1">',
        '<input type="checkbox" id="atgard-3-9" name="atgard-3-9" data-action="3.9">',
        '<input type="checkbox" id="atgard-3-10" name="atgard-3-10" data-action="3.10">',
    ]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "\n## Nämnder, bolag och råd\n" in readme
    text, report = follow_up(run, DOTTED, tmp_path, "3:10", "Socialnämnden")
    assert (
        '  - action: "3.10"\n    body: socialnamnden  # Socialnämnden, ansvarig\n'
        "    status: genomford\n" in text
    )
    assert "| Alla | 8 | 12 % (1) | – | – | – | 88 % (7) |" in report.splitlines()
    later = changed_copy(
        DOTTED,
        tmp_path / "later.yaml",
        ('      - id: "3.9"\n', '      - id: "3.8"\n'),
        ("    kind: council\n", "    kind: board\n"),
    )
    result = run("diff", str(DOTTED), later)
    assert result.exit_code == 1
    assert result.stdout.split("\n\n", 2)[2] == (
        "## Nämnder, bolag och råd\n\n"
        "- Pensionärsrådet är nu nämnd; tidigare råd.\n\n"
        "## Nya nummer\n\n"
        "- Åtgärd 3.9 har nu nummer 3.8 (samma text).\n"
    )


# --- free ids ------------------------------------------------------------------------------


def test_free_ids_load_query_build_follow_up_and_diff(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = ("--plan", str(FREE))
    everything = json.loads(ok(run("actions", "--format", "json", *plan)))
    assert [a["id"] for a in everything] == ["B2", "A1", "A.1", "A-1"]
    assert ok(run("show", "a1", *plan)).splitlines()[0] == "Action A1"
    assert ok(run("show", "Åtgärd A.1", "--lang", "sv", *plan)).splitlines()[0] == "Åtgärd A.1"
    missing = run("show", "C9", *plan)
    assert missing.exit_code == 1
    assert missing.stderr == "error: no action 'C9' in the plan\n"
    out = tmp_path / "out"
    ok(run("build", str(out), "--format", "html", *plan))
    page = (out / "kommunstyrelsen.html").read_text(encoding="utf-8")
    # A.1 and A-1 would share an anchor: the second gets its own.
    assert [line for line in page.splitlines() if 'type="checkbox" id=' in line] == [
        '<input type="checkbox" id="atgard-B2" name="atgard-B2" data-action="B2">',
        '<input type="checkbox" id="atgard-A1" name="atgard-A1" data-action="A1">',
        '<input type="checkbox" id="atgard-A-1" name="atgard-A-1" data-action="A.1">',
        '<input type="checkbox" id="atgard-A-1-2" name="atgard-A-1-2" data-action="A-1">',
    ]
    text, report = follow_up(run, FREE, tmp_path, "a-1", "kommunstyrelsen")
    assert (
        '  - action: "A-1"\n    body: kommunstyrelsen  # Kommunstyrelsen, ansvarig\n'
        "    status: genomford\n" in text
    )
    assert "| Alla | 5 | 20 % (1) | – | – | – | 80 % (4) |" in report.splitlines()
    later = changed_copy(
        FREE, tmp_path / "later.yaml", ('      - id: "A1"\n', '      - id: "C3"\n')
    )
    result = run("diff", str(FREE), later)
    assert result.exit_code == 1
    assert result.stdout.split("\n\n", 2)[2] == (
        "## Nya nummer\n\n- Åtgärd A1 har nu nummer C3 (samma text).\n"
    )


@pytest.mark.parametrize("path", [SECOND, DOTTED, FREE], ids=lambda p: p.stem)
def test_new_fixtures_are_formatted(run, path: Path) -> None:  # type: ignore[no-untyped-def]
    assert ok(run("fmt", "--check", str(path))) == f"{path}: unchanged\n"
