"""Where the data shipped with valdplan lives: the embedded plan, the built-in templates (as
written and as compiled) and the CI files ``valdplan init`` writes into a plan repository.

In a wheel they are inside the package (``valdplan/data/plan.yaml``,
``valdplan/templates/``, ``valdplan/compiled-templates/``, ``valdplan/data/ci/``); an
editable install runs from ``src/valdplan`` and finds them at the repository root, where
they are maintained (the CI files are this repository's own CI examples, at the paths the
forges read them from).
"""

from __future__ import annotations

from pathlib import Path

PLAN_FILE_NAME = "plan.yaml"
TEMPLATE_DIR_NAME = "templates"
COMPILED_DIR_NAME = "compiled-templates"
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


# The CI files of a plan repository: their path in a repository (and in this one's
# checkout), and their name in the wheel (pyproject.toml's force-include says the same).
CI_FILES = {
    ".github/workflows/checklists.yml": "github-checklists.yml",
    ".gitlab-ci.yml": "gitlab-ci.yml",
}


def ci_file(path: str) -> Path:
    """The shipped CI file that a plan repository holds at ``path`` (a key of CI_FILES)."""
    installed = _PACKAGE / "data" / "ci" / CI_FILES[path]
    return installed if installed.is_file() else _CHECKOUT / path


def compiled_template_dir() -> Path:
    """The built-in templates compiled to Python by Jinja (``documents.precompiled``)."""
    installed = _PACKAGE / COMPILED_DIR_NAME
    return installed if installed.is_dir() else _CHECKOUT / COMPILED_DIR_NAME
