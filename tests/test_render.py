"""Checklists rendered from templates: golden files, Markdown validity, escaping, labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import DATA, PLAN_PATH
from valdplan.documents.checklist import checklist_context
from valdplan.documents.context import generated_date
from valdplan.documents.environment import environment, render
from valdplan.errors import TemplateProblem, ValdplanError
from valdplan.plan.loader import load_plan
from valdplan.plan.models import Plan
from valdplan.plan.query import select_actions

P = ("--plan", str(PLAN_PATH))


def task_items(markdown: str) -> list[str]:
    """The inline text of every unticked top-level task item, parsed as CommonMark."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    assert not [t for t in tokens if t.type == "html_block"], "raw HTML block in Markdown"
    items = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.type == "bullet_list_open":
            depth += 1
        elif token.type == "bullet_list_close":
            depth -= 1
        elif token.type == "inline" and depth == 1 and tokens[index - 2].type == "list_item_open":
            assert not [c for c in token.children or [] if c.type == "html_inline"]
            if token.content.startswith("[ ] "):
                items.append(token.content)
    return items


def test_socialnamnden_markdown_golden(run, golden) -> None:  # type: ignore[no-untyped-def]
    result = run("checklist", "--board", "Socialnämnden", *P)
    assert result.exit_code == 0
    golden("socialnamnden.md", result.stdout)
    items = task_items(result.stdout)
    assert len(items) == 27
    assert items[0].startswith("[ ] **Åtgärd 1:3** Tillgodose relevanta samverkan/samarbeten")


def test_socialnamnden_html_golden(run, golden) -> None:  # type: ignore[no-untyped-def]
    result = run("checklist", "--board", "Socialnämnden", "--format", "html", *P)
    assert result.exit_code == 0
    golden("socialnamnden.html", result.stdout)
    html = result.stdout
    assert html.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert html.count('<input type="checkbox"') == 27
    assert html.count("<label for=") == 27
    assert "http://" not in html and "https://" not in html and "src=" not in html
    assert '<h2 id="uppfoljning">Uppföljning</h2>' in html


def test_output_file_is_written(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "universell.html"
    result = run("checklist", "--level", "universell", "--format", "html", "-o", str(target), *P)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").count('<input type="checkbox"') == 12
    assert [p.name for p in tmp_path.iterdir()] == ["universell.html"]


def test_selection_headers(plan: Plan) -> None:
    env = environment()
    text = render(env, "checklist.md.j2", checklist_context(select_actions(plan, level="selektiv")))
    assert text.startswith("# Checklista för preventionsnivå Selektiv\n")
    assert "Södertälje kommun · Period 2024–2027 · 6 åtgärder" in text
    assert "## Uppföljning" not in text
    responsible_only = checklist_context(
        select_actions(plan, body="kommunstyrelsen", role="responsible")
    )
    assert responsible_only["title"] == "Checklista för Kommunstyrelsen som ansvarig"
    assert responsible_only["count_text"] == "8 åtgärder"


def test_english_labels_keep_plan_text(plan: Plan) -> None:
    env = environment()
    context = checklist_context(select_actions(plan, body="telge-ab"), lang="en")
    text = render(env, "checklist.md.j2", context)
    assert text.splitlines()[0] == "# Checklist for Telge AB"
    assert "  - Role: Responsible\n  - Also responsible: Kommunstyrelsen\n" in text
    assert "## Follow-up\n\nNämnder och bolagsstyrelser" in text
    html = render(env, "checklist.html.j2", context)
    assert '<html lang="en">' in html and "1 as responsible" in html
    # The plan's Swedish is marked as Swedish for screen readers (WCAG 3.1.2): its title,
    # the focus area's title (its heading; one area needs no list of areas), the action,
    # each goal's name and source (seven goals) and the follow-up sentence.
    marked = re.findall(r'<span lang="sv">([^<]*)</span>', html)
    assert [text[:30] for text in marked[:3]] == [
        "Handlingsplan mot våld i nära ",
        "Kommunen arbetar systematiskt ",
        "Utveckla stöd till chefer i sy",
    ]
    assert marked[3:5] == ["mål 3 God hälsa och välbefinnande", "Agenda 2030"]
    assert len(marked) == 3 + 2 * 7 + 1
    assert marked[-1].startswith("Nämnder och bolagsstyrelser ha")
    swedish = render(
        env, "checklist.html.j2", checklist_context(select_actions(plan, body="telge-ab"))
    )
    assert 'lang="sv"' not in swedish.replace('<html lang="sv">', "")


def hostile_plan(tmp_path: Path) -> Path:
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "text: Erbjuda skyddat boende.",
        "text: '<script>alert(1)</script> [klicka](javascript:alert(1)) *fet* `kod` & mer'",
    ).replace("name: Socialnämnden", "name: '<img src=x onerror=alert(1)>'")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_plan_text_is_escaped_in_markdown(tmp_path: Path) -> None:
    plan = load_plan(hostile_plan(tmp_path))
    text = render(environment(), "checklist.md.j2", checklist_context(select_actions(plan)))
    tokens = MarkdownIt("commonmark").parse(text)
    inline = [child for t in tokens if t.type == "inline" for child in t.children or []]
    assert not [c for c in inline if c.type in ("em_open", "code_inline")]
    # The only HTML is the headings' explicit anchors, and the only links the summary's,
    # to them.
    assert [c.content for c in inline if c.type == "html_inline"] == [
        '<a name="fokusomrade-1">',
        "</a>",
        '<a name="fokusomrade-2">',
        "</a>",
        '<a name="fokusomrade-3">',
        "</a>",
    ]
    links = [c.attrs["href"] for c in inline if c.type == "link_open"]
    assert links == ["#fokusomrade-1", "#fokusomrade-2", "#fokusomrade-3"]
    rendered = MarkdownIt("commonmark").render(text)
    assert "<script>" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [klicka](javascript:alert(1)) *fet*" in rendered
    assert len(task_items(text)) == 4


