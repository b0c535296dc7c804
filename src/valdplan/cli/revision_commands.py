"""Commands for revising the plan: diff, fmt, schema."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import typer

from ..errors import ValdplanError
from ..messages import N_, _
from .app import app
from .common import check_output, emit_text, load_plan_option, shown, template_environment
from .due_parameters import MarkUnreportedOption
from .options import (
    ForceOption,
    LangOption,
    OutputOption,
    PlanOption,
    TemplatesOption,
    documents_language,
)
from .parameters import (
    DiffFormatOption,
    FmtCheckOption,
    NewPlanArgument,
    OldPlanArgument,
    PlanFilesArgument,
    SchemaKindOption,
)


@app.command(
    help=N_(
        "Show what changed between two plans, matched by action id. Exit 0 when they are"
        " equal, 1 when they differ, 2 on errors (like diff)."
    )
)
def diff(
    old: OldPlanArgument,
    new: NewPlanArgument,
    fmt: DiffFormatOption = "md",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
    templates: TemplatesOption = None,
) -> None:
    from ..documents.diff_annex import render_diff
    from ..plan.loader import load_plan_file

    check_output(output, force)
    try:
        before, after = load_plan_file(old), load_plan_file(new)
        env = None if fmt == "json" else template_environment(new, templates)
        text, equal = render_diff(before, after, fmt, env, documents_language(lang, after))
        # Inside: a write that fails is trouble (2), never "the plans differ" (1).
        emit_text(text, output)
    except ValdplanError as err:
        # diff's own convention: 1 means "different", so problems exit with 2.
        sys.stderr.write("".join(line + "\n" for line in err.lines()))
        raise typer.Exit(2) from None
    if not equal:
        raise typer.Exit(1)


@app.command(
    "fmt",
    help=N_(
        "Give plan and follow-up files one layout (key order, indentation, quoting), keeping"
        " comments, so that diffs in review stay small."
    ),
)
def fmt_command(
    paths: PlanFilesArgument = None,
    check: FmtCheckOption = False,
    mark_unreported: MarkUnreportedOption = False,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..files.fmt import format_file
    from ..plan.loader import find_plan

    if not paths:
        source = find_plan(plan)
        if source.origin == "embedded":
            raise typer.BadParameter(
                _("there is no plan.yaml here; name the files to format"), param_hint="FILE"
            )
        paths = [source.path]
    states = (_("unchanged"), _("would be reformatted") if check else _("reformatted"))
    unformatted = []
    for path in paths:
        changed = format_file(path, check, _formatter(path, plan, mark_unreported))
        unformatted += [path] if changed else []
        sys.stdout.write(f"{shown(path)}: {states[bool(changed)]}\n")
    if check and unformatted:
        raise typer.Exit(1)


def _formatter(path: Path, plan: Path | None, mark: bool) -> Callable[[str, str], str]:
    """How to format the file at ``path``: as a follow-up checked against the plan (its
    untouched entries marked unreported with ``mark``), or as a plan."""
    from ..followup.detect import looks_like_followup

    if looks_like_followup(path):
        from ..followup.layout import format_followup

        loaded = load_plan_option(plan)
        return lambda text, name: format_followup(text, name, loaded, mark)
    from ..plan.layout import format_plan

    return format_plan


@app.command(
    help=N_("Print the JSON Schema of plan (or follow-up) files, for editors and validators.")
)
def schema(
    kind: SchemaKindOption = "plan",
    lang: LangOption = None,
) -> None:
    from pydantic import BaseModel

    from ..plan.schema import json_schema

    model: type[BaseModel]
    if kind == "plan":
        from ..plan.models import Plan

        model = Plan
    else:
        from ..followup.models import FollowUp

        model = FollowUp
    sys.stdout.write(json_schema(model))
