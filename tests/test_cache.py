"""The cache of validated plans and rendered checklists: used when valid, ignored otherwise."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH
from valdplan.errors import FileProblems
from valdplan.files import cache
from valdplan.plan import loader
from valdplan.plan.loader import load_plan
from valdplan.plan.models import Plan


def copy_plan(tmp_path: Path, source: Path = PLAN_PATH) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_bytes(source.read_bytes())
    return path


def entries(folder: Path, namespace: str = "plan") -> list[Path]:
    return sorted(folder.glob(f"{namespace}-*.json"))


def forbid_parsing(monkeypatch: pytest.MonkeyPatch, module: object = loader) -> None:
    """Make parsing a plan (or, given ``followup.loading``, a follow-up file) fail the test:
    what is loaded next must come from the cache."""

    def refuse(*args: object) -> None:
        raise AssertionError("the file was parsed instead of taken from the cache")

    name = "parse_plan_text" if module is loader else "parse_followup"
    monkeypatch.setattr(module, name, refuse)


def test_second_load_comes_from_the_cache(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_plan(tmp_path)
    first = load_plan(path)
    assert len(entries(private_cache)) == 1
    forbid_parsing(monkeypatch)
    second = load_plan(path)
    assert second == first
    assert second.bodies_by_id["socialnamnden"].name == "Socialnämnden"
    assert [a.id for _, a in second.actions()] == [a.id for _, a in first.actions()]


def test_changed_plan_is_parsed_again_and_errors_keep_positions(
    tmp_path: Path, private_cache: Path
) -> None:
    path = copy_plan(tmp_path)
    load_plan(path)
    text = path.read_text(encoding="utf-8").replace("kind: company", "kind: bolag", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_plan(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "kind: bolag" in row)
    assert caught.value.lines() == [
        f"{path}:{line}:11: bodies[10].kind: 'bolag' is the name of a body kind;"
        " write its id 'company'"
    ]
    assert len(entries(private_cache)) == 1  # one entry per plan path, never piling up


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw.replace(b"Socialn\xc3\xa4mnden", b"Socialn\xc3\xa4mnder"),
        lambda raw: b"\x00\xff" * 50,
    ],
    ids=["empty", "truncated", "edited", "garbage"],
)
def test_corrupt_cache_is_ignored(
    tmp_path: Path, private_cache: Path, damage, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = copy_plan(tmp_path)
    expected = load_plan(path)
    (entry,) = entries(private_cache)
    entry.write_bytes(damage(entry.read_bytes()))
    assert load_plan(path) == expected
    # The damaged entry was replaced by a good one.
    forbid_parsing(monkeypatch)
    assert load_plan(path) == expected


def test_entries_are_not_flushed_to_disk_but_other_files_are(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A flush costs more than the rest of a write; an entry a power cut tore fails its
    # digest (above), so only the files a user keeps are flushed.
    from valdplan.files import writing

    flushed: list[int] = []
    monkeypatch.setattr(writing.os, "fsync", flushed.append)
    cache.put("plan", "slot", "key", "payload")
    assert len(entries(private_cache)) == 1
    assert flushed == []
    writing.write_file(tmp_path / "kept.txt", "text")
    assert len(flushed) == 2  # the file, then its folder


def test_entry_that_does_not_fit_the_models_is_ignored(tmp_path: Path, private_cache: Path) -> None:
    path = copy_plan(tmp_path)
    expected = load_plan(path)
    (entry,) = entries(private_cache)
    header = json.loads(entry.read_bytes().split(b"\n", 1)[0])
    payload = json.dumps({"title": "x"})
    cache.put("plan", str(path.resolve()), header["key"], payload)
    assert load_plan(path) == expected


def test_unwritable_cache_folder_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("VALDPLAN_CACHE_DIR", str(blocker / "cache"))
    path = copy_plan(tmp_path)
    assert load_plan(path).action_count == 33
    assert load_plan(path).action_count == 33


def test_no_cache_switch(tmp_path: Path, private_cache: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VALDPLAN_NO_CACHE", "1")
    load_plan(copy_plan(tmp_path))
    assert list(private_cache.iterdir()) == []


def test_unquoted_ids_stay_text_through_the_cache(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = (DATA / "other-municipality.yaml").read_text(encoding="utf-8").replace('"1:2"', "1:2")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_plan(path).focus_areas[0].actions[1].id == "1:2"
    forbid_parsing(monkeypatch)
    assert load_plan(path).focus_areas[0].actions[1].id == "1:2"


def test_rendered_checklist_is_cached_and_invalidated_by_templates(
    run, tmp_path: Path, private_cache: Path
) -> None:  # type: ignore[no-untyped-def]
    path = copy_plan(tmp_path)
    first = run("checklist", "--board", "Telge AB", "--plan", str(path))
    assert len(entries(private_cache, "checklist")) == 1
    again = run("checklist", "--board", "Telge AB", "--plan", str(path))
    assert again.stdout == first.stdout
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "checklist.md.j2").write_text("{{ count_text }}\n", "utf-8")
    assert run("checklist", "--board", "Telge AB", "--plan", str(path)).stdout == "1 åtgärd\n"
    (tmp_path / "templates" / "checklist.md.j2").write_text("{{ count }}\n", "utf-8")
    assert run("checklist", "--board", "Telge AB", "--plan", str(path)).stdout == "1\n"


def test_a_query_on_an_unchanged_plan_comes_from_the_cache(
    run, tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = copy_plan(tmp_path)
    query = ("actions", "--board", "Telge AB", "--format", "csv", "--plan", str(path))
    first = run(*query)
    assert first.exit_code == 0 and first.stdout.count("\n") == 2  # the header and 1 action
    assert len(entries(private_cache, "query")) == 1

    def refuse(*args: object) -> None:
        raise AssertionError("the plan was loaded instead of the query taken from the cache")

    with monkeypatch.context() as patched:
        patched.setattr(loader, "load_plan_file", refuse)
        assert run(*query).stdout == first.stdout
        # Another query, another entry: this one must load the plan.
        assert run(*query[:-3], "json", "--plan", str(path)).exit_code == 3
    # A changed plan is queried again.
    path.write_text(path.read_text(encoding="utf-8").replace("Telge AB", "Telge Ab"), "utf-8")
    again = run("actions", "--board", "Telge Ab", "--format", "csv", "--plan", str(path))
    assert again.stdout == first.stdout.replace("Telge AB", "Telge Ab")
    assert len(entries(private_cache, "query")) == 2


def test_the_template_digest_reads_templates_and_nothing_else(tmp_path: Path) -> None:
    """The digest changes with a template's text; an owner file of Word or a hidden file
    does not count, and a file over the template cap counts by size and time, unread
    (the same bytes changed in place, time put back: the same digest)."""
    import os

    from valdplan.files.reading import MAX_TEMPLATE_BYTES

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "checklist.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    archive = folder / "arkiv.zip"
    with archive.open("wb") as handle:
        handle.truncate(MAX_TEMPLATE_BYTES + 1)
    first = cache.folder_digest([folder])

    (folder / "~$report.docx").write_bytes(b"\x0bValdplanen")
    (folder / ".checklist.md.j2.swp").write_bytes(b"swap")
    assert cache.folder_digest([folder]) == first

    times = os.stat(archive)
    with archive.open("r+b") as handle:
        handle.write(b"PK")
    os.utime(archive, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert cache.folder_digest([folder]) == first
    os.utime(archive, ns=(times.st_atime_ns, times.st_mtime_ns + 1))
    assert cache.folder_digest([folder]) != first

    (folder / "checklist.md.j2").write_text("# {{ title }}!\n", encoding="utf-8")
    os.utime(archive, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert cache.folder_digest([folder]) != first


def test_an_unchanged_followup_file_comes_from_the_cache_with_its_warnings_and_positions(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from valdplan.followup import loading
    from valdplan.followup.editing import Change, apply_changes
    from valdplan.followup.loading import load_followup

    plan = load_plan(PLAN_PATH)
    path = tmp_path / "f.yaml"
    text = (DATA / "followup" / "helar-2025.yaml").read_text(encoding="utf-8")
    # An invisible character, so that the cached load must still find a warning's line.
    path.write_text(text.replace('comment: ""', 'comment: "ett\u200bord"', 1), encoding="utf-8")
    first = load_followup(path, plan)
    assert len(entries(private_cache, "followup")) == 1
    forbid_parsing(monkeypatch, loading)
    second = load_followup(path, plan)
    assert second.followup == first.followup
    assert [str(w) for w in second.warnings] == [str(w) for w in first.warnings]
    assert any("U+200B" in str(w) for w in second.warnings)
    assert second.document.spans[("entries", 2)] == first.document.spans[("entries", 2)]
    # An edit of the cached file finds its places from the text and lands.
    entry = first.followup.entries[2]
    monkeypatch.undo()
    result = apply_changes(path, plan, {entry.pair: Change(status="pagaende", comment="Klart")})
    assert result.changed
    assert load_followup(path, plan).followup.entries[2].comment == "Klart"


def test_a_followup_file_checked_against_another_plan_is_checked_again(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from valdplan.followup import loading

    plan = load_plan(PLAN_PATH)
    path = tmp_path / "f.yaml"
    shutil.copy(DATA / "followup" / "helar-2025.yaml", path)
    parsed: list[str] = []
    parse = loading.parse_followup

    def counted(text: str, name: str, plan: Plan) -> object:
        parsed.append(name)
        return parse(text, name, plan)

    monkeypatch.setattr(loading, "parse_followup", counted)
    loading.load_followup(path, plan)
    loading.load_followup(path, plan)
    assert len(parsed) == 1
    # Another plan (here one word of its purpose): the same bytes are checked against it.
    changed = copy_plan(tmp_path)
    changed.write_text(
        changed.read_text(encoding="utf-8").replace(
            "ska fungera som ett stöd", "ska vara ett stöd", 1
        ),
        encoding="utf-8",
    )
    other = load_plan(changed)
    assert other != plan
    loading.load_followup(path, other)
    assert len(parsed) == 2


@pytest.mark.parametrize("payload", ['{"period": "x"}', "[]", '{"entries": 12'])
def test_followup_entry_that_does_not_fit_the_models_is_ignored(
    tmp_path: Path, private_cache: Path, payload: str
) -> None:
    from valdplan.followup.loading import load_followup

    plan = load_plan(PLAN_PATH)
    path = tmp_path / "f.yaml"
    shutil.copy(DATA / "followup" / "helar-2025.yaml", path)
    expected = load_followup(path, plan).followup
    (entry,) = entries(private_cache, "followup")
    header = json.loads(entry.read_bytes().split(b"\n", 1)[0])
    cache.put("followup", str(path.resolve()), header["key"], payload)  # a key that fits
    assert load_followup(path, plan).followup == expected
