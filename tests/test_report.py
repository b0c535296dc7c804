"""The coordinator's report over the plan period: three follow-up files (helår 2024, delår
2025, helår 2025, made with followup init, set, import and merge by
tests/data/followup/plan-period/make_fixtures.py), what the boards wrote, lists by status
and by body, and the period named wherever the report is read."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH
from valdplan.documents.css import css_string
from valdplan.documents.markdown import escape_markdown_lines, heading_slugs
from valdplan.documents.report_lists import evidence_items, short_text

PERIOD = DATA / "followup" / "plan-period"
FILES = [str(PERIOD / name) for name in ("helar-2025.yaml", "helar-2024.yaml", "delar-2025.yaml")]
P = ("--plan", str(PLAN_PATH))
TEXT_1_8 = (
    "Styrgruppen mot våld i nära relation och hedersrelaterat våld och förtryck ges i uppdrag"
    " att utveckla formerna för samarbete mellan berörda kontor i syfte att förebygga och"
    " bekämpa våld i nära relationer, hedersrelaterat våld och förtryck, prostitution och"
    " människohandel för sexuella ändamål samt sexuell exploatering av barn."
)


def report(run, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = run("followup", "report", *args, *P)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return str(result.stdout)


def counts(genomford: int, pagaende: int, ej_paborjad: int, ej_aktuell: int, saknas: int) -> dict:
    return {
        "ej-paborjad": ej_paborjad,
        "pagaende": pagaende,
        "genomford": genomford,
        "ej-aktuell": ej_aktuell,
        "saknas": saknas,
    }


def test_json_has_the_three_periods_in_time_order_with_their_counts(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(report(run, *FILES, "--format", "json"))
    assert data["periods"] == [
        {"year": 2024, "part": "helår", "counts": counts(0, 5, 90, 1, 8)},
        {"year": 2025, "part": "delår", "counts": counts(2, 5, 92, 1, 4)},
        {"year": 2025, "part": "helår", "counts": counts(6, 3, 91, 2, 2)},
    ]
    assert data["period"] == {"year": 2025, "part": "helår"}
    # Without --previous, changes are since the period before the latest.
    assert data["previous_period"] == {"year": 2025, "part": "delår"}
    assert [(c["action"], c["body_id"], c["from"], c["to"]) for c in data["changes"]] == [
        ("1:3", "socialnamnden", "pagaende", "genomford"),
        ("1:8", "kommunstyrelsen", "pagaende", "genomford"),
        ("1:8", "omsorgsnamnden", "pagaende", "genomford"),
        ("1:8", "utbildningsnamnderna", "ej-paborjad", "pagaende"),
        ("1:8", "kultur-och-fritidsnamnderna", "ej-paborjad", "pagaende"),
        ("1:8", "miljonamnden", "saknas", "ej-aktuell"),
        ("3:4", "miljonamnden", "saknas", "ej-paborjad"),
        ("4:1", "omsorgsnamnden", "pagaende", "genomford"),
    ]


def test_json_has_each_pairs_history(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(report(run, *FILES, "--format", "json"))
    history = data["history"]
    action = next(a for a in history["actions"] if a["action"] == "1:8")
    assert action["text"] == TEXT_1_8
    assert [(b["body_id"], b["role"], b["statuses"]) for b in action["bodies"][:3]] == [
        ("kommunstyrelsen", "responsible", ["pagaende", "pagaende", "genomford"]),
        ("socialnamnden", "co-responsible", ["pagaende", "genomford", "genomford"]),
        ("omsorgsnamnden", "co-responsible", ["ej-paborjad", "pagaende", "genomford"]),
    ]
    assert action["bodies"][-1]["statuses"] == ["saknas", "saknas", "saknas"]
    assert len(history["actions"]) == 33
    assert sum(len(a["bodies"]) for a in history["actions"]) == 104
    area = history["focus_areas"][0]
    assert area["label"] == "1. Kommunen arbetar våldsförebyggande"
    assert area["counts"] == [
        counts(0, 3, 24, 0, 4),
        counts(1, 3, 25, 0, 2),
        counts(4, 2, 23, 1, 1),
    ]
    social = next(b for b in history["bodies"] if b["id"] == "socialnamnden")
    assert [c["genomford"] for c in social["counts"]] == [0, 2, 3]


def test_json_has_what_each_body_wrote(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(report(run, *FILES, "--format", "json"))
    pair = next(p for p in data["pairs"] if (p["action"], p["body_id"]) == ("1:3", "socialnamnden"))
    assert pair == {
        "action": "1:3",
        "text": "Tillgodose relevanta samverkan/samarbeten med civilsamhället gällande det"
        " våldsförebyggande arbetet.",
        "body": "Socialnämnden",
        "body_id": "socialnamnden",
        "role": "responsible",
        "status": "genomford",
        "comment": "Överenskommelse om idéburet offentligt partnerskap (IOP) & gemensam"
        " utbildning med tre föreningar.\nUppföljning med föreningarna sker i april 2026.",
        "evidence": ["https://example.org/overenskommelse.pdf", "Protokoll SN 2025-11-30 § 112"],
        "date": "2025-11-30",
    }
    assert len(data["pairs"]) == 104
    silent = [p for p in data["pairs"] if p["body_id"] == "kommunala-funktionshinderradet"]
    assert [(p["status"], p["comment"], p["evidence"], p["date"]) for p in silent] == [
        ("saknas", "", [], None),
        ("saknas", "", [], None),
    ]


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_the_order_of_the_files_does_not_matter(run, fmt: str) -> None:  # type: ignore[no-untyped-def]
    assert report(run, *FILES, "--format", fmt) == report(run, *reversed(FILES), "--format", fmt)


def sections(text: str, marker: str) -> dict[str, str]:
    """The text of each section, by its heading line."""
    parts = re.split(marker, text)
    return {part.split("\n", 1)[0]: part for part in parts[1:]}


def test_markdown_has_the_comments_and_each_action_at_most_once_per_section(run) -> None:  # type: ignore[no-untyped-def]
    md = report(run, *FILES)
    assert md.startswith("# Uppföljning helår 2025\n")
    assert "Helår 2025 · 33 åtgärder, 104 uppdrag för organen\n" in md
    assert (
        "- **Socialnämnden** (ansvarig), 2025-11-30: Överenskommelse om idéburet offentligt"
        " partnerskap (IOP) \\& gemensam utbildning med tre föreningar.\\\n"
        "  Uppföljning med föreningarna sker i april 2026.\\\n"
        "  Underlag: <https://example.org/overenskommelse.pdf>; Protokoll SN 2025-11-30 § 112\n"
    ) in md
    assert "samverkansformerna \\<bilaga 2\\> i oktober" in md
    by_heading = sections(md, r"\n## ")
    assert [heading for heading in by_heading][:6] == [
        "Åtgärder per status",
        "Innehåll",
        "Fokusområdenas åtgärder",
        "Hela planen",
        "Per fokusområde",
        "Per organ",
    ]
    counted = {heading: part.count(TEXT_1_8) for heading, part in by_heading.items()}
    assert max(counted.values()) == 1
    assert [heading for heading, n in counted.items() if n] == [
        "Genomförda",
        "Pågående",
        "Ej påbörjade",
        "Ej aktuella",
    ]
    # Each list opens with its count as a paragraph of its own, then the first action.
    assert by_heading["Genomförda"].startswith(
        "Genomförda\n\n6 åtgärder och organ. Ytterligare 2 genomfördes under tidigare perioder.\n\n"
        "**Åtgärd 1:3** "
    )
    assert by_heading["Ej aktuella"].startswith(
        "Ej aktuella\n\n2 åtgärder och organ\n\n**Åtgärd 1:8** "
    )
    not_started = by_heading["Ej påbörjade"]
    assert not_started.count("**Åtgärd 1:8**") == 1
    assert "- **Äldreomsorgsnämnden** (medansvarig)\n" in not_started
    assert "| Kommunala funktionshinderrådet | 2 av 2 (inget rapporterat) | 1:8, 3:4 |" in md
    # The plan period: each period's counts, and each pair's status in each period.
    period = by_heading["Över planperioden"]
    assert "| Helår 2024 | 104 | – | 5 % (5) | 87 % (90) | 1 % (1) | 8 % (8) |" in period
    # A status is shown in the first period and where it changes; "·" where it stays.
    assert "| 1:8 | Kommunstyrelsen | Pågående | · | → Genomförd |" in period
    assert "|  | Socialnämnden | Pågående | → Genomförd | · |" in period
    assert ": → markerar en förändring sedan perioden före, · en oförändrad status." in period
    assert "- [Ej påbörjade](#ej-påbörjade)\n" in md
    assert "  - [Kultur- och fritidsnämnderna](#kultur--och-fritidsnämnderna)\n" in md


def test_html_has_the_comments_links_and_each_action_at_most_once_per_section(run) -> None:  # type: ignore[no-untyped-def]
    html = report(run, *FILES, "--format", "html", "--date", "2026-02-10")
    assert "<title>Uppföljning helår 2025 – Handlingsplan" in html
    assert "<h1>Uppföljning helår 2025</h1>" in html
    # Print headers name the period; page numbers in the footer.
    assert '@top-left { content: "Södertälje kommun · Uppföljning helår 2025"; }' in html
    assert '@top-right { content: "2026-02-10"; }' in html
    assert 'content: "Sida " counter(page) " av " counter(pages);' in html
    assert (
        ': <span class="comment">Överenskommelse om idéburet offentligt partnerskap (IOP) &amp;'
        " gemensam utbildning med tre föreningar.\nUppföljning med föreningarna sker i april"
        " 2026.</span>"
    ) in html
    assert "samverkansformerna &lt;bilaga 2&gt; i oktober" in html
    assert (
        '<span class="evidence">Underlag: <a href="https://example.org/overenskommelse.pdf">'
        "https://example.org/overenskommelse.pdf</a>; Protokoll SN 2025-11-30 § 112</span>"
    ) in html
    by_heading = sections(html, r"<h2 id=")
    # Lists name an action by its id and the start of its text, once per list.
    head = '<span class="action-id">Åtgärd 1:8</span> ' + short_text(TEXT_1_8)
    counted = {heading: part.count(head) for heading, part in by_heading.items()}
    assert max(counted.values()) == 1
    assert sum(counted.values()) == 4
    for body_view in html.split('<section class="body-view"')[1:]:
        assert head not in body_view
    assert html.count('<section class="body-view"') == 14
    assert '<a href="#organ-socialnamnden">Socialnämnden</a>' in html
    # Zeros in visible tables are a quiet dash, with the number for screen readers.
    assert (
        '<td class="zero"><span aria-hidden="true">–</span><span class="visually-hidden">0' in html
    )
    # One chart row per period over the plan period.
    assert '<p class="bar-label"><span>Delår 2025</span>' in html


def test_previous_picks_the_period_to_compare_with(run) -> None:  # type: ignore[no-untyped-def]
    latest, first = FILES[0], FILES[1]
    data = json.loads(report(run, latest, "--previous", first, "--format", "json"))
    assert data["previous_period"] == {"year": 2024, "part": "helår"}
    assert [(p["year"], p["part"]) for p in data["periods"]] == [(2024, "helår"), (2025, "helår")]
    three = json.loads(report(run, *FILES, "--previous", first, "--format", "json"))
    assert three["previous_period"] == {"year": 2024, "part": "helår"}
    assert len(three["periods"]) == 3
    single = json.loads(report(run, latest, "--format", "json"))
    assert [(p["year"], p["part"]) for p in single["periods"]] == [(2025, "helår")]
    assert "changes" not in single and "previous_period" not in single
    md = report(run, latest)
    assert "## Över planperioden" not in md and "## Förändringar sedan" not in md


def test_previous_must_be_earlier(run) -> None:  # type: ignore[no-untyped-def]
    later = run("followup", "report", FILES[1], "--previous", FILES[0], *P)
    assert later.exit_code == 2
    assert later.stdout == ""
    assert later.stderr == (
        "error: --previous: full year 2025 is not earlier than the latest period of FILE"
        " (full year 2024)\nTry 'valdplan followup report --help' for help.\n"
    )
    # The same file named twice is simply read once.
    assert report(run, FILES[0], FILES[0]) == report(run, FILES[0])


def test_files_of_one_period_are_merged_and_a_conflict_is_merges_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "kopia.yaml"
    copy.write_bytes(Path(FILES[0]).read_bytes())
    twice = run("followup", "report", *FILES, str(copy), *P)
    assert twice.exit_code == 0
    assert twice.stderr == "note: 2 files of full year 2025 merged (102 entries)\n"
    assert twice.stdout == report(run, *FILES)
    swedish = run("followup", "report", FILES[0], str(copy), *P, "--lang", "sv")
    assert swedish.stderr == "obs: 2 filer för helår 2025 sammanslagna (102 poster)\n"
    lines = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[36] == "    status: genomford\n"
    lines[36] = "    status: pagaende\n"
    copy.write_text("".join(lines), encoding="utf-8")
    conflict = run("followup", "report", FILES[0], str(copy), *P)
    merged = run("followup", "merge", FILES[0], str(copy), "-o", str(tmp_path / "m.yaml"), *P)
    assert (conflict.exit_code, conflict.stdout) == (1, "")
    assert (
        conflict.stderr
        == merged.stderr
        == (
            f"{copy}:35:5: conflict for 1:3 socialnamnden: status differs from {FILES[0]}:35"
            " (here in progress, there done)\n"
        )
    )


def test_english_labels_name_the_period_in_english(run) -> None:  # type: ignore[no-untyped-def]
    md = report(run, *FILES, "--lang", "en")
    assert md.startswith("# Follow-up, full year 2025\n")
    assert "## Changes since interim 2025\n" in md
    assert "| Interim 2025 | 104 | 2 % (2) |" in md
    assert "**In progress (1)**" in md
    assert "- **Socialnämnden** (responsible), 2025-11-30: Överenskommelse" in md


def test_hostile_comments_and_evidence_stay_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    run("followup", "init", "--year", "2025", "--board", "Telge AB", "-o", str(path), *P)
    text = path.read_text(encoding="utf-8").replace(
        'status:\n    comment: ""',
        'status: pagaende\n    comment: "<script>alert(1)</script> *x* | y"\n'
        '    evidence: ["javascript:alert(1)",'
        ' "https://ok.example/a b", "https://ok.example/ok?a=1&b=<2>"]',
    )
    path.write_text(text, encoding="utf-8")
    html = report(run, str(path), "--format", "html")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *x* | y" in html
    assert 'href="javascript' not in html and "https://ok.example/a b</a>" not in html
    assert html.count('<a href="https://ok.example') == 0
    md = report(run, str(path))
    assert "\\<script\\>alert(1)\\</script\\> \\*x\\* \\| y" in md
    assert "javascript:alert(1)" in md and "<javascript" not in md


def test_helpers() -> None:
    assert short_text("Kort text.") == "Kort text."
    assert short_text("ord " * 40, 20) == "ord ord ord ord ord…"
    assert evidence_items(["https://a.example/x", "Protokoll § 3", "http://b"]) == [
        {"text": "https://a.example/x", "url": "https://a.example/x"},
        {"text": "Protokoll § 3", "url": None},
        {"text": "http://b", "url": "http://b"},
    ]
    assert escape_markdown_lines("a *b*\n\n- c", 2) == "a \\*b\\*\\\n  \\- c"
    assert heading_slugs(["Ej påbörjade", "Kultur- och fritid", "Ej påbörjade", "Å (2)"]) == [
        "ej-påbörjade",
        "kultur--och-fritid",
        "ej-påbörjade-1",
        "å-2",
    ]
    assert str(css_string('Kommun "A" </style> & \\')) == (
        '"Kommun \\000022A\\000022 \\00003c/style\\00003e \\000026 \\00005c"'
    )


def test_no_appendix_keeps_the_main_part(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import docx

    md = report(run, *FILES, "--no-appendix")
    assert re.findall(r"^## (.*)$", md, re.M) == [
        "Åtgärder per status",
        "Innehåll",
        "Fokusområdenas åtgärder",
        "Förändringar sedan delår 2025",
        "Genomförda",
        "Pågående",
        "Saknar rapport",
    ]
    # The table of contents names only what is there.
    assert "(#hela-planen)" not in md and "(#saknar-rapport)" in md
    html = report(run, *FILES, "--format", "html", "--no-appendix")
    assert re.findall(r'<h2 id="([^"]+)"', html) == [
        "atgarder", "innehall-rubrik", "atgarder-per-fokusomrade", "forandringar",
        "status-genomford", "status-pagaende", "saknar-rapport",
    ]  # fmt: skip
    target = tmp_path / "kort.docx"
    result = run("followup", "report", *FILES, "--no-appendix", "--format", "docx",
                 "-o", str(target), *P)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Åtgärder per status", "Innehåll", "Fokusområdenas åtgärder",
        "Förändringar sedan delår 2025", "Genomförda", "Pågående", "Saknar rapport",
    ]  # fmt: skip
