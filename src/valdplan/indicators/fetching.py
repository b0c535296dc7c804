"""``indicators fetch`` as one library call: find the plan, ask Kolada, write the snapshot
beside the plan through the one writing path."""

from __future__ import annotations

from pathlib import Path

from ..errors import PlanNotFound
from ..messages import _
from .location import snapshot_beside
from .snapshot import Snapshot, fetch_snapshot, snapshot_json


def fetch_beside(
    plan_path: Path | None, api_url: str, fetched: str, since: int | None = None
) -> tuple[Path, Snapshot]:
    """Fetch the indicators of the plan at ``plan_path`` (found as for --plan) and write
    them to ``indicators.json`` beside it; the file written and its snapshot."""
    from ..files.writing import write_file
    from ..plan.loader import find_plan, load_plan_file
    from .kolada import Kolada

    source = find_plan(plan_path)
    if source.origin == "embedded":
        raise PlanNotFound(
            _(
                "indicators fetch writes beside the plan: pass --plan FILE or run where your"
                " plan.yaml is"
            )
        )
    plan = load_plan_file(source.path, source.shown_as)
    snapshot = fetch_snapshot(plan, Kolada(api_url), fetched, since)
    target = snapshot_beside(source.path)
    write_file(target, snapshot_json(snapshot))
    return target, snapshot


def snapshot_of(plan_path: Path | None) -> Snapshot | None:
    """The snapshot beside the plan at ``plan_path`` (found as for --plan), if there is one."""
    from ..plan.loader import find_plan
    from .snapshot import load_snapshot

    source = find_plan(plan_path)
    path = snapshot_beside(source.path)
    if source.origin == "embedded" or not path.is_file():
        return None
    return load_snapshot(path)
