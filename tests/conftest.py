"""Shared fixtures: the repository's plan and a CLI runner that keeps stdout and stderr apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from valdplan.cli import app
from valdplan.loader import load_plan
from valdplan.models import Plan

ROOT = Path(__file__).resolve().parent.parent
PLAN_PATH = ROOT / "plan.yaml"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan(PLAN_PATH)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``valdplan ARGS`` in-process; the plan is found by discovery unless --plan is given."""
    monkeypatch.delenv("VALDPLAN_PLAN", raising=False)
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(app, list(args))

    return invoke
