"""Where a plan's indicators snapshot lives (beside the plan), without loading anything."""

from __future__ import annotations

from pathlib import Path

SNAPSHOT_NAME = "indicators.json"


def snapshot_beside(plan_path: Path) -> Path:
    """Where the snapshot of the plan at ``plan_path`` lives."""
    return plan_path.parent / SNAPSHOT_NAME
