"""Where the data shipped with valdplan lives: the embedded plan and the built-in templates.

In a wheel they are inside the package (``valdplan/data/plan.yaml``,
``valdplan/templates/``); an editable install runs from ``src/valdplan`` and finds them at
the repository root, where they are maintained.
"""

from __future__ import annotations

from pathlib import Path

PLAN_FILE_NAME = "plan.yaml"
TEMPLATE_DIR_NAME = "templates"
_PACKAGE = Path(__file__).resolve().parent.parent
_CHECKOUT = _PACKAGE.parent.parent


def embedded_plan_path() -> Path:
    """The plan shipped with valdplan."""
    installed = _PACKAGE / "data" / PLAN_FILE_NAME
    return installed if installed.is_file() else _CHECKOUT / PLAN_FILE_NAME


def builtin_template_dir() -> Path:
    """The templates shipped with valdplan."""
    installed = _PACKAGE / TEMPLATE_DIR_NAME
    return installed if installed.is_dir() else _CHECKOUT / TEMPLATE_DIR_NAME
