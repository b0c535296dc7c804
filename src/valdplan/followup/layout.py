"""The layout ``valdplan fmt`` gives a follow-up file: its keys in the models' order."""

from __future__ import annotations

from ..files.fmt import format_yaml
from ..plan.layout import layout_of
from ..plan.models import Plan
from .loading import parse_followup
from .models import FollowUp


def format_followup(text: str, name: str, plan: Plan) -> str:
    """Follow-up ``text`` in valdplan's layout, checked against ``plan``."""
    return format_yaml(
        text,
        name,
        layout_of(FollowUp),
        [("entries", "*", "action")],
        lambda source: parse_followup(source, name, plan)[0],
    )
