"""A published build (build --publishing): the open-data downloads and their DCAT-AP-SE
catalogue, the accessibility statement after DIGG's model, the footer link on every page,
and publishing.yaml's located errors."""

from __future__ import annotations

import json
import re
import shutil
import uuid
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH, ROOT

EXAMPLE = ROOT / "docs" / "examples" / "publishing.yaml"
GOALS_PLAN = DATA / "goals-plan.yaml"
FOLLOWUP = DATA / "kolada" / "helar-2025.yaml"
SITE = "https://example.org/valdplan/"


def _build(run, out: Path, *more: str):  # type: ignore[no-untyped-def]
    result = run("build", str(out), "--publishing", str(EXAMPLE), *more)
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture
def published(run, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The invented plan's build with a follow-up, published with the example settings."""
    plan = tmp_path / "plan" / "plan.yaml"
    plan.parent.mkdir()
    shutil.copyfile(GOALS_PLAN, plan)
    shutil.copyfile(DATA / "kolada" / "indicators.json", plan.parent / "indicators.json")
    out = tmp_path / "site"
    result = _build(run, out, "--followup", str(FOLLOWUP), "--plan", str(plan))
    # 6 checklists and the index in two formats, the statement, 4 downloads, the catalogue
    assert result.stdout == f"{out}: wrote 20 of 20 files\n"
    assert result.stderr == ""  # with settings there is nothing a published site still needs
    return out


def _graph(path: Path):  # type: ignore[no-untyped-def]
    from rdflib import Graph

    graph = Graph()
    graph.parse(path, format="xml")
    return graph


def test_the_catalogue_parses_and_lists_downloads_that_exist(published: Path) -> None:
    from rdflib.namespace import DCAT

    graph = _graph(published / "datasets" / "dcat.rdf")
    urls = sorted(str(url) for url in graph.objects(None, DCAT.downloadURL))
    assert urls == [
        f"{SITE}datasets/plan.csv",
        f"{SITE}datasets/plan.json",
        f"{SITE}datasets/uppfoljning.csv",
        f"{SITE}datasets/uppfoljning.json",
    ]
    for url in urls:
        assert (published / url.removeprefix(SITE)).is_file(), url
    assert sorted(str(u) for u in graph.objects(None, DCAT.accessURL)) == urls
    plan = json.loads((published / "datasets" / "plan.json").read_text(encoding="utf-8"))
    assert plan["organisation"] == "Exempelby kommun" and len(plan["goals"]) == 3
    followup = (published / "datasets" / "uppfoljning.csv").read_text(encoding="utf-8")
    assert len(followup.splitlines()) == 1 + 4  # headings and one row per pair (2:1 has two)


# What DCAT-AP-SE 3.0 marks mandatory (diggsweden/DCAT-AP-SE: cardinality min 1).
MANDATORY = {
    "Catalog": ("title", "description", "publisher", "dataset", "license"),
    "Dataset": ("title", "description", "publisher"),
    "Distribution": ("accessURL",),
}


@pytest.mark.parametrize("kind", sorted(MANDATORY))
def test_every_mandatory_property_is_there(published: Path, kind: str) -> None:
    from rdflib.namespace import DCAT, DCTERMS, RDF

    graph = _graph(published / "datasets" / "dcat.rdf")
    things = list(graph.subjects(RDF.type, DCAT[kind]))
    assert len(things) == {"Catalog": 1, "Dataset": 2, "Distribution": 4}[kind]
    for thing in things:
        for name in MANDATORY[kind]:
            namespace = DCAT if name in ("dataset", "accessURL") else DCTERMS
            assert list(graph.objects(thing, namespace[name])), (thing, name)
    if kind != "Distribution":
        for thing in things:  # titles and descriptions in Swedish and English
            for prop in (DCTERMS.title, DCTERMS.description):
                langs = sorted(value.language for value in graph.objects(thing, prop))
                assert langs == ["en", "sv"], (thing, prop)


def test_no_blank_nodes_absolute_iris_and_named_publisher_and_contact(published: Path) -> None:
    from rdflib import BNode, URIRef
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

    graph = _graph(published / "datasets" / "dcat.rdf")
    for s, _p, o in graph:
        assert not isinstance(s, BNode) and not isinstance(o, BNode)
        for node in (s, o):
            if isinstance(node, URIRef):
                assert re.match(r"(https?|mailto):", str(node)), node
    (publisher,) = set(graph.objects(None, DCTERMS.publisher))
    assert (publisher, RDF.type, FOAF.Organization) in graph
    assert str(graph.value(publisher, FOAF.name)) == "Södertälje kommun"
    (contact,) = set(graph.objects(None, DCAT.contactPoint))
    assert str(contact) == f"{SITE}datasets/dcat.rdf#contact"


def test_identifiers_are_uuids_that_stay_between_builds(
    run, published: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from rdflib.namespace import DCTERMS

    first = _graph(published / "datasets" / "dcat.rdf")
    ids = sorted((str(s), str(o)) for s, o in first.subject_objects(DCTERMS.identifier))
    assert len(ids) == 1 + 2 + 4 + 1 + 1  # catalogue, datasets, distributions, contact, publisher
    for subject, value in ids:
        if subject.endswith("#publisher"):
            assert value == "000000-0000"  # its organisation number
        else:
            assert str(uuid.UUID(value)) == value, subject
    again = tmp_path / "again"
    shutil.copytree(published.parent / "plan", tmp_path / "plan2")
    _build(run, again, "--followup", str(FOLLOWUP), "--plan", str(tmp_path / "plan2" / "plan.yaml"))
    assert (again / "datasets" / "dcat.rdf").read_bytes() == (
        published / "datasets" / "dcat.rdf"
    ).read_bytes()


def test_dates_come_from_the_follow_up_not_the_clock(published: Path) -> None:
    from rdflib.namespace import DCTERMS

    graph = _graph(published / "datasets" / "dcat.rdf")
    dataset = f"{SITE}datasets/dcat.rdf#uppfoljning"
    from rdflib import URIRef

    assert str(graph.value(URIRef(dataset), DCTERMS.issued)) == "2025-05-02"
    assert str(graph.value(URIRef(dataset), DCTERMS.modified)) == "2025-10-20"
    assert graph.value(URIRef(f"{SITE}datasets/dcat.rdf#plan"), DCTERMS.issued) is None


def _statement(published: Path) -> str:
    return (published / "tillganglighet.html").read_text(encoding="utf-8")


def test_statement_names_the_body_and_the_service(published: Path) -> None:
    assert (
        '<p id="aktor">Södertälje kommun står bakom Handlingsplan mot våld – checklistor och'
        " rapport."
    ) in _statement(published)


def test_statement_says_how_compliant(published: Path) -> None:
    assert (
        '<p id="status" data-compliance="partial">Sidorna är delvis förenliga med lagen om'
        " tillgänglighet till digital offentlig service.</p>"
    ) in _statement(published)


def test_statement_lists_gaps_with_reasons_valdplans_own_included(published: Path) -> None:
    text = _statement(published)
    assert '<li>Exempel på brist <span class="reason">Skäl: Exempel på skäl</span></li>' in text
    own = text.split('<ul class="gaps" id="valdplans-brister">', 1)[1].split("</ul>", 1)[0]
    assert own.count("<li>") == 3 and own.count('class="reason"') == 3


def test_statement_says_what_is_exempt_or_out_of_scope(published: Path) -> None:
    text = _statement(published)
    assert '<h3 id="oskaligt-betungande">Oskäligt betungande anpassning</h3>\n<p>Inga.</p>' in text
    assert '<h3 id="utanfor-lagen">Innehåll som inte omfattas av lagkraven</h3>' in text


def test_statement_gives_the_assessment_and_update_dates(published: Path) -> None:
    text = _statement(published)
    assert "Den senaste bedömningen gjordes den 2026-11-30." in text
    assert "Redogörelsen uppdaterades senast den 2026-11-30." in text


def test_statement_gives_the_method_with_valdplans_checks(published: Path) -> None:
    methods = _statement(published).split('<ul id="metoder">', 1)[1].split("</ul>", 1)[0]
    assert "axe-core" in methods and "320 pixlar" in methods
    assert "<li>Självskattning av kommunens webbredaktion.</li>" in methods


def test_statement_says_how_to_give_feedback(published: Path) -> None:
    assert '<a href="mailto:exempel@example.org">exempel@example.org</a>' in _statement(published)


def test_statement_links_diggs_complaint_page(published: Path) -> None:
    assert '<a id="anmalan" href="https://www.digg.se/tdosanmalan">' in _statement(published)


def test_every_page_links_the_statement_in_its_footer(published: Path) -> None:
    pages = sorted(published.glob("*.html"))
    assert len(pages) == 1 + 2 + 2 + 2 + 1  # index, bodies, levels, focus areas, statement
    for page in pages:
        footer = page.read_text(encoding="utf-8").split("<footer", 1)[1]
        assert '<a href="tillganglighet.html">Tillgänglighetsredogörelse</a>' in footer, page


def test_without_settings_a_build_says_once_what_a_site_needs(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = run("build", str(out), "--plan", str(PLAN_PATH))
    assert result.exit_code == 0
    assert result.stderr == (
        "note: no publisher's settings (--publishing FILE or ./publishing.yaml): a published"
        " site would still need its open data with a DCAT-AP-SE catalogue and an accessibility"
        " statement (see docs/examples/publishing.yaml)\n"
    )
    assert not (out / "datasets").exists() and not (out / "tillganglighet.html").exists()
    assert "<footer" not in (out / "index.html").read_text(encoding="utf-8")


def test_publishing_yaml_beside_the_command_is_found(run, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copyfile(EXAMPLE, tmp_path / "publishing.yaml")
    monkeypatch.chdir(tmp_path)
    result = run("build", "out", "--plan", str(PLAN_PATH))
    assert result.exit_code == 0 and result.stderr == ""
    assert (tmp_path / "out" / "datasets" / "dcat.rdf").is_file()


def test_bad_settings_are_located(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "publishing.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("site_url: https://example.org/valdplan/", "site_url: example.org")
    text = text.replace("compliance: partial", "compliance: mostly")
    text = text.replace("email: exempel@example.org   ", "email: nobody            ")
    bad.write_text(text, encoding="utf-8")
    result = run("build", str(tmp_path / "out"), "--publishing", str(bad), "--plan", str(PLAN_PATH))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{bad}:5:11: site_url: 'example.org' is not a web address starting with https:// or"
        " http://\n"
        f"{bad}:13:10: contact.email: 'nobody' is not an e-mail address\n"
        f"{bad}:19:15: accessibility.compliance: expected 'full', 'partial' or 'none'\n"
    )
    assert not (tmp_path / "out").exists()
