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

    def parts(self) -> list[str]:
        return [repr(value) for value in self.__dict__.values()]


def cache_address(
    plan_path: Path, shown_as: str, overrides: list[Path], options: list[str], *inputs: bytes
) -> tuple[str | None, str]:
    """Where a document made from the plan at ``plan_path`` is cached (a slot per plan file
    and ``options``; None when the plan has no stable place) and the key its entry must
    carry: valdplan's version, the catalogs, the plan's bytes, the templates, any further
    ``inputs`` and the options."""
    from ..files.reading import read_source
    from ..messages import catalog_stamp
    from ..version import __version__

    raw = read_source(plan_path, shown_as)
    templates = cache.folder_digest([*overrides, builtin_template_dir()])
    key = cache.digest(__version__, catalog_stamp(), raw, templates, *inputs, *options)
    place = cache.slot_of(plan_path)
    return (cache.digest(place, *options) if place is not None else None), key


def checklist_text(
    plan_path: Path, shown_as: str, request: ChecklistRequest, overrides: list[Path]
) -> str:
    """The checklist ``request`` asks for, rendered from the plan at ``plan_path``."""
    from ..files.reading import read_source

    followup = read_source(request.followup) if request.followup is not None else b""
    slot, key = cache_address(plan_path, shown_as, overrides, request.parts(), followup)
    text = cache.get("checklist", slot, key) if slot is not None else None
    if text is not None:
        return text
    from .environment import environment, render

    context = request_context(plan_path, shown_as, request)
    text = render(environment(overrides), f"checklist.{request.format}.j2", context)
    if slot is not None:
        cache.put("checklist", slot, key, text)
    return text


def request_context(plan_path: Path, shown_as: str, request: ChecklistRequest) -> dict[str, Any]:
    """The context of the checklist ``request`` asks for (see docs/templates.md), for any
    format: the Jinja templates and the Word one."""
    from ..plan.loader import load_plan_file
    from ..plan.query import select_actions
    from .checklist import checklist_context

    plan = load_plan_file(plan_path, shown_as)
    selection = select_actions(
        plan,
        body=request.body or None,
        level=request.level,
        focus=request.focus,
        role=request.role,
    )
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
