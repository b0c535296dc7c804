"""Marked words in the change annex: which words were removed and added, and that the marks
survive Markdown as GitHub (cmark-gfm) and markdown-it render it."""

from __future__ import annotations

import json
from pathlib import Path

import cmarkgfm
from markdown_it import MarkdownIt

from conftest import DATA, PLAN_PATH
from valdplan.documents.diff_annex import render_diff
from valdplan.documents.environment import environment
from valdplan.documents.word_diff import similar, word_diff
from valdplan.plan.loader import load_plan


def marked(old: str, new: str) -> str:
    """The segments as text, with [-removed-] and {+added+}."""
    out = []
    for segment in word_diff(old, new):
        words = segment["text"]
        if segment["kind"] == "del":
            words = f"[-{words}-]"
        elif segment["kind"] == "ins":
            words = f"{{+{words}+}}"
        out.append((" " if segment["space"] else "") + words)
    return "".join(out)


def test_words_removed_and_added_are_runs_between_spaces() -> None:
    assert (
        marked(
            "Sprida information om insatser för våldsutövare.",
            "Sprida information på flera språk om insatser för våldsutövare.",
        )
        == "Sprida information {+på flera språk+} om insatser för våldsutövare."
    )
    # Punctuation belongs to its word, so a mark never starts or ends inside one.
    assert (
        marked(
            "Handlingsplan mot våld i nära relation och hedersrelaterat våld",
            "Handlingsplan mot våld i nära relation, hedersrelaterat våld",
        )
        == "Handlingsplan mot våld i nära [-relation och-] {+relation,+} hedersrelaterat våld"
    )
    assert marked("a b c d e", "x b c d e") == "[-a-] {+x+} b c d e"


def test_short_or_unrelated_texts_are_not_marked() -> None:
    assert not similar("Selektiv", "Riktad")
    assert not similar("Södertälje kommun", "Exempelby kommun")
    assert not similar("Följa upp stödet varje år.", "Anställa fler socialsekreterare i kommunen.")
    assert similar("Följa upp stödet till våldsutsatta varje år.", "Följa upp stödet varje halvår.")


def test_marks_render_in_cmark_gfm_and_markdown_it() -> None:
    older = load_plan(DATA / "plan-2021-2023.yaml")
    text = render_diff(older, load_plan(PLAN_PATH), "md", environment())[0]
    github = cmarkgfm.github_flavored_markdown_to_html(text)
    # markdown-it writes struck-out text as <s>, cmark-gfm as <del>.
    markdown_it = MarkdownIt("gfm-like", {"linkify": False}).render(text)
    markdown_it = markdown_it.replace("<s>", "<del>").replace("</s>", "</del>")
    for html in (github, markdown_it):
        assert "<strong>på flera språk</strong> om beteendeförändrande" in html
        assert "<del>har tillgång till</del> <strong>erbjuds</strong>" in html
        assert "<del>relation och</del> <strong>relation,</strong>" in html
        assert "<del>borttagna ord</del> och <strong>tillagda ord</strong>" in html
        # One item for action 4:4, its two changes a list inside it.
        assert html.count("Åtgärd 4:4:") == 1
        assert "<li>Kommunstyrelsen är inte längre ansvarig.</li>" in html


def test_marked_plan_text_is_still_escaped(tmp_path: Path) -> None:
    plan = json.loads(load_plan(PLAN_PATH).model_dump_json())
    action = plan["focus_areas"][1]["actions"][0]
    old_text = action["text"]
    action["text"] = old_text.replace("information", "*information* <b>~~x~~</b> [l](u)")
    changed = tmp_path / "changed.yaml"
    changed.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    text = render_diff(load_plan(PLAN_PATH), load_plan(changed), "md", environment())[0]
    line = next(line for line in text.splitlines() if line.startswith("- Åtgärd 2:1"))
    assert line == (
        "- Åtgärd 2:1: ny lydelse: Sprida ~~information~~ **\\*information\\* \\<b\\>\\~\\~x\\~\\~"
        "\\</b\\> \\[l\\](u)** på flera språk om beteendeförändrande insatser som finns för"
        " våldsutövare."
    )
    html = cmarkgfm.github_flavored_markdown_to_html(line)
    assert "<strong>*information* &lt;b&gt;~~x~~&lt;/b&gt; [l](u)</strong>" in html
    page = render_diff(load_plan(PLAN_PATH), load_plan(changed), "html", environment())[0]
    assert "&lt;b&gt;~~x~~&lt;/b&gt;" in page and "<b>" not in page


def test_marks_are_the_same_in_english() -> None:
    older, plan = load_plan(DATA / "plan-2021-2023.yaml"), load_plan(PLAN_PATH)
    # Without a language the annex speaks the later plan's (Swedish here).
    swedish = render_diff(older, plan, "md", environment())[0]
    assert swedish == render_diff(older, plan, "md", environment(), "sv")[0]
    english = render_diff(older, plan, "md", environment(), "en")[0]
    html = cmarkgfm.github_flavored_markdown_to_html(english)
    assert "<del>removed words</del> and <strong>added words</strong>" in html
    assert "<strong>på flera språk</strong> om beteendeförändrande" in html
    assert "<del>har tillgång till</del> <strong>erbjuds</strong>" in html
    assert html.count("Action 4:4:") == 1
    assert "<li>Socialnämnden is now responsible; previously co-responsible.</li>" in html
