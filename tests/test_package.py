"""The package as it is published: the release workflow's build (tests/conftest.py
``release_dist``) makes an sdist and a wheel whose metadata twine accepts and whose files hold
the plan, the templates, the catalogs and the schemas; the rest of the workflow publishes
only a tag, with trusted publishing."""

from __future__ import annotations

import zipfile
from email.parser import Parser
from pathlib import Path

from ruamel.yaml import YAML

from conftest import RELEASE_WORKFLOW, ROOT, workflow_steps
from valdplan.version import __version__

WHEEL = f"valdplan-{__version__}-py3-none-any.whl"


def wheel_names(dist: Path) -> set[str]:
    with zipfile.ZipFile(dist / WHEEL) as wheel:
        return set(wheel.namelist())


def test_the_release_build_makes_one_sdist_and_one_wheel_of_this_version(
    release_dist: Path,
) -> None:
    assert sorted(p.name for p in release_dist.iterdir()) == [
        WHEEL,
        f"valdplan-{__version__}.tar.gz",
    ]


def test_the_wheel_holds_the_plan_templates_catalogs_and_schemas(release_dist: Path) -> None:
    names = wheel_names(release_dist)
    data = {
        "valdplan/data/plan.yaml",
        "valdplan/data/plan.schema.json",
        "valdplan/data/followup.schema.json",
        # The CI files valdplan init writes (files/shipped.py CI_FILES).
        "valdplan/data/ci/github-checklists.yml",
        "valdplan/data/ci/gitlab-ci.yml",
        "valdplan/locales/sv/LC_MESSAGES/valdplan.mo",
        "valdplan/locales/en/LC_MESSAGES/valdplan.mo",
    }
    templates = {
        f"valdplan/templates/{p.relative_to(ROOT / 'templates').as_posix()}"
        for p in (ROOT / "templates").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    # The built-in templates compiled to Python (tools/compile_templates.py).
    templates |= {
        f"valdplan/compiled-templates/{p.name}"
        for p in (ROOT / "compiled-templates").iterdir()
        if p.is_file()
    }
    modules = {
        f"valdplan/{p.relative_to(ROOT / 'src' / 'valdplan').as_posix()}"
        for p in (ROOT / "src" / "valdplan").rglob("*.py")
    }
    assert len(templates) >= 18 and len(modules) > 100
    assert data | templates | modules <= names
    # What the wheel holds beyond those: the catalogs' sources and the dist-info.
    rest = sorted(names - data - templates - modules)
    assert [n for n in rest if not n.startswith(f"valdplan-{__version__}.dist-info/")] == [
        "valdplan/locales/babel.cfg",
        "valdplan/locales/en/LC_MESSAGES/valdplan.po",
        "valdplan/locales/sv/LC_MESSAGES/valdplan.po",
        "valdplan/locales/valdplan.pot",
    ]
    # The shipped data is the repository's, byte for byte.
    with zipfile.ZipFile(release_dist / WHEEL) as wheel:
        assert wheel.read("valdplan/data/plan.yaml") == (ROOT / "plan.yaml").read_bytes()
        assert (
            wheel.read("valdplan/data/plan.schema.json") == (ROOT / "plan.schema.json").read_bytes()
        )


def test_the_wheel_metadata_is_complete(release_dist: Path) -> None:
    with zipfile.ZipFile(release_dist / WHEEL) as wheel:
        text = wheel.read(f"valdplan-{__version__}.dist-info/METADATA").decode("utf-8")
        licence = wheel.read(f"valdplan-{__version__}.dist-info/licenses/LICENSE")
    metadata = Parser().parsestr(text)
    assert metadata["Name"] == "valdplan"
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "MIT"
    assert licence == (ROOT / "LICENSE").read_bytes()
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload() == (ROOT / "README.md").read_text(encoding="utf-8")
    classifiers = metadata.get_all("Classifier")
    assert "Natural Language :: Swedish" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL"))
    assert sorted(urls) == ["Changelog", "Documentation", "Homepage", "Issues", "Repository"]
    assert all(url.startswith("https://") for url in urls.values())


def test_the_version_is_written_once() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and __version__ not in pyproject
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_a_tag_publishes_with_trusted_publishing_and_a_manual_run_only_builds() -> None:
    workflow = YAML(typ="safe", pure=True).load(RELEASE_WORKFLOW.read_text(encoding="utf-8"))
    # ruamel reads the key "on" as a string (YAML 1.2), so no True key here.
    assert workflow["on"] == {"push": {"tags": ["v*"]}, "workflow_dispatch": None}
    publish = workflow["jobs"]["publish"]
    assert publish["needs"] == "build"
    assert publish["if"] == "startsWith(github.ref, 'refs/tags/v')"
    # Trusted publishing: an OIDC token, no stored password.
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    assert [step["uses"] for step in publish["steps"]] == [
        "actions/download-artifact@v4",
        "pypa/gh-action-pypi-publish@release/v1",
    ]
    assert "with" not in publish["steps"][1]
    names = [step.get("name") for step in workflow_steps(RELEASE_WORKFLOW, "build")]
    assert names == [
        None,
        None,
        "Install the build tools",
        "Build the sdist and the wheel",
        "Check their metadata",
        "Check that a tag names the version built",
        None,
    ]
