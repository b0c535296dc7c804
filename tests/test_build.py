"""``valdplan build``: the set of files, atomic writes, and ``--check`` for CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, FILES_OF_ACTION_4_4, PLAN_PATH
from test_render import task_items
from valdplan.documents.build import build_files, checklists
from valdplan.documents.environment import environment
from valdplan.errors import OutputProblem
from valdplan.files.folder import slugify
from valdplan.files.writing import write_file
from valdplan.plan.loader import load_plan
from valdplan.plan.models import Plan

P = ("--plan", str(PLAN_PATH))


def test_build_then_check_is_clean(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = run("build", str(out), *P)
    assert result.exit_code == 0
    assert result.stdout == f"{out}: wrote 46 of 46 files\n"
    again = run("build", str(out), *P)
    assert again.stdout == f"{out}: wrote 0 of 46 files\n"
    check = run("build", str(out), "--check", *P)
    assert check.exit_code == 0
    assert check.stdout == f"{out}: 46 files up to date\n"


def test_file_names_are_ascii_slugs(plan: Plan) -> None:
    stems = [checklist.stem for checklist in checklists(plan)]
    assert stems[:7] == [
        "kommunstyrelsen",
        "socialnamnden",
        "omsorgsnamnden",
        "aldreomsorgsnamnden",
        "utbildningsnamnderna",
        "kultur-och-fritidsnamnderna",
        "arbets-och-naringslivsnamnden",
    ]
    assert stems[14:] == [
        "universell",
        "selektiv",
        "indikerad",
        "fokusomrade-1",
        "fokusomrade-2",
        "fokusomrade-3",
        "fokusomrade-4",
        "fokusomrade-5",
    ]


def test_editing_one_action_makes_check_name_exactly_the_affected_files(
    run,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    assert run("build", str(out), *P).exit_code == 0
    edited = tmp_path / "plan.yaml"
    text = PLAN_PATH.read_text(encoding="utf-8")
    old = "Genomföra strukturerade hot- och riskbedömningar"
    assert text.count(old) == 1
    edited.write_text(text.replace(old, "Genomföra strukturerade hot- och riskanalyser"))
    result = run("build", str(out), "--check", "--plan", str(edited))
    assert result.exit_code == 1
    assert sorted(result.stdout.splitlines()) == [
        f"{out / name}: stale" for name in FILES_OF_ACTION_4_4
    ]


def test_check_reports_missing_and_extra_and_writes_nothing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    assert run("build", str(out), "--format", "md", *P).exit_code == 0
    (out / "telge-ab.md").unlink()
    (out / "anteckningar.txt").write_text("mine\n")
    before = sorted(p.name for p in out.iterdir())
    result = run("build", str(out), "--format", "md", "--check", *P)
    assert result.exit_code == 1
    assert result.stdout == f"{out / 'telge-ab.md'}: missing\n{out / 'anteckningar.txt'}: extra\n"
    assert sorted(p.name for p in out.iterdir()) == before
    rebuilt = run("build", str(out), "--format", "md", *P)
    assert rebuilt.stdout == f"{out}: wrote 1 of 23 files\n"
    assert rebuilt.stderr == (
        f"note: 1 other file in {out} is not from this build: anteckningar.txt\n"
        "note: no publisher's settings (--publishing FILE or ./publishing.yaml): a published"
        " site would still need its open data with a DCAT-AP-SE catalogue and an accessibility"
        " statement (see docs/examples/publishing.yaml)\n"
    )
    assert (out / "anteckningar.txt").read_text() == "mine\n"


def test_every_markdown_file_has_one_task_per_action(plan: Plan) -> None:
    files = build_files(plan, environment(), ("md",))
    for checklist in checklists(plan):
        items = task_items(files[f"{checklist.stem}.md"])
        assert len(items) == len(checklist.selection), checklist.stem
    readme = files["README.md"]
    assert (
        "- [Socialnämnden](<socialnamnden.md>) – 27 åtgärder (23 som ansvarig, 4 som medansvarig)\n"
    ) in readme


def test_cmark_gfm_puts_every_task_box_on_its_actions_line(plan: Plan) -> None:
    # As GitHub renders them: in every Markdown checklist of a build, each box is followed on
    # its own line by the action's label, never by a paragraph of its own below the box.
    import re

    import cmarkgfm
    from cmarkgfm.cmark import Options

    files = build_files(plan, environment(), ("md",))
    box = re.compile(r'<li><input type="checkbox"( checked="")? disabled="" />(.{0,16})')
    for checklist in checklists(plan):
        html = cmarkgfm.github_flavored_markdown_to_html(
            files[f"{checklist.stem}.md"], options=Options.CMARK_OPT_UNSAFE
        )
        boxes = box.findall(html)
        assert len(boxes) == len(checklist.selection), checklist.stem
        assert {rest for _, rest in boxes} == {" <strong>Åtgärd "}, checklist.stem
        assert "<li><p>" not in html, checklist.stem


def test_index_matrix_counts(plan: Plan) -> None:
    html = build_files(plan, environment(), ("html",))["index.html"]
    areas, levels = html.split('<th scope="row">Socialnämnden</th>\n')[1:]

    def shown(row: str) -> list[str]:
        cells = [line for line in row.split("</tr>", 1)[0].splitlines() if line.startswith("<td")]
        return [cell.split('aria-hidden="true">')[1].split("<")[0] for cell in cells]

    assert shown(areas) == ["3 + 2", "5 + 0", "2 + 1", "7 + 0", "6 + 1", "23 + 4"]
    assert shown(levels) == ["5 + 2", "4 + 2", "17 + 1", "23 + 4"]
    assert areas.splitlines()[0] == (
        '<td><span aria-hidden="true">3 + 2</span>'
        '<span class="visually-hidden">3 som ansvarig, 2 som medansvarig</span></td>'
    )
    assert areas.split("</tr>", 1)[0].strip().splitlines()[-1].startswith('<td class="total">')
    # A zero is a dash for the eye and a word for a screen reader.
    telge = html.split('<th scope="row">Telge AB</th>\n')[1]
    assert telge.splitlines()[0] == (
        '<td><span class="none" aria-hidden="true">–</span>'
        '<span class="visually-hidden">inga</span></td>'
    )
    sums = html.split('<th scope="row">Summa</th>\n')[1:]
    assert shown(sums[0]) == ["13 + 18", "5 + 0", "5 + 16", "12 + 0", "32 + 3", "67 + 37"]
    assert shown(sums[1]) == ["20 + 18", "9 + 19", "42 + 16", "67 + 37"]
    # Short column headers, spelled out in a visible legend and for screen readers.
    assert (
        '<th scope="col"><span aria-hidden="true">FO 5</span>'
        '<span class="visually-hidden">Fokusområde 5</span></th>'
    ) in html
    assert (
        "<li><strong>FO 5</strong> = Fokusområde 5, Kommunen arbetar systematiskt med kunskaps-"
        " och metodutveckling</li>"
    ) in html
    # Each body is listed once, with its Markdown link named by it.
    assert html.count(">Socialnämnden</a>") == 1
    both = build_files(plan, environment(), ("md", "html"))["index.html"]
    assert both.count(">Socialnämnden</a>") == 1
    assert both.count(">Socialnämnden (Markdown)</a>") == 1
    assert both.count(">Fokusområde 4 (Markdown)</a>") == 1
    assert ">Markdown<" not in both and "(Markdown)" not in html


def test_unsafe_and_colliding_names_stay_inside_the_folder(tmp_path: Path) -> None:
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Kommunstyrelsen", "name: ../../etc/passwd").replace(
        "name: Exempelby Hem AB", "name: Universell"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    stems = [checklist.stem for checklist in checklists(load_plan(path))]
    assert stems == [
        "etc-passwd",
        "socialnamnden",
        "barn-och-skolnamnden",
        "universell",
        "universell-2",
        "selektiv",
        "indikerad",
        "fokusomrade-1",
        "fokusomrade-2",
        "fokusomrade-3",
    ]


def test_slugify() -> None:
    assert slugify("Kultur- och fritidsnämnderna") == "kultur-och-fritidsnamnderna"
    assert slugify("Överförmyndarnämnden") == "overformyndarnamnden"
    assert slugify("../..") == ""


def test_atomic_write_keeps_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lista.md"
    target.write_text("old\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("valdplan.files.writing.os.fsync", disk_full)
    with pytest.raises(OutputProblem, match="cannot write .*lista.md: no space left on the device"):
        write_file(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["lista.md"]


def test_bad_format_list_is_a_usage_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("build", str(tmp_path), "--format", "md,pdf", *P)
    assert result.exit_code == 2


def test_builds_are_byte_identical_and_dated_only_on_request(plan: Plan) -> None:
    first = build_files(plan, environment(), ("md", "html"))
    assert build_files(plan, environment(), ("md", "html")) == first
    assert not any("Skapad" in text for text in first.values())
    dated = build_files(plan, environment(), ("md", "html"), date="2026-11-26")
    assert sorted(dated) == sorted(first)
    assert all("Skapad 2026-11-26" in text for text in dated.values())


def test_build_never_overwrites_a_file_it_did_not_write(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("Våra egna anteckningar.\n", encoding="utf-8")
    result = run("build", str(out), *P)
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {out}: nothing written; in the way: README.md (not written by valdplan);"
        " move them away, or pass --force to replace them (links themselves, never their"
        " targets)\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["README.md"]
    assert run("build", str(out), "--force", *P).exit_code == 0
    assert (out / "README.md").read_text(encoding="utf-8").startswith("# Checklistor")
    manifest = (out / ".valdplan-build").read_text(encoding="utf-8").splitlines()
    assert manifest[0].startswith("# valdplan build:")
    assert len(manifest) == 47 and "README.md" in manifest
    # Files from an earlier build are the build's own: rebuilding needs no --force.
    (out / "socialnamnden.md").write_text("gammal\n", encoding="utf-8")
    assert run("build", str(out), *P).stdout == f"{out}: wrote 1 of 46 files\n"


def test_a_cached_build_follows_its_templates(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mallar"
    folder.mkdir()
    (folder / "index.md.j2").write_text("first {{ count }}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", str(out), "--templates", str(folder), *P).exit_code == 0
    assert (out / "README.md").read_text(encoding="utf-8") == "first 33\n"
    (folder / "index.md.j2").write_text("second {{ count }}\n", encoding="utf-8")
    result = run("build", str(out), "--templates", str(folder), *P)
    assert result.stdout == f"{out}: wrote 1 of 46 files\n"
    assert (out / "README.md").read_text(encoding="utf-8") == "second 33\n"
    assert run("build", str(out), "--check", *P).stdout.splitlines() == [f"{out}/README.md: stale"]


def test_pages_of_a_build_link_back_and_never_repeat_their_title(plan: Plan) -> None:
    import re

    files = build_files(plan, environment(), ("md", "html"))
    for checklist in checklists(plan):
        html = files[f"{checklist.stem}.html"]
        assert '<a href="index.html"><span aria-hidden="true">← </span>Alla checklistor</a>' in html
        assert "\n[Alla checklistor](<README.md>)\n" in files[f"{checklist.stem}.md"]
        title = re.search(r"<h1>(.*?)</h1>", html, re.S)
        assert title is not None
        headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
        assert [h for h in headings if h in title.group(1)] == [], checklist.stem
    # A focus area's page has no heading of its own focus area; a level's page does not
    # repeat its level on every card, only the other levels an action has.
    area = files["fokusomrade-4.html"]
    # (Only its introduction, printed in full, and the goals its actions serve have a
    # heading.)
    assert re.findall(r"<h2[^>]*>(.*?)</h2>", area.split("</header>", 1)[1]) == [
        "Om fokusområdet",
        "Mål",
    ]
    level = files["selektiv.html"]
    assert "<dd>Selektiv</dd>" not in level and "Selektiv, " not in level
    assert level.count("<dt>Även preventionsnivå</dt>\n<dd>Indikerad</dd>") == 4  # of 6
    assert "Preventionsnivå</dt>" not in level


def test_every_label_has_both_languages() -> None:
    from valdplan.documents.labels import LABELS

    assert set(LABELS["sv"]) == set(LABELS["en"])
    # Counts with words come in pairs, for languages whose plural differs.
    ones = {key[: -len("_one")] for key in LABELS["sv"] if key.endswith("_one")}
    assert ones == {key[: -len("_many")] for key in LABELS["sv"] if key.endswith("_many")}


def test_the_index_links_every_file_of_a_build_in_every_format(plan: Plan) -> None:
    """Every link of index.html and README.md goes to a file the build wrote, and every
    checklist the build wrote, Word documents included, is linked from both."""
    import re

    files = build_files(plan, environment(), ("md", "html", "docx"))
    checklist_files = {name for name in files if name not in ("index.html", "README.md")}
    assert len([name for name in checklist_files if name.endswith(".docx")]) == 14
    html_links = set(re.findall(r'<a href="([^"#]+)"', files["index.html"]))
    readme = files["README.md"]
    assert isinstance(readme, str)
    md_links = set(re.findall(r"\]\(<([^>]+)>\)", readme))
    for links in (html_links, md_links):
        assert links - set(files) == set(), "a link to a file the build did not write"
        assert checklist_files - links == set(), "a file of the build no index links"
    index = files["index.html"]
    assert isinstance(index, str)
    assert '<a href="socialnamnden.docx">Socialnämnden (Word)</a>' in index
    assert "[Socialnämnden (Word)](<socialnamnden.docx>)" in readme
