"""The options and arguments commands share, their choices, and shell completion that reads
names from the plan."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import ValdplanError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..plan.models import Plan


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class RoleChoice(StrEnum):
    responsible = "responsible"
    co_responsible = "co-responsible"
    any = "any"


class DocumentFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class FollowupReportFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"
    docx = "docx"


class SheetFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


class SchemaKind(StrEnum):
    plan = "plan"
    followup = "followup"


class Language(StrEnum):
    sv = "sv"
    en = "en"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    sarif = "sarif"


def _from_root(ctx: typer.Context, name: str, value: Path | None) -> Path | None:
    """``value`` of an option given after the command, else the same option given before
    it (``valdplan --plan X actions``), else None."""
    if value is not None:
        return value
    root = ctx.find_root()
    found = root.params.get(name) if root is not ctx else None
    return found if isinstance(found, Path) else None


def plan_fallback(ctx: typer.Context, value: Path | None) -> Path | None:
    return _from_root(ctx, "plan", value)


def templates_fallback(ctx: typer.Context, value: Path | None) -> Path | None:
    return _from_root(ctx, "templates", value)


def _plan_for_completion(ctx: typer.Context) -> Plan | None:
    from ..plan.loader import load_plan

    try:
        return load_plan(_from_root(ctx, "plan", ctx.params.get("plan")))
    except ValdplanError:
        return None


def _complete(candidates: Sequence[str], incomplete: str) -> list[str]:
    from ..plan.query import normalise

    typed = normalise(incomplete)
    return [c for c in candidates if normalise(c).startswith(typed)]


def complete_bodies(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return _complete([b.name for b in plan.bodies], incomplete) if plan else []


def complete_levels(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    if plan is None:
        return []
    return _complete(
        [lv.id for lv in plan.levels] + [a for lv in plan.levels for a in lv.aliases], incomplete
    )


def complete_actions(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return [a.id for _, a in plan.actions() if a.id.startswith(incomplete)] if plan else []


_PLAN_HELP = "Plan file. Default: $VALDPLAN_PLAN, else ./plan.yaml, else the embedded plan."
_TEMPLATES_HELP = (
    "Folder of templates that override the built-in ones by file name"
    " (a templates/ folder beside the plan is used too)."
)
# Given before the command, --plan and --templates count for it ("valdplan --plan X
# actions"); given after it, they win.
GlobalPlanOption = Annotated[
    Path | None, typer.Option("--plan", help=_PLAN_HELP, show_default=False)
]
GlobalTemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates", help=_TEMPLATES_HELP, exists=True, file_okay=False, show_default=False
    ),
]
PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        help=_PLAN_HELP,
        show_default=False,
        dir_okay=True,
        callback=plan_fallback,
    ),
]
BoardOption = Annotated[
    str | None,
    typer.Option(
        "--board",
        "-b",
        help="Body by name or id, as valdplan boards lists them; case and å/ä/ö do not matter.",
        autocompletion=complete_bodies,
        show_default=False,
    ),
]
LevelOption = Annotated[
    str | None,
    typer.Option(
        "--level",
        "-l",
        help="Prevention level by id, name or alias from the plan; case does not matter.",
        autocompletion=complete_levels,
        show_default=False,
    ),
]
FocusOption = Annotated[
    int | None,
    typer.Option("--focus", "-f", help="Focus area number.", show_default=False),
]
RoleOption = Annotated[
    RoleChoice,
    typer.Option(
        "--role",
        help="With --board: actions the body is responsible for, co-responsible for, or any.",
    ),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="Output format. Default: a table on a terminal, JSON when piped.",
        show_default=False,
    ),
]


TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help=_TEMPLATES_HELP,
        exists=True,
        file_okay=False,
        show_default=False,
        callback=templates_fallback,
    ),
]
LangOption = Annotated[
    Language, typer.Option("--lang", help="Language of the fixed labels; plan text is kept.")
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Date to print as generated (YYYY-MM-DD). Default: $SOURCE_DATE_EPOCH, else none.",
        show_default=False,
    ),
]


FollowupFile = Annotated[
    Path, typer.Option("--file", help="The follow-up file to edit.", dir_okay=False)
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Overwrite the output file if it exists.")
]
