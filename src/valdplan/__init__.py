"""valdplan: an action plan against violence as validated data, queries and checklists.

The public API is imported lazily so that ``import valdplan`` stays cheap for the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "FileProblems",
    "Plan",
    "ValdplanError",
    "find_plan",
    "load_plan",
    "select_actions",
]

if TYPE_CHECKING:
    from .errors import FileProblems, ValdplanError
    from .loader import find_plan, load_plan
    from .models import Plan
    from .query import select_actions

_HOMES = {
    "FileProblems": "errors",
    "ValdplanError": "errors",
    "find_plan": "loader",
    "load_plan": "loader",
    "Plan": "models",
    "select_actions": "query",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'valdplan' has no attribute {name!r}")