def test_plan_text_is_escaped_in_html(tmp_path: Path) -> None:
    plan = load_plan(hostile_plan(tmp_path))
    html = render(environment(), "checklist.html.j2", checklist_context(select_actions(plan)))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [klicka](javascript:alert(1))" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_same_plan_same_bytes_and_dates_only_on_request(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = run("checklist", "--board", "miljonamnden", "--format", "html", *P).stdout
    second = run("checklist", "--board", "miljonamnden", "--format", "html", *P).stdout
    assert first == second and "Skapad" not in first
    dated = run("checklist", "--board", "miljonamnden", "--date", "2026-11-26", *P).stdout
    assert " · Skapad 2026-11-26\n" in dated
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert " · Skapad 2026-01-01\n" in run("checklist", "--board", "miljonamnden", *P).stdout


def test_bad_dates() -> None:
    with pytest.raises(ValdplanError, match="'26/11' is not a date; write it as YYYY-MM-DD"):
        generated_date("26/11", None)
    with pytest.raises(ValdplanError, match="SOURCE_DATE_EPOCH must be whole seconds"):
        generated_date(None, "yesterday")
    assert generated_date(None, None) is None


def test_user_templates_override_by_file_name(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mina-mallar"
    folder.mkdir()
    (folder / "checklist.md.j2").write_text(
        "{{ title }}: {% for g in groups %}{% for i in g.items %}{{ i.id }} {% endfor %}"
        "{% endfor %}\n",
        encoding="utf-8",
    )
    result = run("checklist", "--board", "Miljönämnden", "--templates", str(folder), *P)
    assert result.stdout == "Checklista för Miljönämnden: 1:8 3:4 "
    html = run(
        "checklist", "--board", "Miljönämnden", "--format", "html", "--templates", str(folder), *P
    )
    assert html.stdout.startswith("<!DOCTYPE html>")


def test_templates_folder_beside_the_plan_is_used(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan_copy = tmp_path / "plan.yaml"
    plan_copy.write_bytes(PLAN_PATH.read_bytes())
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "checklist.md.j2").write_text("{{ count }}\n", encoding="utf-8")
    result = run("checklist", "--board", "Socialnämnden", "--plan", str(plan_copy))
    assert result.stdout == "27\n"


def test_broken_user_template_is_a_clear_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "checklist.md.j2").write_text("{{ no_such_variable }}\n", encoding="utf-8")
    result = run("checklist", "--templates", str(tmp_path), *P)
    assert result.exit_code == 1
    assert result.stderr == "error: template checklist.md.j2: 'no_such_variable' is undefined\n"
    (tmp_path / "checklist.md.j2").write_text("{% for x in %}\n", encoding="utf-8")
    result = run("checklist", "--templates", str(tmp_path), *P)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'checklist.md.j2'}:1: ")


