"""valdplan init (documents/scaffold.py): a plan repository of its own, in a folder that is
new or empty, with nothing overwritten."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from conftest import ROOT
from valdplan.documents.scaffold import repository_address
from valdplan.plan.loader import load_plan
from valdplan.version import __version__

GITHUB_FILES = [
    "plan.yaml",
    "plan.schema.json",
    "README.md",
    "requirements.txt",
    ".pre-commit-config.yaml",
    ".gitignore",
    ".github/workflows/checklists.yml",
]


def init(run, folder: Path, *options: str):  # type: ignore[no-untyped-def]
    return run("init", str(folder), "--organisation", "Exempelby kommun", *options)


def test_init_writes_a_valid_commented_skeleton_and_its_repository(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "exempelby"
    result = init(run, folder, "--period", "2026–2029", "--language", "sv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [f"{folder}/{name}: written" for name in GITHUB_FILES]
    plan_file = folder / "plan.yaml"
    lines = plan_file.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=plan.schema.json"
    assert lines[1] == (
        f"# Handlingsplanen som data. Formatet: {repository_address()}/blob/v{__version__}"
        "/docs/plan-format.md"
    )
    # Every top-level key and every key of the action has a comment on the line above it,
    # in the plan's language.
    keyed = [
        n
        for n, line in enumerate(lines)
        if re.match(r"(?:[a-z_]+|      - id|        [a-z_]+):", line)
    ]
    assert len(keyed) == 9 + 5  # the plan's nine keys, the action's five
    assert [lines[n] for n in keyed if not lines[n - 1].lstrip().startswith("# ")] == []
    comments = {lines[n].split(":")[0].strip(" -"): lines[n - 1].strip() for n in keyed}
    assert comments["title"] == "# Planens titel, som på framsidan."
    assert comments["responsible"] == "# Id för de ansvariga organen (Ansvarig)."
    plan = load_plan(plan_file)
    assert (plan.title, plan.organisation, plan.language) == (
        "Handlingsplan 2026–2029",
        "Exempelby kommun",
        "sv",
    )
    assert (plan.period.start, plan.period.end) == (2026, 2029)
    assert [level.id for level in plan.levels] == ["universell", "selektiv", "indikerad"]
    assert [(b.id, b.name, b.kind) for b in plan.bodies] == [
        ("forsta-namnden", "Första nämnden", "board")
    ]
    assert [a.id for _area, a in plan.actions()] == ["1:1"]
    # The reporting calendar: the interim accounts and the annual report, with due days.
    assert [(p.id, p.name, p.as_of, p.due, p.document) for p in plan.reporting.periods] == [
        ("delår", "Delår", "08-31", "09-30", "delårsbokslut"),
        ("helår", "Helår", "12-31", "01-31", "årsberättelse"),
    ]
    assert plan.reporting.coordinator is not None
    assert plan.reporting.coordinator.name == "Samordnande kontor"
    validated = run("validate", str(plan_file))
    assert validated.stdout == (
        f"{plan_file}: OK (1 focus area, 1 action, 1 body, 3 prevention levels)\n"
    )
    assert run("fmt", "--check", str(plan_file)).exit_code == 0
    assert (folder / "plan.schema.json").read_bytes() == (ROOT / "plan.schema.json").read_bytes()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Exempelby kommun\n\nDet här förrådet innehåller handlingsplanen")
    assert "valdplan followup init --year 2026 -o uppfoljning/2026.yaml" in readme
    assert (
        (folder / "requirements.txt")
        .read_text(encoding="utf-8")
        .endswith(f"valdplan=={__version__}\n")
    )
    pre_commit = (folder / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert f"  - repo: {repository_address()}\n    rev: v{__version__}\n" in pre_commit


def test_an_english_plan_has_english_names_and_comments(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "p"
    assert init(run, folder, "--period", "2025-2028", "--language", "en").exit_code == 0
    text = (folder / "plan.yaml").read_text(encoding="utf-8")
    assert "# The plan's title, as on its cover.\ntitle: Action plan 2025–2028\n" in text
    plan = load_plan(folder / "plan.yaml")
    assert [level.id for level in plan.levels] == ["universal", "selective", "indicated"]
    assert [b.id for b in plan.bodies] == ["first-board"]


def test_the_plan_language_defaults_to_the_run_s(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = init(run, tmp_path / "p", "--period", "2026-2029")
    assert result.stdout.splitlines()[0] == f"{tmp_path}/p/plan.yaml: skriven"
    assert load_plan(tmp_path / "p" / "plan.yaml").language == "sv"


def test_an_organisation_that_yaml_would_misread_is_quoted(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = 'Kommun: "Ö" # 1'
    assert run("init", str(tmp_path / "p"), "--organisation", name).exit_code == 0
    assert load_plan(tmp_path / "p" / "plan.yaml").organisation == name


def test_forges(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    both = init(run, tmp_path / "both", "--forge", "both")
    assert [line.split(": ")[0].split("/both/")[1] for line in both.stdout.splitlines()][-2:] == [
        ".github/workflows/checklists.yml",
        ".gitlab-ci.yml",
    ]
    for name in (".github/workflows/checklists.yml", ".gitlab-ci.yml"):
        assert (tmp_path / "both" / name).read_bytes() == (ROOT / name).read_bytes()
    none = init(run, tmp_path / "none", "--forge", "none")
    assert len(none.stdout.splitlines()) == 6
    assert not (tmp_path / "none" / ".github").exists()
    assert not (tmp_path / "none" / ".gitlab-ci.yml").exists()


def test_a_folder_that_is_not_empty_is_refused_without_force(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "README.md").write_text("Ours.\n", encoding="utf-8")
    refused = init(run, tmp_path)
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"error: {tmp_path} is not empty; --force adds the files it lacks (none is overwritten)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_force_adds_what_is_missing_and_overwrites_nothing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "README.md").write_text("Ours.\n", encoding="utf-8")
    (tmp_path / "plan.yaml").write_text("title: ours\n", encoding="utf-8")
    added = init(run, tmp_path, "--force")
    assert added.exit_code == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == f"{tmp_path}/plan.yaml: kept (it exists)"
    assert lines[2] == f"{tmp_path}/README.md: kept (it exists)"
    assert [line for line in lines if line.endswith(": written")] == [
        f"{tmp_path}/{name}: written"
        for name in GITHUB_FILES
        if name not in ("plan.yaml", "README.md")
    ]
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "Ours.\n"
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == "title: ours\n"


def test_a_period_that_is_not_two_years_is_a_usage_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for period in ("2029-2026", "26-29", "2026"):
        result = init(run, tmp_path / "p", "--period", period)
        assert result.exit_code == 2
        assert (
            f"'{period}' is not a period; write its first and last year, e.g. 2026-2029"
            in result.stderr
        )
    assert not (tmp_path / "p").exists()


def test_the_repository_address_is_the_one_pyproject_names() -> None:
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    assert repository_address() == urls["Repository"]
