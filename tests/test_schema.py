"""The JSON Schemas for editors: committed files are current, and an independent validator
(check-jsonschema) agrees with the loader on good and bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, PLAN_PATH, ROOT
from valdplan.followup.models import FollowUp
from valdplan.plan.models import Plan
from valdplan.plan.schema import SCHEMA_FILES, json_schema

MODELS = {"plan": Plan, "followup": FollowUp}

CHECK_JSONSCHEMA = str(Path(sys.executable).parent / "check-jsonschema")


@pytest.mark.parametrize("kind", ["plan", "followup"])
def test_committed_schema_is_current(kind: str) -> None:
    committed = (ROOT / SCHEMA_FILES[kind]).read_text(encoding="utf-8")  # type: ignore[index]
    assert committed == json_schema(MODELS[kind]), (
        f"{SCHEMA_FILES[kind]} is stale: run valdplan schema --kind {kind} > {SCHEMA_FILES[kind]}"  # type: ignore[index]
    )


def test_schema_command_prints_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("schema", "--kind", "followup")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["Entry"]["properties"]["status"]["anyOf"][0]["enum"][:2] == [
        "ej-paborjad",
        "pagaende",
    ]


def test_every_field_has_a_description() -> None:
    for kind in ("plan", "followup"):
        schema = json.loads(json_schema(MODELS[kind]))
        for name, definition in schema["$defs"].items():
            for field, spec in definition["properties"].items():
                assert spec.get("description"), f"{kind}: {name}.{field} has no description"


def test_plan_yaml_points_editors_at_the_schema() -> None:
    first = PLAN_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=plan.schema.json"


def check(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHECK_JSONSCHEMA, "--schemafile", str(ROOT / schema), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_independent_validator_accepts_the_plans_and_follow_ups() -> None:
    plans = check(
        "plan.schema.json",
        PLAN_PATH,
        *(DATA / f"{name}.yaml" for name in ("other-municipality", "second-municipality")),
        *(DATA / f"{name}.yaml" for name in ("dotted-ids", "free-ids", "tertial-plan")),
    )
    assert plans.returncode == 0, plans.stdout
    followups = check("followup.schema.json", *sorted((DATA / "followup").glob("*.yaml")))
    assert followups.returncode == 0, followups.stdout


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("unknown-key", "Additional properties are not allowed ('ansvarig' was unexpected)"),
        ("missing-field", "'text' is a required property"),
        ("wrong-type", "'socialnamnden' is not of type 'array'"),
        ("blank-text", "'  ' does not match"),
        ("id-style", "'1:1' does not match '^[1-9][0-9]*[.][1-9][0-9]*[a-z]?$'"),
        ("free-id", "'A 1' does not match '^[A-Za-z0-9]+([.:_-][A-Za-z0-9]+)*$'"),
        ("unknown-id-style", "'N-M' is not one of ['N:M', 'N.M', 'free']"),
    ],
)
def test_independent_validator_rejects_what_the_loader_rejects(name: str, expected: str) -> None:
    result = check("plan.schema.json", DATA / "bad" / f"{name}.yaml")
    assert result.returncode == 1
    assert expected in result.stdout
