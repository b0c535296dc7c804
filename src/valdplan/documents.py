"""One checklist document from a plan file, served from the cache when nothing changed.

Rendering needs Jinja, whose import alone costs more than the rest of a command; a checklist
whose plan bytes, templates and options are unchanged is taken from the cache instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import cache
from .errors import ValdplanError
from .resources import TEMPLATE_DIR_NAME, builtin_template_dir


@dataclass(frozen=True)
class ChecklistRequest:
    """Everything that decides a checklist's text."""

    format: str
    body: str | None = None
    level: str | None = None
    focus: int | None = None
    role: str = "any"
    lang: str = "sv"
    date: str | None = None
    followup: Path | None = None

    def parts(self) -> list[str]:
        return [repr(value) for value in self.__dict__.values()]


def template_overrides(plan_path: Path, templates: Path | None) -> list[Path]:
    """User template folders in lookup order: ``--templates``, then ``templates/`` beside the
    plan. The built-in templates come after them."""
    folders = [templates] if templates is not None else []
    folders.append(plan_path.parent / TEMPLATE_DIR_NAME)
    return folders


def checklist_text(
    plan_path: Path, shown_as: str, request: ChecklistRequest, overrides: list[Path]
) -> str:
    """The checklist ``request`` asks for, rendered from the plan at ``plan_path``."""
    from . import __version__
    from .sources import read_source

    raw = read_source(plan_path, shown_as)
    templates = cache.folder_digest([*overrides, builtin_template_dir()])
    followup = read_source(request.followup) if request.followup is not None else b""
    key = cache.digest(__version__, raw, templates, followup, *request.parts())
    slot = cache.digest(str(plan_path.resolve()), *request.parts())
    text = cache.get("checklist", slot, key)
    if text is not None:
        return text
    from .loader import load_plan_file
    from .query import select_actions
    from .render import checklist_context, environment, render

    plan = load_plan_file(plan_path, shown_as)
    selection = select_actions(
        plan,
        body=request.body,
        level=request.level,
        focus=request.focus,
        role=request.role,  # type: ignore[arg-type]
    )
    statuses = None
    if request.followup is not None:
        from .followup import load_followup

        loaded = load_followup(request.followup, plan)
        statuses = {entry.pair: entry.status for entry in loaded.followup.entries}
    context = checklist_context(
        selection,
        request.lang,  # type: ignore[arg-type]
        request.date,
        statuses,
    )
    text = render(environment(overrides), f"checklist.{request.format}.j2", context)
    cache.put("checklist", slot, key, text)
    return text


def generated_date(option: str | None, source_date_epoch: str | None) -> str | None:
    """The date to print in generated documents: ``--date``, else ``$SOURCE_DATE_EPOCH``, else
    none at all, so that the same plan always gives the same bytes."""
    import datetime

    if option is not None:
        try:
            return datetime.date.fromisoformat(option).isoformat()
        except ValueError:
            raise ValdplanError(f"--date must be a date like 2026-11-26, not '{option}'") from None
    if source_date_epoch:
        try:
            moment = datetime.datetime.fromtimestamp(int(source_date_epoch), datetime.UTC)
        except (ValueError, OverflowError, OSError):
            raise ValdplanError(
                f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{source_date_epoch}'"
            ) from None
        return moment.date().isoformat()
    return None
