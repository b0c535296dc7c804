"""Commands that read and query the plan: validate, actions, show, boards, areas."""

from __future__ import annotations

import sys

import typer

from ..messages import N_
from ..vocabulary import ROLE_FILTERS, SHOW_FORMATS, VALIDATION_FORMATS, member
from .app import app
from .common import (
    check_role,
    emit_listing,
    load_plan_option,
    plan_source_option,
    record_format,
    terminal_width,
)
from .options import (
    ActionArgument,
    BoardOption,
    FocusOption,
    FormatOption,
    GoalOption,
    LangOption,
    LevelOption,
    PlanOption,
    RoleOption,
)
from .parameters import PlanFilesArgument, ShowFormatOption, StrictOption, ValidationFormatOption


@app.command(
    help=N_("Check plan or follow-up files; report every problem as FILE:LINE:COL: message.")
)
def validate(
    paths: PlanFilesArgument = None,
    strict: StrictOption = False,
    fmt: ValidationFormatOption = "text",
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.annotations import validation_output
    from ..followup.checking import check_files
    from ..version import __version__

    outcome = check_files(paths or [], plan, strict)
    out, err = validation_output(outcome, member(fmt, VALIDATION_FORMATS), __version__)
    sys.stdout.write(out)
    sys.stderr.write(err)
    if outcome.errors:
        raise typer.Exit(1)


@app.command(
    help=N_(
        "List actions, filtered by body, prevention level and focus area (filters combine;"
        " several --board select the actions of any of them)."
    )
)
def actions(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = "any",
    goal: GoalOption = None,
    fmt: FormatOption = None,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.action_query import ActionQuery, actions_text

    check_role(board, role)
    focused = int(focus) if focus is not None else None
    query = ActionQuery(tuple(board or ()), level, focused, member(role, ROLE_FILTERS), goal)
    source = plan_source_option(plan)
    chosen, terminal = record_format(fmt), sys.stdout.isatty()
    sys.stdout.write(actions_text(source, query, chosen, terminal, terminal_width()))


@app.command(
    help=N_("Show one action in full: focus area, text, examples, bodies and their roles, levels.")
)
def show(
    action_id: ActionArgument,
    fmt: ShowFormatOption = "text",
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.action_text import show_action

    text = show_action(load_plan_option(plan), action_id, member(fmt, SHOW_FORMATS))
    sys.stdout.write(text)


@app.command(
    help=N_("List every body with its kind and how many actions it is (co-)responsible for.")
)
def boards(fmt: FormatOption = None, lang: LangOption = None, plan: PlanOption = None) -> None:
    from ..documents.listing import body_listing
    from ..messages import current_language

    emit_listing(body_listing(load_plan_option(plan), current_language()), fmt)


@app.command(help=N_("List the focus areas with their number of actions."))
def areas(fmt: FormatOption = None, lang: LangOption = None, plan: PlanOption = None) -> None:
    from ..documents.listing import area_listing

    emit_listing(area_listing(load_plan_option(plan)), fmt)