def test_autoescape_applies_to_html_templates_whatever_the_suffix(tmp_path: Path) -> None:
    (tmp_path / "x.html.j2").write_text("{{ v }}", encoding="utf-8")
    (tmp_path / "x.md.j2").write_text("{{ v }}", encoding="utf-8")
    env = environment([tmp_path])
    assert render(env, "x.html.j2", {"v": "<b>"}) == "&lt;b&gt;"
    assert render(env, "x.md.j2", {"v": "<b>"}) == "<b>"
    with pytest.raises(TemplateProblem, match="template not found: nope.j2"):
        render(env, "nope.j2", {})


def test_markdown_task_boxes_stand_on_their_actions_line_on_both_forges(plan: Plan) -> None:
    import cmarkgfm
    from cmarkgfm.cmark import Options
    from mdit_py_plugins.tasklists import tasklists_plugin

    from valdplan.followup.loading import load_followup

    followup = load_followup(DATA / "followup" / "helar-2025.yaml", plan).followup
    context = checklist_context(select_actions(plan, body="socialnamnden"), followup=followup)
    text = render(environment(), "checklist.md.j2", context)
    # A tight list: no blank line inside a focus area's items, so that no forge wraps an
    # action in a paragraph of its own below the box.
    assert "  - Preventionsnivå: Universell\n- [ ] **Åtgärd 1:5** Sprida" in text
    github = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)
    box = r'<li><input type="checkbox"( checked="")? disabled="" />(.{0,30})'
    boxes = re.findall(box, github)
    assert len(boxes) == 27 and [checked for checked, _ in boxes].count(' checked=""') == 2
    assert {rest[:16] for _, rest in boxes} == {" <strong>Åtgärd "}
    assert "<li><p>" not in github and "/>\n<p>" not in github
    markdown_it = MarkdownIt("commonmark").use(tasklists_plugin).render(text)
    assert markdown_it.count('<li class="task-list-item">') == 27
    assert markdown_it.count('checked="checked"') == 2
    assert '<li class="task-list-item"><p>' not in markdown_it
    # The due date of the period the follow-up is for, and how to report.
    assert (
        "**Redovisning för helår 2025: senast 31 januari 2026.** Redovisa i årsberättelse, till"
        " Kommunstyrelsens kontor.\n"
    ) in text
    # Evidence is a real link; the comment is text.
    assert (
        "  - Kommentar: Överenskommelse med tre föreningar.\n"
        "  - Underlag: [https://example.org/overenskommelse.pdf]"
        "(<https://example.org/overenskommelse.pdf>)\n"
    ) in text
    assert '<a href="https://example.org/overenskommelse.pdf">' in github


def github_slug(heading: str) -> str:
    """GitHub's anchor for a heading (its html-pipeline rule): lower case, everything but
    letters, digits, spaces, hyphens and underscores dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def gitlab_slug(heading: str) -> str:
    """GitLab's: the same, then runs of hyphens folded into one."""
    return re.sub(r"-{2,}", "-", github_slug(heading))


def test_every_focus_area_is_linked_from_the_summary_on_github_and_gitlab(plan: Plan) -> None:
    import cmarkgfm
    from cmarkgfm.cmark import Options

    text = render(environment(), "checklist.md.j2", checklist_context(select_actions(plan)))
    github = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)
    links = re.findall(r'<li><a href="#([^"]+)">Fokusområde (\d)', github)
    assert [number for _, number in links] == ["1", "2", "3", "4", "5"]
    headings = re.findall(r'<h2><a name="([^"]+)"></a>(Fokusområde \d[^<]*)</h2>', github)
    assert len(headings) == 5
    for (target, number), (name, heading) in zip(links, headings, strict=True):
        # Each link goes to its heading's explicit anchor, a name both forges keep as it
        # is (each forge's rule gives it back unchanged) ...
        assert target == name == f"fokusomrade-{number}"
        assert github_slug(target) == gitlab_slug(target) == target
        # ... where the heading's own slug would not do on both: area 5's "kunskaps- och"
        # is "kunskaps--och" on GitHub and "kunskaps-och" on GitLab.
        assert heading.startswith(f"Fokusområde {number}: ")
    area_5 = headings[4][1]
    assert github_slug(area_5) != gitlab_slug(area_5)
