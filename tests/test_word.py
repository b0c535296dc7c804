"""Word documents (docxtpl): the follow-up report, checklists and a build's body checklists
open in python-docx with real headings, header rows and what the boards wrote; a
municipality's own template wins by file name; the same inputs give the same bytes."""

from __future__ import annotations

import io
import runpy
import zipfile
from pathlib import Path

import docx
import docx.shared
import pytest
from docx.oxml.ns import qn

from conftest import DATA, PLAN_PATH, ROOT

PERIOD = DATA / "followup" / "plan-period"
FILES = [str(PERIOD / name) for name in ("helar-2024.yaml", "delar-2025.yaml", "helar-2025.yaml")]
P = ("--plan", str(PLAN_PATH))


def write_report(run, target: Path, *args: str) -> docx.document.Document:  # type: ignore[no-untyped-def]
    result = run("followup", "report", *FILES, "--format", "docx", "-o", str(target), *args, *P)
    assert result.exit_code == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")
    return docx.Document(str(target))


def figure_tables(document: docx.document.Document) -> list[docx.table.Table]:
    """The document's tables of figures, without its charts (tables of names and bars, a
    picture in each row)."""
    return [t for t in document.tables if not t._tbl.findall(".//" + qn("wp:inline"))]


def headings(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_report_has_headings_tables_with_header_rows_and_the_comments(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = write_report(run, tmp_path / "r.docx", "--date", "2026-02-10")
    assert headings(document, "Title") == ["Uppföljning helår 2025"]
    assert headings(document, "Heading 1") == [
        "Åtgärder per status",
        "Innehåll",
        "Fokusområdenas åtgärder",
        "Förändringar sedan delår 2025",
        "Genomförda",
        "Pågående",
        "Saknar rapport",
        # The appendix: figures, history, the bodies (on the history's last page), other lists.
        "Hela planen",
        "Per fokusområde",
        "Per organ",
        "Per preventionsnivå",
        "Över planperioden",
        "Redovisning per organ",
        "Ej påbörjade",
        "Ej aktuella",
    ]
    assert headings(document, "Heading 2")[5:] == [
        "Per fokusområde och period",
        "Per organ och period",
        "Åtgärd för åtgärd",
    ]
    tables = figure_tables(document)
    assert len(tables) == 12
    # Each body's actions by id under each status: the comments are in the lists, once.
    bodies = tables[-1]
    assert [c.text for c in bodies.rows[0].cells] == [
        "Organ", "Genomförd", "Pågående", "Ej påbörjad", "Ej aktuell", "Saknar rapport",
    ]  # fmt: skip
    assert [c.text for c in bodies.rows[1].cells] == [
        "Kommunstyrelsen", "1:8", "5:9", "1:3, 1:6, 1:9, 3:4, 5:4, 5:5, 5:8", "–", "–",
    ]  # fmt: skip
    # On the history's landscape pages the table of bodies has their width (25.7 cm).
    assert [round(c.width.cm, 1) for c in bodies.rows[0].cells] == [5.0, 9.0, 4.5, 2.6, 2.2, 2.4]
    # The history and the table of bodies have landscape pages; the pages around, portrait.
    assert [round(section.page_width.cm, 1) for section in document.sections] == [
        21.0, 29.7, 21.0,
    ]  # fmt: skip
    for table in tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        assert all(cell.text for cell in table.rows[0].cells)
        assert len(table.rows) >= 2
    assert [c.text for c in tables[0].rows[1].cells] == [
        "Alla åtgärder", "33", "3 % (1)", "3 % (1)", "94 % (31)", "–", "–",
    ]  # fmt: skip
    overall = next(t for t in tables if t.rows[1].cells[0].text == "Alla")
    assert [c.text for c in overall.rows[1].cells] == [
        "Alla", "104", "6 % (6)", "3 % (3)", "88 % (91)", "2 % (2)", "2 % (2)",
    ]  # fmt: skip
    history = next(t for t in tables if t.rows[0].cells[0].text == "Åtgärd" and len(t.rows) > 100)
    assert [c.text for c in history.rows[0].cells] == [
        "Åtgärd", "Organ", "Helår 2024", "Delår 2025", "Helår 2025",
    ]  # fmt: skip
    ids = [row.cells[0].text for row in history.rows[1:] if row.cells[0].text]
    assert len(ids) == 33 and ids[:3] == ["1:1", "1:2", "1:3"]
    row = next(r for r in history.rows if r.cells[0].text == "1:8")
    assert [c.text for c in row.cells] == [
        "1:8", "Kommunstyrelsen", "Pågående", "·", "→ Genomförd",
    ]  # fmt: skip
    text = "\n".join(p.text for p in document.paragraphs)
    assert (
        "Socialnämnden (ansvarig), 2025-11-30: Överenskommelse om idéburet offentligt"
        " partnerskap (IOP) & gemensam utbildning med tre föreningar.\nUppföljning med"
        " föreningarna sker i april 2026."
    ) in text
    assert "samverkansformerna <bilaga 2> i oktober" in text
    assert "Period 2024–2027 · Helår 2025 · 33 åtgärder, 104 uppdrag för organen" in text
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Södertälje kommun · Uppföljning helår 2025"
    footer = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_one_period_in_english_has_no_plan_period(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "one.docx"
    result = run(
        "followup", "report", str(DATA / "followup" / "helar-2025.yaml"), "--format", "docx",
        "-o", str(target), "--lang", "en", *P,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(target))
    assert headings(document, "Title") == ["Follow-up, full year 2025"]
    assert headings(document, "Heading 1") == [
        "Actions by status", "Contents", "The actions of each focus area", "Done",
        "In progress", "Not reported", "Whole plan", "By focus area", "By body",
        "By prevention level", "Reported by body", "Not started", "Not applicable",
    ]  # fmt: skip
    assert document.sections[0].header.paragraphs[0].text == (
        "Södertälje kommun · Follow-up, full year 2025"
    )
    # No history, no landscape pages: the table of bodies has the portrait page's 17 cm.
    assert [round(s.page_width.cm, 1) for s in document.sections] == [21.0]
    bodies = figure_tables(document)[-1]
    assert [round(c.width.cm, 1) for c in bodies.rows[0].cells] == [4.3, 5.3, 2.6, 1.7, 1.5, 1.6]


def test_the_column_grid_follows_the_number_of_periods(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "two.docx"
    result = run(
        "followup", "report", *FILES[1:], "--format", "docx", "-o", str(target), *P
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    history = figure_tables(docx.Document(str(target)))[10]
    assert [c.text for c in history.rows[0].cells] == [
        "Åtgärd",
        "Organ",
        "Delår 2025",
        "Helår 2025",
    ]
    grid = [int(c.get(qn("w:w"))) for c in history._tbl.tblGrid.findall(qn("w:gridCol"))]
    # Action 1.4 cm and body 4.7 cm as the template has them, in twentieths of a point; the
    # two periods share the rest of the landscape page's 25.7 cm.
    assert grid == [794, 2665, 5556, 5556]
    cells = [int(c.width.twips) for c in history.rows[1].cells]
    assert cells == grid  # Word reads the cells' widths, LibreOffice the grid: the same


def test_evidence_addresses_are_links_and_references_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = write_report(run, tmp_path / "r.docx")
    paragraph = next(p for p in document.paragraphs if "Protokoll SN 2025-11-30" in p.text)
    # The evidence ends the entry's paragraph (one paragraph per entry, as in the HTML).
    assert paragraph.text == (
        "Socialnämnden (ansvarig), 2025-11-30: Överenskommelse om idéburet offentligt"
        " partnerskap (IOP) & gemensam utbildning med tre föreningar.\nUppföljning med"
        " föreningarna sker i april 2026. Underlag: https://example.org/overenskommelse.pdf;"
        " Protokoll SN 2025-11-30 § 112"
    )
    links = paragraph.hyperlinks
    assert [(link.address, link.text) for link in links] == [
        ("https://example.org/overenskommelse.pdf", "https://example.org/overenskommelse.pdf")
    ]


def test_comments_are_escaped_in_the_xml(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_report(run, tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "samverkansformerna &lt;bilaga 2&gt; i oktober" in xml
    assert "(IOP) &amp; gemensam" in xml
    assert "med tre föreningar.</w:t><w:br/>" in xml
    assert "{{" not in xml and "{%" not in xml


def test_the_same_inputs_give_the_same_bytes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_report(run, tmp_path / "a.docx")
    write_report(run, tmp_path / "b.docx")
    data = (tmp_path / "a.docx").read_bytes()
    assert data == (tmp_path / "b.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def custom_template(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    document = docx.Document()
    document.add_paragraph(text, style="Heading 1")
    document.save(str(folder / name))


def test_a_municipalitys_own_template_wins_by_file_name(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    custom_template(tmp_path / "mallar", "report.docx", "Kommunens mall: {{ title }}")
    document = write_report(run, tmp_path / "r.docx", "--templates", str(tmp_path / "mallar"))
    assert [p.text for p in document.paragraphs] == ["Kommunens mall: Uppföljning helår 2025"]
    # templates/ beside the plan counts too.
    plan = tmp_path / "kommun" / "plan.yaml"
    plan.parent.mkdir()
    plan.write_bytes(PLAN_PATH.read_bytes())
    custom_template(plan.parent / "templates", "report.docx", "Bredvid planen: {{ period_name }}")
    target = tmp_path / "b.docx"
    result = run(
        "followup", "report", *FILES, "--format", "docx", "-o", str(target), "--plan", str(plan)
    )
    assert result.exit_code == 0, result.stderr
    assert [p.text for p in docx.Document(str(target)).paragraphs] == ["Bredvid planen: Helår 2025"]


def test_a_picture_keeps_its_alt_text_wherever_a_template_shows_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A municipality's template that makes the whole chart before it shows it, and shows it
    # twice, then the bars one by one: every picture has its own figures.
    custom_template(
        tmp_path / "mallar",
        "report.docx",
        "{% set whole = charts.actions | picture(8) %}{{ whole }}{{ whole }}"
        "{% for bar in charts.actions.bars %}{{ bar | picture(4) }}{% endfor %}",
    )
    document = write_report(run, tmp_path / "r.docx", "--templates", str(tmp_path / "mallar"))
    alts = [picture.get("descr") for picture in document.element.body.iter(qn("wp:docPr"))]
    assert len(alts) == 8
    assert alts[0] == alts[1]
    assert alts[0].startswith("Åtgärder per status. Alla åtgärder (33 åtgärder): Genomförd 1,")
    # Bars 2 and 3 are the same image (every action not started) with their own figures.
    assert alts[3:5] == [
        "1. Kommunen arbetar våldsförebyggande (8 åtgärder): Ej påbörjad 8.",
        "2. Kommunen erbjuder våldsutövare återfallsförebyggande insatser (5 åtgärder):"
        " Ej påbörjad 5.",
    ]


def test_broken_templates_are_clear_errors(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mallar"
    folder.mkdir()
    (folder / "report.docx").write_text("not a zip", encoding="utf-8")
    target = tmp_path / "r.docx"
    args = ("followup", "report", *FILES, "--format", "docx", "-o", str(target))
    result = run(*args, "--templates", str(folder), *P)
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"error: {folder / 'report.docx'}: not a Word document: not a zip archive\n"
    )
    custom_template(folder, "report.docx", "{{ no_such_name }}")
    result = run(*args, "--templates", str(folder), *P)
    assert result.exit_code == 1
    assert result.stderr == f"error: {folder / 'report.docx'}: 'no_such_name' is undefined\n"
    assert not target.exists()
    missing_output = run("followup", "report", *FILES, "--format", "docx", *P)
    assert missing_output.exit_code == 2
    assert "a Word document needs --output FILE" in missing_output.stderr


def test_checklist_docx_shows_statuses_with_followup(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "c.docx"
    result = run(
        "checklist", "--board", "Socialnämnden", "--followup", FILES[2], "--format", "docx",
        "-o", str(target), *P,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(target))
    assert headings(document, "Title") == ["Checklista för Socialnämnden, helår 2025"]
    texts = [p.text for p in document.paragraphs]
    assert "23 som ansvarig · 4 som medansvarig" in texts
    # The period's status counts, each status by its symbol and name, and a plain note.
    assert "Status för helår 2025: ✓ Genomförd 3 · ○ Ej påbörjad 24" in texts
    assert (
        "Rutorna visar vad som rapporterades i uppföljningen för helår 2025 och kan inte ändras"
        " på den här sidan. En kryssad ruta betyder att åtgärden är genomförd."
    ) in texts
    assert headings(document, "Heading 1")[0] == "Fokusområde 1: Kommunen arbetar våldsförebyggande"
    # Each focus area's actions as a table a secretary would make: one row per action.
    tables = document.tables
    assert len(tables) == 5
    assert [cell.text for cell in tables[0].rows[0].cells] == [
        "Åtgärd",
        "Status",
        "Kommentar",
        "Underlag",
    ]
    assert sum(len(table.rows) - 1 for table in tables) == 27
    first = [cell.text for cell in tables[0].rows[1].cells]
    assert first == [
        "☒ 1:3 Tillgodose relevanta samverkan/samarbeten med civilsamhället gällande det"
        " våldsförebyggande arbetet.",
        "Genomförd, 2025-11-30",
        "Överenskommelse om idéburet offentligt partnerskap (IOP) & gemensam utbildning med"
        " tre föreningar.\nUppföljning med föreningarna sker i april 2026.",
        "https://example.org/overenskommelse.pdf; Protokoll SN 2025-11-30 § 112",
    ]
    done = [row.cells[0].text[:6] for table in tables for row in table.rows[1:]]
    assert [cell for cell in done if cell.startswith("☒")] == ["☒ 1:3 ", "☒ 1:8 ", "☒ 4:4 "]
    relations = document.part.rels.values()
    assert "https://example.org/overenskommelse.pdf" in [r.target_ref for r in relations]
    assert headings(document, "Heading 1")[-1] == "Uppföljning"


def test_build_writes_a_word_document_per_body(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "site"
    result = run("build", str(out), "--format", "html,docx", *P)
    assert result.exit_code == 0, result.stderr
    written = sorted(path.name for path in out.glob("*.docx"))
    assert len(written) == 14 and "socialnamnden.docx" in written
    assert "fokusomrade-1.docx" not in written and "index.docx" not in written
    document = docx.Document(str(out / "telge-ab.docx"))
    assert headings(document, "Title") == ["Checklista för Telge AB"]
    assert headings(document, "Heading 2") == ["☐ Åtgärd 5:9"]
    # The line the printed HTML ends with, the plan's language and the title.
    assert document.paragraphs[-1].text.startswith("Genomgången vid sammanträde: Datum ____")
    assert "Initialer ____" in document.paragraphs[-1].text
    assert document.core_properties.title == "Checklista för Telge AB"
    assert document.core_properties.language == "sv-SE"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang is not None and lang.get(qn("w:val")) == "sv-SE"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count('.docx"') == 14 and '<a href="telge-ab.docx">Telge AB (Word)</a>' in index
    check = run("build", str(out), "--format", "html,docx", "--check", *P)
    assert (check.exit_code, check.stdout) == (0, f"{out}: 37 files up to date\n")
    (out / "telge-ab.docx").write_bytes(b"changed")
    stale = run("build", str(out), "--format", "html,docx", "--check", *P)
    assert (stale.exit_code, stale.stdout) == (1, f"{out / 'telge-ab.docx'}: stale\n")


def test_the_report_gets_its_language_and_title_in_the_same_place(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = write_report(run, tmp_path / "r.docx", "--lang", "en")
    assert document.core_properties.title == "Follow-up, full year 2025"
    # --lang decides the document's language (issue 21), as it decides its fixed words.
    assert document.core_properties.language == "en-GB"
    assert _default_language(document) == "en-GB"


def _default_language(document: docx.document.Document) -> str | None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return None if lang is None else lang.get(qn("w:val"))


def test_the_report_is_a_document_a_municipality_sends(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = write_report(run, tmp_path / "r.docx", "--date", "2026-02-10")
    assert _default_language(document) == "sv-SE"
    assert document.core_properties.language == "sv-SE"
    assert document.core_properties.title == "Uppföljning helår 2025"
    body = document.element.body
    # A real table of contents: a TOC field over headings 1-2, filled in when Word opens it.
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    assert instructions == ['TOC \\o "1-2" \\h \\z \\u']
    settings = document.settings.element.find(qn("w:updateFields"))
    assert settings is not None and settings.get(qn("w:val")) == "true"
    # No table row breaks across pages; header rows repeat; numbers right-aligned.
    for table in document.tables:
        for row in table.rows:
            properties = row._tr.trPr
            assert properties is not None and properties.find(qn("w:cantSplit")) is not None
    figures = figure_tables(document)[0]
    assert [c.paragraphs[0].alignment for c in figures.rows[1].cells][:3] == [None, 2, 2]
    # The status charts: each group's name beside its bar, a picture whose alt text says
    # its figures; bars of the same shares are one image, each with its own figures.
    charts = [t for t in document.tables if t._tbl.findall(".//" + qn("wp:inline"))]
    assert [[row.cells[0].text for row in chart.rows] for chart in charts] == [
        [row.cells[0].text for row in figures.rows[1:]],
        ["Alla"],
    ]
    pictures = [picture.get("descr") for picture in body.iter(qn("wp:docPr"))]
    assert pictures == [
        "Alla åtgärder (33 åtgärder): Genomförd 1, Pågående 1, Ej påbörjad 31.",
        "1. Kommunen arbetar våldsförebyggande (8 åtgärder): Ej påbörjad 8.",
        "2. Kommunen erbjuder våldsutövare återfallsförebyggande insatser (5 åtgärder):"
        " Ej påbörjad 5.",
        "3. Kommunen arbetar aktivt för att upptäcka våldsutsatthet (4 åtgärder): Ej påbörjad 4.",
        "4. Våldsutsatta vuxna och barn erbjuds insatser utifrån sina specifika behov"
        " (7 åtgärder): Genomförd 1, Ej påbörjad 6.",
        "5. Kommunen arbetar systematiskt med kunskaps- och metodutveckling (9 åtgärder):"
        " Pågående 1, Ej påbörjad 8.",
        "Alla (104 åtgärder och organ): Genomförd 6, Pågående 3, Ej påbörjad 91, Ej aktuell 2,"
        " Saknar rapport 2.",
    ]
    # Headings in the document's own dark, sober style, not python-docx's blue.
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == docx.shared.RGBColor(0x1A, 0x1A, 0x1A)
    assert heading.font.name == "Arial" and document.styles["Normal"].font.name == "Arial"


@pytest.mark.parametrize("name", ["report.docx", "checklist.docx", "diff.docx"])
def test_the_shipped_templates_are_what_the_script_makes(tmp_path: Path, name: str) -> None:
    script = runpy.run_path(str(ROOT / "tools" / "word_templates.py"))
    script["main"](tmp_path)
    assert (tmp_path / name).read_bytes() == (ROOT / "templates" / name).read_bytes()
