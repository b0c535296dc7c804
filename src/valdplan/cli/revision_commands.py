"""Commands for revising the plan: diff, fmt, schema."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ValdplanError
from .app import app
from .common import emit_text, load_plan_option, shown, template_environment
from .options import PlanOption, ReportFormat, SchemaKind, TemplatesOption


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier plan.", dir_okay=False)],
    new: Annotated[Path, typer.Argument(help="The later plan.", dir_okay=False)],
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Output format.")] = ReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", dir_okay=False),
    ] = None,
    templates: TemplatesOption = None,
) -> None:
    """Show what changed between two plans, matched by action id. Exit 0 when they are
    equal, 1 when they differ, 2 on errors (like diff)."""
    from ..documents.diff_annex import render_diff
    from ..plan.loader import load_plan_file

    try:
        before, after = load_plan_file(old), load_plan_file(new)
        env = None if fmt is ReportFormat.json else template_environment(new, templates)
        text, equal = render_diff(before, after, fmt.value, env)
    except ValdplanError as err:
        # diff's own convention: 1 means "different", so problems exit with 2.
        sys.stderr.write("".join(line + "\n" for line in err.lines()))
        raise typer.Exit(2) from None
    emit_text(text, output)
    if not equal:
        raise typer.Exit(1)


@app.command("fmt")
def fmt_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan or follow-up files. Default: the plan, found as for --plan.",
            show_default=False,
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Change nothing; exit 1 if a file is not formatted."),
    ] = False,
    plan: PlanOption = None,
) -> None:
    """Normalise the layout of plan and follow-up files (key order, indentation, quoting),
    keeping comments, so that diffs in review stay small."""
    from ..files.fmt import format_file
    from ..plan.loader import find_plan

    if not paths:
        source = find_plan(plan)
        if source.origin == "embedded":
            raise typer.BadParameter("no plan.yaml here; name the files to format")
        paths = [source.path]
    unformatted = []
    for path in paths:
        changed = format_file(path, check, _formatter(path, plan))
        if changed:
            unformatted.append(path)
        verb = ("would be reformatted" if check else "reformatted") if changed else "unchanged"
        sys.stdout.write(f"{shown(path)}: {verb}\n")
    if check and unformatted:
        raise typer.Exit(1)


def _formatter(path: Path, plan: Path | None) -> Callable[[str, str], str]:
    """How to format the file at ``path``: as a follow-up checked against the plan, or as a
    plan."""
    from ..followup.detect import looks_like_followup

    if looks_like_followup(path):
        from ..followup.layout import format_followup

        loaded = load_plan_option(plan)
        return lambda text, name: format_followup(text, name, loaded)
    from ..plan.layout import format_plan

    return format_plan


@app.command()
def schema(
    kind: Annotated[
        SchemaKind, typer.Option("--kind", help="Schema of plan files or follow-up files.")
    ] = SchemaKind.plan,
) -> None:
    """Print the JSON Schema of plan (or follow-up) files, for editors and validators."""
    from pydantic import BaseModel

    from ..plan.schema import json_schema

    model: type[BaseModel]
    if kind is SchemaKind.plan:
        from ..plan.models import Plan

        model = Plan
    else:
        from ..followup.models import FollowUp

        model = FollowUp
    sys.stdout.write(json_schema(model))
