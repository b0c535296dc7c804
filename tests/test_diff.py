"""valdplan diff against a hand-made older plan (tests/data/plan-2021-2023.yaml), and a test
generated from the models that changes every field in turn."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from conftest import DATA, PLAN_PATH, ROOT
from valdplan.documents.field_names import ITEM_FIELDS, PLAN_FIELDS
from valdplan.messages import words
from valdplan.plan.construct import model_in
from valdplan.plan.declaration import named
from valdplan.plan.diff import KEYS, compare
from valdplan.plan.loader import load_plan
from valdplan.plan.models import Plan

OLD = str(DATA / "plan-2021-2023.yaml")
NEW = str(PLAN_PATH)


def test_changes_as_data() -> None:
    changes = compare(load_plan(OLD), load_plan(NEW))
    assert changes["equal"] is False
    fields = [(c["path"], c["change"], c["from"], c["to"]) for c in changes["changes"]]
    assert ("period", "changed", "2021–2023", "2024–2027") in fields
    assert ("replaces.period", "added", None, "2021–2023") in fields
    assert ("replaces.expires", "added", None, "2023-12-31") in fields
    assert (
        "focus_areas[4].title",
        "changed",
        "Våldsutsatta vuxna och barn har tillgång till insatser utifrån sina behov",
        "Våldsutsatta vuxna och barn erbjuds insatser utifrån sina specifika behov",
    ) in fields
    assert (
        "bodies[telge-ab]",
        "added",
        None,
        {"id": "telge-ab", "name": "Telge AB", "kind": "company"},
    ) in fields
    assert (
        "focus_areas[4].actions[4:4].responsible",
        "changed",
        ["kommunstyrelsen"],
        ["socialnamnden"],
    ) in fields
    # The old plan's file declares no goals: the new one's register and links are added.
    goals = [path for path, change, *_ in fields if "goals" in path and change == "added"]
    assert goals == [
        "goals[agenda2030-3]",
        "goals[agenda2030-5]",
        "goals[agenda2030-10]",
        "goals[agenda2030-16]",
        "goals[lansstrategin]",
        "goals[goda-livsvillkor]",
        "goals[folkhalsa-mal-l]",
        "plan_goals",
    ]
    assert len(fields) == 23
    actions = changes["actions"]
    assert [(a["id"], a.get("moved_from")) for a in actions["added"]] == [
        ("4:7", "4:8"),
        ("5:9", None),
    ]
    assert [(a["id"], a.get("moved_to")) for a in actions["removed"]] == [
        ("1:7", None),
        ("4:8", "4:7"),
    ]
    assert [c["id"] for c in actions["changed"]] == ["2:1", "3:1", "4:4"]
    assert actions["changed"][1]["levels"] == {
        "from": ["indikerad"],
        "to": ["indikerad", "selektiv"],
    }
    assert actions["changed"][2]["bodies"] == [
        {"body": "Kommunstyrelsen", "from": "responsible", "to": None},
        {"body": "Socialnämnden", "from": "co-responsible", "to": "responsible"},
    ]


def test_markdown_annex_reads_as_swedish(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", OLD, NEW)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    # All changes of one action are one item.
    start = lines.index("- Åtgärd 4:4:")
    assert lines[start + 1 : start + 3] == [
        "  - Kommunstyrelsen är inte längre ansvarig.",
        "  - Socialnämnden är nu ansvarig; tidigare medansvarig.",
    ]
    # A changed text marks the words removed and added, with a legend.
    assert (
        "- Åtgärd 2:1: ny lydelse: Sprida information **på flera språk** om beteendeförändrande"
        " insatser som finns för våldsutövare."
    ) in lines
    assert "Ändrade texter visar ~~borttagna ord~~ och **tillagda ord**." in lines
    assert "- Åtgärd 4:8 har nu nummer 4:7 (samma text)." in lines
    assert "- Åtgärd 3:1: preventionsnivå nu Indikerad, Selektiv; tidigare Indikerad." in lines
    assert (
        "- Åtgärd 1:7 har tagits bort: Genomföra utbildning om våld i nära relation för"
        " föreningslivet."
    ) in lines
    assert "- Nytt organ: Telge AB (bolag)." in lines
    assert "- Perioden för planen den ersätter har lagts till: 2021–2023." in lines
    assert "- Slutdatumet för planen den ersätter har lagts till: 2023-12-31." in lines
    assert "- Nytt mål: mål L – Andelen våldsutsatta i kommunen ska minska." in lines
    assert not any("Även dessa" in line for line in lines)
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Övergripande",
        "## Mål",
        "## Fokusområden",
        "## Nämnder, bolag och råd",
        "## Nya nummer",
        "## Nya åtgärder",
        "## Borttagna åtgärder",
        "## Ändrade åtgärder",
    ]


def test_readme_transcript_is_the_real_output(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("$ valdplan diff tests/data/plan-2021-2023.yaml plan.yaml\n")
    transcript = readme[start:].split("\n", 1)[1].split("$ echo $?\n", 1)[0]
    result = run("diff", "tests/data/plan-2021-2023.yaml", "plan.yaml")
    assert result.exit_code == 1
    assert result.stdout == transcript


def test_equal_plans_exit_0(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", NEW, NEW, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["equal"] is True
    assert data["changes"] == []
    assert data["actions"] == {"added": [], "removed": [], "changed": []}
    assert "Planerna är lika." in run("diff", NEW, NEW).stdout


def test_errors_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", str(DATA / "bad" / "unknown-level.yaml"), NEW)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{DATA / 'bad' / 'unknown-level.yaml'}:31:18: ")
    missing = run("diff", str(ROOT / "nope.yaml"), NEW)
    assert missing.exit_code == 2
    assert missing.stderr == f"{ROOT / 'nope.yaml'}:1:1: no such file\n"


def test_html_annex(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", OLD, NEW, "--format", "html")
    assert result.exit_code == 1
    assert result.stdout.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert (
        "<li>Åtgärd 4:4:<ul>\n<li>Kommunstyrelsen är inte längre ansvarig.</li>\n"
        "<li>Socialnämnden är nu ansvarig; tidigare medansvarig.</li>\n</ul>\n</li>"
    ) in result.stdout
    assert (
        "<li>Åtgärd 2:1: ny lydelse: Sprida information <ins>"
        '<span class="visually-hidden">[tillagt: </span>på flera språk'
        '<span class="visually-hidden">]</span></ins> om beteendeförändrande'
    ) in result.stdout
    assert (
        "Ändrade texter visar <del>borttagna ord</del> och <ins>tillagda ord</ins>."
    ) in result.stdout


def write_plan(path: Path, data: dict[str, Any]) -> str:
    # JSON is YAML: the loader reads it like any plan.
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(path)


def test_what_the_issue_found_silent_is_named(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(load_plan(PLAN_PATH).model_dump_json())
    definition = data["levels"][2]["definition"]
    data["bodies"][12]["kind"] = "board"
    data["levels"][1]["name"] = "Riktad"
    data["levels"][2]["definition"] = ["Insatser när våldet redan har ägt rum."]
    data["organisation"] = "Exempelby kommun"
    changed = write_plan(tmp_path / "changed.yaml", data)
    result = run("diff", NEW, changed)
    assert result.exit_code == 1
    # Short values keep their arrow; the definition changed too much to mark words in.
    assert result.stdout.split("\n\n", 2)[2] == (
        "## Övergripande\n\n"
        "- Organisationen har ändrats: Södertälje kommun → Exempelby kommun.\n\n"
        "## Preventionsnivåer\n\n"
        "- Preventionsnivån Selektiv: namnet har ändrats: Selektiv → Riktad.\n"
        "- Preventionsnivån Indikerad: definitionen har ändrats: Indikerad prevention är"
        " insatser då våldet redan har ägt rum. Indikerad prevention sker ofta på individnivå."
        " Insatserna riktas till den våldsutsatta eller, för att förhindra återfall, till"
        " våldsutövaren. → Insatser när våldet redan har ägt rum.\n\n"
        "## Nämnder, bolag och råd\n\n"
        "- Kommunala pensionärsrådet är nu nämnd; tidigare råd.\n"
    )
    as_json = json.loads(run("diff", NEW, changed, "--format", "json").stdout)
    assert [(c["path"], c["from"], c["to"]) for c in as_json["changes"]] == [
        ("organisation", "Södertälje kommun", "Exempelby kommun"),
        ("levels[selektiv].name", "Selektiv", "Riktad"),
        ("levels[indikerad].definition", definition, ["Insatser när våldet redan har ägt rum."]),
        ("bodies[kommunala-pensionarsradet].kind", "council", "board"),
    ]


# --- either language: --lang, else the later plan's own ---------------------------------


def test_markdown_annex_in_english(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", OLD, NEW, "--lang", "en")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "# Changes to the action plan"
    start = lines.index("- Action 4:4:")
    assert lines[start + 1 : start + 3] == [
        "  - Kommunstyrelsen is no longer responsible.",
        "  - Socialnämnden is now responsible; previously co-responsible.",
    ]
    # Plan content stays as the plan writes it; only the sentences around it are English.
    assert (
        "- Action 1:7 has been removed: Genomföra utbildning om våld i nära relation för"
        " föreningslivet."
    ) in lines
    assert (
        "- Action 2:1: new wording: Sprida information **på flera språk** om beteendeförändrande"
        " insatser som finns för våldsutövare."
    ) in lines
    assert "- Action 4:8 is now number 4:7 (same text)." in lines
    assert "- Action 3:1: prevention level now Indikerad, Selektiv; previously Indikerad." in lines
    # A body kind is named in English where the plan gives an English name.
    assert "- New body: Telge AB (company)." in lines
    assert "- The period of the plan it replaces added: 2021–2023." in lines
    assert "- The period changed: 2021–2023 → 2024–2027." in lines
    assert "Changed texts show ~~removed words~~ and **added words**." in lines
    assert [line for line in lines if line.startswith("## ")] == [
        "## Overall",
        "## Goals",
        "## Focus areas",
        "## Boards, companies and councils",
        "## New numbers",
        "## New actions",
        "## Removed actions",
        "## Changed actions",
    ]
    assert not any(word in result.stdout for word in ("Åtgärd", "tidigare", "ansvarig", " har "))
    html = run("diff", OLD, NEW, "--lang", "en", "--format", "html").stdout
    assert '<html lang="en">' in html and "<h1>Changes to the action plan</h1>" in html


def test_english_sentences_for_fields_and_kinds(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(load_plan(PLAN_PATH).model_dump_json())
    data["bodies"][12]["kind"] = "board"
    data["levels"][1]["name"] = "Riktad"
    data["levels"][1]["aliases"] = ["riktad"]
    data["organisation"] = "Exempelby kommun"
    changed = write_plan(tmp_path / "changed.yaml", data)
    result = run("diff", NEW, changed, "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout.split("\n\n", 2)[2] == (
        "## Overall\n\n"
        "- The organisation changed: Södertälje kommun → Exempelby kommun.\n\n"
        "## Prevention levels\n\n"
        "- Prevention level Selektiv: the name changed: Selektiv → Riktad.\n"
        "- Prevention level Selektiv: the aliases added: riktad.\n\n"
        "## Boards, companies and councils\n\n"
        "- Kommunala pensionärsrådet is now of kind board; previously council.\n"
    )


def test_swedish_plan_stays_swedish_unless_asked(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The command line's language is not the document's: the Södertälje plan says sv.
    monkeypatch.setenv("VALDPLAN_LANG", "en")
    default = run("diff", OLD, NEW)
    assert default.exit_code == 1
    assert "## Övergripande" in default.stdout.splitlines()
    assert "- Åtgärd 1:7 har tagits bort: Genomföra utbildning om våld i nära relation för" in (
        default.stdout
    )
    assert run("diff", OLD, NEW, "--lang", "sv").stdout == default.stdout
    html = run("diff", OLD, NEW, "--format", "html", "--lang", "en").stdout
    assert '<h2 id="avsnitt-1">Overall</h2>' in html
    assert "<li>Kommunstyrelsen is no longer responsible.</li>" in html


def test_an_english_plan_gets_an_english_annex(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = json.loads(load_plan(PLAN_PATH).model_dump_json())
    base["language"] = "en"
    later = copy.deepcopy(base)
    action = later["focus_areas"][0]["actions"][0]
    assert (action["id"], action["responsible"]) == ("1:1", ["kultur-och-fritidsnamnderna"])
    action["co_responsible"] = ["kultur-och-fritidsnamnderna"]
    action["responsible"] = ["socialnamnden"]
    assert later["focus_areas"][1]["actions"].pop()["id"] == "2:5"
    old = write_plan(tmp_path / "old.yaml", base)
    new = write_plan(tmp_path / "new.yaml", later)
    result = run("diff", old, new)
    assert result.exit_code == 1
    assert result.stdout.split("\n\n", 2)[2] == (
        "## Removed actions\n\n"
        "- Action 2:5 has been removed: Se över möjligheterna att erbjuda krisstöd till"
        " våldsutövare vid omplacering av våldsutsatta personer och deras barn.\n\n"
        "## Changed actions\n\n"
        "- Action 1:1:\n"
        "  - Kultur- och fritidsnämnderna is now co-responsible; previously responsible.\n"
        "  - Socialnämnden is now responsible.\n"
    )
    swedish = run("diff", old, new, "--lang", "sv")
    assert swedish.stdout.split("\n\n", 2)[2] == (
        "## Borttagna åtgärder\n\n"
        "- Åtgärd 2:5 har tagits bort: Se över möjligheterna att erbjuda krisstöd till"
        " våldsutövare vid omplacering av våldsutsatta personer och deras barn.\n\n"
        "## Ändrade åtgärder\n\n"
        "- Åtgärd 1:1:\n"
        "  - Kultur- och fritidsnämnderna är nu medansvarig; tidigare ansvarig.\n"
        "  - Socialnämnden är ny ansvarig.\n"
    )


# --- every field of the models, changed in turn -------------------------------------------


def leaf_fields(model: type[BaseModel], prefix: str = "") -> list[str]:
    """The path of every field that holds a value, through nested models and their lists."""
    paths = []
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        inner = model_in(field.annotation)
        paths += leaf_fields(inner, path) if inner is not None else [path]
    return paths


FIELDS = leaf_fields(Plan)


def reported_field(path: str) -> str:
    """The field the diff reports for a change of ``path``: a period as a whole, a changed
    key as an item added and removed."""
    parent, _, last = path.rpartition(".")
    if parent in ("period", "replaces.period"):
        return parent
    if parent in KEYS and KEYS[parent] == last:
        return parent
    return path


# What the annex writes for the changes that have sentences of their own.
WORDS = {
    "governing_documents": "Nytt styrdokument",
    "sections": "Nytt avsnitt",
    "levels": "Ny preventionsnivå",
    "glossary": "Nytt begrepp",
    "body_kinds": "Ny organtyp",
    "bodies": "Nytt organ",
    "focus_areas": "Nytt fokusområde",
    "focus_areas.actions": "har nu nummer",
    "focus_areas.title": "har ny rubrik",
    "bodies.name": "heter nu",
    "bodies.kind": "är nu",
    "focus_areas.actions.text": "ny lydelse",
    "focus_areas.actions.examples": "nya exempel",
    "focus_areas.actions.responsible": "är ny ansvarig",
    "focus_areas.actions.co_responsible": "är ny medansvarig",
    "focus_areas.actions.levels": "preventionsnivå nu",
    "focus_areas.actions.goals": "egna mål nu",
    "goals": "Nytt mål",
    "indicators": "Ny indikator",
    "reporting.periods": "Ny rapportperiod",
}


def words_for(field: str, lang: str) -> str:
    """What the annex in ``lang`` writes for a change of ``field`` (WORDS are Swedish)."""
    if lang == "sv" and field in WORDS:
        return WORDS[field]
    return words(lang)(named(field) or PLAN_FIELDS.get(field) or ITEM_FIELDS[field])


def test_every_field_has_words_in_the_annex() -> None:
    assert len(FIELDS) > 40
    missing = [
        path
        for path in FIELDS
        if reported_field(path) not in {**WORDS, **PLAN_FIELDS, **ITEM_FIELDS}
        and named(reported_field(path)) is None
    ]
    assert missing == []


def first_with(items: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """The first item whose ``name`` holds a value; the base plan must have one."""
    found = [item for item in items if item.get(name) not in (None, [], "")]
    assert found, f"the base plan has no value for {name}"
    return found[0]


def with_every_field(data: dict[str, Any]) -> dict[str, Any]:
    """The plan with a value in the fields Södertälje's plan leaves empty (a focus area's
    and an action's own goals, a goal's web address, an indicator), so each can change."""
    data["goals"][0]["url"] = "https://example.org/mal"
    data["focus_areas"][0]["goals"] = [data["goals"][0]["id"]]
    data["focus_areas"][0]["actions"][0]["goals"] = [data["goals"][1]["id"]]
    data["indicators"] = [
        {"kpi": "N00001", "name": "En indikator", "municipality": "0181", "compare": ["0001"],
         "goal": data["goals"][0]["id"], "focus_area": 1, "better": "lower"}
    ]  # fmt: skip
    data["reporting"]["periods"][0]["due_by_kind"] = {"company": "10-15"}
    data["reporting"]["coordinator"]["address"] = "uppfoljning@example.org"
    return data


def mutate(data: dict[str, Any], path: str) -> None:
    """Change the value at generic ``path`` in one place, keeping the plan valid."""
    parts = path.split(".")
    holder: Any = data
    for position, part in enumerate(parts[:-1]):
        value = holder[part]
        holder = first_with(value, parts[position + 1]) if isinstance(value, list) else value
    name = parts[-1]
    value = holder[name]
    bodies = [body["id"] for body in data["bodies"]]
    if path in ("period.start", "replaces.period.start"):
        holder[name] = value - 1
    elif path in ("period.end", "replaces.period.end"):
        holder[name] = value + 1
    elif path == "owner.board":
        holder[name] = next(b for b in bodies if b != value)
    elif path == "id_style":
        holder[name] = "free"
    elif path == "language":
        holder[name] = "en" if value == "sv" else "sv"
    elif path in ("governing_documents.scope", "goals.level"):
        holder[name] = "local" if value != "local" else "global"
    elif path == "goals.id":
        holder[name] = "nytt-mal"
        rename = lambda ids: ["nytt-mal" if g == value else g for g in ids]  # noqa: E731
        data["plan_goals"] = rename(data["plan_goals"])
        for area in data["focus_areas"]:
            area["goals"] = rename(area["goals"])
            for action in area["actions"]:
                action["goals"] = rename(action["goals"])
        for indicator in data["indicators"]:
            indicator["goal"] = "nytt-mal" if indicator["goal"] == value else indicator["goal"]
    elif path == "goals.url":
        holder[name] = value + "andrad"
    elif path == "plan_goals":
        holder[name] = value[:-1]
    elif path in ("focus_areas.goals", "focus_areas.actions.goals", "indicators.goal"):
        other = next(g["id"] for g in data["goals"] if g["id"] not in (value or []))
        holder[name] = other if path == "indicators.goal" else [*value, other]
    elif path == "indicators.kpi":
        holder[name] = "N00002"
    elif path == "indicators.municipality":
        holder[name] = "0180"
    elif path == "indicators.compare":
        holder[name] = [*value, "0000"]
    elif path == "indicators.focus_area":
        holder[name] = 2
    elif path == "indicators.better":
        holder[name] = "higher" if value == "lower" else "lower"
    elif path == "reporting.periods.id":
        holder[name] = "tertial-9"
    elif path in ("reporting.periods.as_of", "reporting.periods.due"):
        holder[name] = "11-30" if value != "11-30" else "11-29"
    elif path == "reporting.periods.due_by_kind":
        holder[name] = {**value, "council": "10-01"}
    elif path == "levels.id":
        holder[name] = "ny-niva"
        for area in data["focus_areas"]:
            for action in area["actions"]:
                action["levels"] = ["ny-niva" if lv == value else lv for lv in action["levels"]]
    elif path == "body_kinds.id":
        holder[name] = "ny-typ"
        for body in data["bodies"]:
            body["kind"] = "ny-typ" if body["kind"] == value else body["kind"]
    elif path == "bodies.id":
        holder[name] = "nytt-organ"
        if data["owner"]["board"] == value:
            data["owner"]["board"] = "nytt-organ"
        for area in data["focus_areas"]:
            for action in area["actions"]:
                for role in ("responsible", "co_responsible"):
                    action[role] = ["nytt-organ" if b == value else b for b in action[role]]
    elif path == "bodies.kind":
        holder[name] = next(k["id"] for k in data["body_kinds"] if k["id"] != value)
    elif path == "focus_areas.number":
        holder[name] = 99
        for indicator in data["indicators"]:
            indicator["focus_area"] = 99 if indicator["focus_area"] == value else None
        for action in holder["actions"]:
            action["id"] = "99:" + action["id"].split(":")[1]
    elif path == "focus_areas.actions.id":
        holder[name] = value.split(":")[0] + ":99"
    elif path == "focus_areas.actions.responsible":
        holder[name] = [next(b for b in bodies if b not in value + holder["co_responsible"])]
    elif path == "focus_areas.actions.co_responsible":
        holder[name] = value + [next(b for b in bodies if b not in value + holder["responsible"])]
    elif path == "focus_areas.actions.levels":
        holder[name] = value + [next(lv["id"] for lv in data["levels"] if lv["id"] not in value)]
    elif path == "levels.aliases":
        holder[name] = value + ["ny-alias"]
    elif isinstance(value, list):
        holder[name] = value + ["Ett nytt stycke."]
    elif isinstance(value, str):
        holder[name] = value + " (ändrad)"
    else:
        raise AssertionError(f"no way to change {path} ({value!r})")


@pytest.mark.parametrize("path", FIELDS)
def test_diff_names_every_changed_field(run, tmp_path: Path, path: str) -> None:  # type: ignore[no-untyped-def]
    base = with_every_field(json.loads(load_plan(PLAN_PATH).model_dump_json()))
    changed = copy.deepcopy(base)
    mutate(changed, path)
    old = write_plan(tmp_path / "old.yaml", base)
    new = write_plan(tmp_path / "new.yaml", changed)
    as_json = run("diff", old, new, "--format", "json")
    assert as_json.exit_code == 1, as_json.stderr
    field = reported_field(path)
    reported = {change["field"] for change in json.loads(as_json.stdout)["changes"]}
    assert field in reported
    annex = run("diff", old, new)
    assert annex.exit_code == 1
    # The annex speaks the later plan's language: English when the change is to English.
    assert words_for(field, changed["language"]) in annex.stdout


def test_the_change_annex_as_a_word_bilaga_has_the_html_annexs_sections(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import re

    import docx
    from docx.oxml.ns import qn

    old = str(DATA / "plan-2021-2023.yaml")
    html = run("diff", old, NEW, "--format", "html")
    assert html.exit_code == 1
    html_headings = re.findall(r'<h2 id="avsnitt-\d+">(.*?)</h2>', html.stdout)
    target = tmp_path / "bilaga.docx"
    result = run("diff", old, NEW, "--format", "docx", "-o", str(target))
    assert (result.exit_code, result.stderr) == (1, "")
    document = docx.Document(str(target))
    word_headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert word_headings == html_headings and len(word_headings) >= 3
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [
        "Ändringar i handlingsplanen"
    ]
    assert document.core_properties.title == "Ändringar i handlingsplanen"
    # Removed words struck through, added words underlined, as the legend says.
    runs = list(document.element.body.iter(qn("w:r")))
    assert any(r.find(f"{qn('w:rPr')}/{qn('w:strike')}") is not None for r in runs)
    assert any(r.find(f"{qn('w:rPr')}/{qn('w:u')}") is not None for r in runs)
    assert "(genomstruket) och tillagda ord (understruket)." in "\n".join(
        p.text for p in document.paragraphs
    )
