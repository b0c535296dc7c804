"""validate --format sarif|github: the bad-plan fixtures as review annotations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import DATA, PLAN_RECORD, ROOT, missing

BAD = DATA / "bad"
SARIF_SCHEMA = ROOT / ".ci/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<message>.*)$")


def expected(path: Path) -> list[dict[str, str]]:
    lines = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    return [LINE.match(line).groupdict() for line in lines]  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def sarif_validator():  # type: ignore[no-untyped-def]
    if not SARIF_SCHEMA.is_file():
        message = f"the official SARIF schema is not at {SARIF_SCHEMA}; .ci/run installs it"
        missing(message)
    from jsonschema import Draft4Validator

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda p: p.stem)
def test_sarif_for_every_bad_plan(run, monkeypatch, sarif_validator, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(BAD)
    result = run("validate", "--format", "sarif", path.name)
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert errors == [], errors[0].message if errors else ""
    results = log["runs"][0]["results"]
    assert [
        {
            "path": r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "line": str(r["locations"][0]["physicalLocation"]["region"]["startLine"]),
            "col": str(r["locations"][0]["physicalLocation"]["region"]["startColumn"]),
            "message": r["message"]["text"],
        }
        for r in results
    ] == expected(path)
    assert {r["level"] for r in results} == {"error"}


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda p: p.stem)
def test_github_annotations_for_every_bad_plan(run, monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(BAD)
    result = run("validate", "--format", "github", path.name)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"::error file={e['path']},line={e['line']},col={e['col']}::{e['message']}"
        for e in expected(path)
    ]


def test_sarif_for_a_valid_plan_has_no_results(run, sarif_validator) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", "--format", "sarif", str(DATA / "other-municipality.yaml"))
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    assert list(sarif_validator.iter_errors(log)) == []
    assert log["runs"][0]["results"] == []


def test_warnings_are_annotations_too(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.yaml"
    path.write_text(
        'period: {year: 2025, part: helår}\nentries:\n  - {action: "4:4", body:'
        ' socialnamnden, status: pagaende, comment: "Ring 811218-9876, 50%"}\n' + PLAN_RECORD,
        encoding="utf-8",
    )
    result = run("validate", "--format", "github", str(path), "--plan", str(ROOT / "plan.yaml"))
    assert result.exit_code == 0
    assert result.stdout == (
        f"::warning file={path},line=3,col=69::comment of 4:4 socialnamnden seems to hold"
        " personal data (personal identity number); follow-up comments become public documents\n"
    )
    strict = run(
        "validate", "--strict", "--format", "sarif", str(path), "--plan", str(ROOT / "plan.yaml")
    )
    assert strict.exit_code == 1
    assert json.loads(strict.stdout)["runs"][0]["results"][0]["level"] == "error"


def test_several_files_at_once(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(DATA / "other-municipality.yaml"), str(BAD / "empty.yaml"))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{DATA / 'other-municipality.yaml'}: OK")
    assert result.stderr == f"{BAD / 'empty.yaml'}:1:1: the file is empty\n"
