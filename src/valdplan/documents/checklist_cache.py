"""One checklist document from a plan file, served from the cache when nothing changed.

Rendering needs Jinja, whose import alone costs more than the rest of a command; a checklist
whose plan bytes, templates and options are unchanged is taken from the cache instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import cache
from ..files.shipped import builtin_template_dir
from ..vocabulary import Format, Language, RoleFilter


@dataclass(frozen=True)
class ChecklistRequest:
    """Everything that decides a checklist's text."""

    format: Format
    body: tuple[str, ...] = ()
    level: str | None = None
    focus: int | None = None
    role: RoleFilter = "any"
    lang: Language | None = None  # None: the plan's own language
    date: str | None = None
    followup: Path | None = None


def document_inputs(
    plan_path: Path, shown_as: str, overrides: list[Path], options: list[str], *inputs: bytes
) -> cache.Inputs:
    """What a document made from the plan at ``plan_path`` is made from: the plan's bytes,
    the templates (``overrides``, then the built-in ones), any further ``inputs`` (bytes of
    other files) and the options."""
    from ..files.reading import read_source

    raw = read_source(plan_path, shown_as)
    return cache.Inputs(plan_path, [raw, *inputs], options, [*overrides, builtin_template_dir()])


def checklist_text(
    plan_path: Path, shown_as: str, request: ChecklistRequest, overrides: list[Path]
) -> str:
    """The checklist ``request`` asks for, rendered from the plan at ``plan_path``."""
    from ..files.reading import read_source

    followup = read_source(request.followup) if request.followup is not None else b""
    inputs = document_inputs(plan_path, shown_as, overrides, cache.options_of(request), followup)

    def rendered() -> str:
        from .environment import environment, render

        context = request_context(plan_path, shown_as, request)
        return render(environment(overrides), f"checklist.{request.format}.j2", context)

    return cache.remembered("checklist", inputs, rendered)


def request_context(plan_path: Path, shown_as: str, request: ChecklistRequest) -> dict[str, Any]:
    """The context of the checklist ``request`` asks for (see docs/templates.md), for any
    format: the Jinja templates and the Word one."""
    from ..plan.loader import load_plan_file
    from .action_query import ActionQuery
    from .checklist import checklist_context

    plan = load_plan_file(plan_path, shown_as)
    query = ActionQuery(request.body, request.level, request.focus, request.role)
    selection = query.select(plan)
    record = None
    if request.followup is not None:
        from ..followup.loading import load_followup

        record = load_followup(request.followup, plan).followup
    return checklist_context(
        selection,
        request.lang or plan.language,
        request.date,
        record,
    )


def _word(
    plan_path: Path, shown_as: str, request: ChecklistRequest, overrides: list[Path]
) -> bytes:
    from .word import checklist_docx

    return checklist_docx(request_context(plan_path, shown_as, request), overrides)


# One renderer per format: Markdown and HTML from Jinja templates (cached), Word from docxtpl.
RENDERERS: dict[Format, Callable[[Path, str, ChecklistRequest, list[Path]], str | bytes]] = {
    "md": checklist_text,
    "html": checklist_text,
    "docx": _word,
}


def checklist_document(
    plan_path: Path, shown_as: str, request: ChecklistRequest, overrides: list[Path]
) -> str | bytes:
    """The checklist ``request`` asks for, from the plan at ``plan_path``, in its format."""
    return RENDERERS[request.format](plan_path, shown_as, request, overrides)
