"""Commands that read and query the plan: validate, actions, show, boards, areas."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..documents.formats import SHOW_FORMATS, VALIDATION_FORMATS
from ..errors import ValdplanError, visible
from ..messages import N_, _, ngettext
from ..vocabulary import ROLE_FILTERS, member
from .app import app
from .common import check_role, emit_records, load_plan_option, warn
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
    choice_option,
)

_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".csv", ".ods")


def _ok_line(name: str, plan: Any) -> str:
    return _("{file}: OK ({areas}, {actions}, {bodies}, {levels})").format(
        file=name,
        areas=ngettext("{n} focus area", "{n} focus areas", len(plan.focus_areas)).format(
            n=len(plan.focus_areas)
        ),
        actions=ngettext("{n} action", "{n} actions", plan.action_count).format(
            n=plan.action_count
        ),
        bodies=ngettext("{n} body", "{n} bodies", len(plan.bodies)).format(n=len(plan.bodies)),
        levels=ngettext("{n} prevention level", "{n} prevention levels", len(plan.levels)).format(
            n=len(plan.levels)
        ),
    )


def _check_file(path: Path | None, plan: Path | None) -> tuple[str, list[Any], list[Any]]:
    """Validate one plan or follow-up file: (OK line, errors, warnings)."""
    from ..errors import FileProblems, Problem
    from ..followup.detect import looks_like_followup
    from ..plan.loader import find_plan, load_plan_file

    try:
        # A spreadsheet that is there is named as one; a missing name is "no such file".
        if path is not None and path.suffix.lower() in _SPREADSHEETS and path.exists():
            message = _(
                "this is a spreadsheet, not a plan or follow-up file; read it into a follow-up"
                " with valdplan followup import {sheet} --into FILE"
            ).format(sheet=path)
            return "", [Problem(str(path), 1, 1, message)], []
        if path is not None and looks_like_followup(path):
            from ..followup.loading import load_followup
            from ..vocabulary import PART_WORDS

            loaded = load_followup(path, load_plan_option(plan))
            period = loaded.followup.period
            entries = len(loaded.followup.entries)
            ok = _("{file}: OK (follow-up {part} {year}, {entries})").format(
                file=path,
                part=_(PART_WORDS[period.part]),
                year=period.year,
                entries=ngettext("{n} entry", "{n} entries", entries).format(n=entries),
            )
            return ok, [], loaded.warnings
        source = find_plan(path if path is not None else plan)
        model = load_plan_file(source.path, source.shown_as)
    except FileProblems as err:
        return "", list(err.problems), []
    except ValdplanError as err:
        return "", [Problem(str(path or "plan.yaml"), 1, 1, str(err))], []
    from ..files.reading import decode, invisible_character_warnings, read_source

    text = decode(read_source(source.path, source.shown_as), source.shown_as)
    return _ok_line(source.shown_as, model), [], invisible_character_warnings(text, source.shown_as)


@app.command(
    help=N_("Check plan or follow-up files; report every problem as FILE:LINE:COL: message.")
)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help=N_("Plan or follow-up files. Default: the plan, found as for --plan."),
            metavar=N_("FILE"),
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help=N_("Fail (exit 1) on warnings too, such as personal data in follow-up comments."),
        ),
    ] = False,
    fmt: Annotated[
        str,
        choice_option(
            VALIDATION_FORMATS,
            N_(
                "text (the default): lines FILE:LINE:COL: message; github: workflow commands"
                " that annotate a pull request; sarif: a SARIF 2.1.0 log on standard output."
            ),
        ),
    ] = "text",
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..version import __version__

    errors: list[Any] = []
    warnings: list[Any] = []
    oks = []
    targets: list[Path | None] = list(paths) if paths else [None]
    for path in targets:
        ok, file_errors, file_warnings = _check_file(path, plan)
        errors += file_errors
        warnings += file_warnings
        if ok and not file_errors:
            oks.append(ok)
    if strict:
        errors, warnings = errors + warnings, []
    if fmt == "sarif":
        from ..documents.annotations import sarif_log

        sys.stdout.write(sarif_log(errors, warnings, __version__))
    elif fmt == "github":
        from ..documents.annotations import github_lines

        sys.stdout.write("".join(line + "\n" for line in github_lines(errors, warnings)))
    else:
        sys.stdout.write("".join(visible(ok) + "\n" for ok in oks))
        sys.stderr.write("".join(f"{p}\n" for p in errors))
        warn(warnings)
    if errors:
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
    from ..documents.tables import ACTION_COLUMNS, readable_actions
    from ..plan.query import select_actions
    from ..plan.records import action_records

    check_role(board, role)
    loaded = load_plan_option(plan)
    selection = select_actions(
        loaded,
        body=board or None,
        level=level,
        focus=int(focus) if focus is not None else None,
        role=member(role, ROLE_FILTERS),
        goal=goal,
    )
    records = action_records(selection)
    title = ngettext("{n} action", "{n} actions", len(selection)).format(n=len(selection))
    emit_records(records, ACTION_COLUMNS, fmt, title, readable_actions(records, loaded))


@app.command(
    help=N_("Show one action in full: focus area, text, examples, bodies and their roles, levels.")
)
def show(
    action_id: ActionArgument,
    fmt: Annotated[
        str, choice_option(SHOW_FORMATS, N_("Output format: text (the default) or json."))
    ] = "text",
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.tables import to_json
    from ..plan.query import find_action
    from ..plan.records import action_record

    loaded = load_plan_option(plan)
    area, action = find_action(loaded, action_id)
    if fmt == "json":
        record = action_record(loaded, area, action)
        record["focus_area_title"] = area.title
        sys.stdout.write(to_json(record))
        return
    bodies = loaded.bodies_by_id
    levels = loaded.levels_by_id
    lines = [
        _("Action {id}").format(id=action.id),
        _("Focus area {number}: {title}").format(number=area.number, title=area.title),
        "",
        action.text,
    ]
    if action.examples:
        lines += ["", _("Examples:"), *(f"  {example}" for example in action.examples)]
    lines += ["", _("Bodies:")]
    lines += [
        "  " + _("{body} (responsible)").format(body=bodies[b].name) for b in action.responsible
    ]
    lines += [
        "  " + _("{body} (co-responsible)").format(body=bodies[b].name)
        for b in action.co_responsible
    ]
    names = ", ".join(levels[lv].name for lv in action.levels)
    lines += ["", _("Prevention levels: {levels}").format(levels=names)]
    # Plan text keeps its line breaks; nothing else in it reaches the terminal raw.
    shown_lines = [visible(part) for line in lines for part in line.split("\n")]
    sys.stdout.write("\n".join(shown_lines) + "\n")


@app.command(
    help=N_("List every body with its kind and how many actions it is (co-)responsible for.")
)
def boards(fmt: FormatOption = None, lang: LangOption = None, plan: PlanOption = None) -> None:
    from ..documents.tables import BODY_COLUMNS, readable_bodies
    from ..messages import current_language
    from ..plan.records import body_records

    loaded = load_plan_option(plan)
    records = body_records(loaded)
    count = len(loaded.bodies)
    title = ngettext("{n} body", "{n} bodies", count).format(n=count)
    readable = readable_bodies(records, loaded, current_language())
    emit_records(records, BODY_COLUMNS, fmt, title, readable)


@app.command(help=N_("List the focus areas with their number of actions."))
def areas(fmt: FormatOption = None, lang: LangOption = None, plan: PlanOption = None) -> None:
    from ..documents.tables import AREA_COLUMNS
    from ..plan.records import area_records

    loaded = load_plan_option(plan)
    count = len(loaded.focus_areas)
    title = ngettext("{n} focus area", "{n} focus areas", count).format(n=count)
    emit_records(area_records(loaded), AREA_COLUMNS, fmt, title)
