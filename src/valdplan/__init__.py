"""valdplan: an action plan against violence as validated data, queries and checklists.

The public API is imported lazily so that ``import valdplan`` stays cheap for the CLI. No
module of the package imports from here: this file only re-exports.
"""

from __future__ import annotations

from .version import __version__

# Not ``from typing import TYPE_CHECKING``: typing takes longer to import than the rest of
# this file, and until the console script's Ctrl-C guard (cli/entry.py) is in place, Ctrl-C
# is Python's traceback. Type checkers know this name.
TYPE_CHECKING = False

__all__ = [
    "FileProblems",
    "Plan",
    "ValdplanError",
    "__version__",
    "find_plan",
    "load_plan",
    "select_actions",
]

if TYPE_CHECKING:
    from typing import Any

    from .errors import FileProblems, ValdplanError
    from .plan.loader import find_plan, load_plan
    from .plan.models import Plan
    from .plan.query import select_actions

_HOMES = {
    "FileProblems": "errors",
    "ValdplanError": "errors",
    "find_plan": "plan.loader",
    "load_plan": "plan.loader",
    "Plan": "plan.models",
    "select_actions": "plan.query",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'valdplan' has no attribute {name!r}")
