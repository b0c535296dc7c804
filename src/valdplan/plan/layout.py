"""The layout ``valdplan fmt`` gives a plan file: its keys in the models' order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..files.fmt import Layout, format_yaml
from .construct import model_in

if TYPE_CHECKING:
    from pydantic import BaseModel


def layout_of(model: type[BaseModel]) -> Layout:
    """The key order of ``model``'s fields, and of the models inside them, as a ``Layout``."""
    nested = {}
    for name, field in model.model_fields.items():
        inner = model_in(field.annotation)
        if inner is not None:
            nested[name] = layout_of(inner)
    return Layout(tuple(model.model_fields), nested)


def format_plan(text: str, name: str) -> str:
    """Plan ``text`` in valdplan's layout; problems in the plan are raised as usual."""
    from .loader import parse_plan
    from .models import Plan

    return format_yaml(
        text,
        name,
        layout_of(Plan),
        [("focus_areas", "*", "actions", "*", "id")],
        lambda source: parse_plan(source.encode("utf-8"), name),
    )
