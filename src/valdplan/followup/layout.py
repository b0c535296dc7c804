"""The layout ``valdplan fmt`` gives a follow-up file: its keys in the models' order, and the
record of the plan it follows, added or brought up to date."""

from __future__ import annotations

from typing import Any

from ..files.fmt import format_yaml
from ..plan.layout import layout_of
from ..plan.models import Plan
from .identity import plan_record
from .loading import parse_followup
from .models import FollowUp


def format_followup(text: str, name: str, plan: Plan, mark_unreported: bool = False) -> str:
    """Follow-up ``text`` in valdplan's layout, checked against ``plan``, with the record of
    ``plan`` (a file made for another plan is refused, never rewritten). With
    ``mark_unreported``, entries nobody filled in (``ej-paborjad`` and nothing else, as
    earlier versions' ``init`` wrote them) lose their status first: not reported."""
    if mark_unreported:
        text = marked_unreported(text, name, plan)

    def without_record(source: str) -> FollowUp:
        return parse_followup(source, name, plan)[0].model_copy(update={"plan": None})

    def add_record(data: Any) -> None:
        from ruamel.yaml.comments import CommentedMap

        record = plan_record(plan)
        existing = data.get("plan")
        if isinstance(existing, dict):
            # The rest of the record matches, or the file would have been refused.
            if existing.get("fingerprint") != record["fingerprint"]:
                existing["fingerprint"] = record["fingerprint"]
            return
        record["period"] = CommentedMap(record["period"])
        data["plan"] = CommentedMap(record)

    return format_yaml(
        text,
        name,
        layout_of(FollowUp),
        [("entries", "*", "action")],
        without_record,
        add_record,
    )


def marked_unreported(text: str, name: str, plan: Plan) -> str:
    """``text`` with the status of every untouched ``ej-paborjad`` entry removed, in place."""
    from pathlib import Path

    from ..vocabulary import NOT_STARTED
    from .editing import Change, edit_text
    from .loading import LoadedFollowUp

    followup, document = parse_followup(text, name, plan)
    changes = {
        entry.pair: Change(status="")
        for entry in followup.entries
        if entry.status == NOT_STARTED and entry.untouched
    }
    loaded = LoadedFollowUp(Path(name), name, text, followup, document)
    return edit_text(loaded, plan, changes) if changes else text
