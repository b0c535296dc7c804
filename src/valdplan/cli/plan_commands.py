"""Commands that read and query the plan: validate, actions, show, boards, areas."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import ValdplanError, visible
from .app import app
from .common import check_role, emit_records, load_plan_option, warn
from .options import (
    BoardOption,
    FocusOption,
    FormatOption,
    LevelOption,
    PlanOption,
    RoleChoice,
    RoleOption,
    ShowFormat,
    ValidateFormat,
    complete_actions,
)


def _check_file(path: Path | None, plan: Path | None) -> tuple[str, list[Any], list[Any]]:
    """Validate one plan or follow-up file: (OK line, errors, warnings)."""
    from ..errors import FileProblems, Problem
    from ..followup.detect import looks_like_followup
    from ..plan.loader import find_plan, load_plan_file

    try:
        if path is not None and looks_like_followup(path):
            from ..followup.loading import load_followup

            loaded = load_followup(path, load_plan_option(plan))
            period = loaded.followup.period
            ok = f"{path}: OK (follow-up {period.part} {period.year},"
            ok += f" {len(loaded.followup.entries)} entries)"
            return ok, [], loaded.warnings
        source = find_plan(path if path is not None else plan)
        model = load_plan_file(source.path, source.shown_as)
    except FileProblems as err:
        return "", list(err.problems), []
    except ValdplanError as err:
        return "", [Problem(str(path or "plan.yaml"), 1, 1, str(err))], []
    ok = (
        f"{source.shown_as}: OK ({len(model.focus_areas)} focus areas,"
        f" {model.action_count} actions, {len(model.bodies)} bodies,"
        f" {len(model.levels)} prevention levels)"
    )
    from ..files.reading import decode, invisible_character_warnings, read_source

    text = decode(read_source(source.path, source.shown_as), source.shown_as)
    return ok, [], invisible_character_warnings(text, source.shown_as)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan or follow-up files. Default: the plan, found as for --plan.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Fail (exit 1) on warnings too, such as personal data in follow-up comments.",
        ),
    ] = False,
    fmt: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            help="text: lines FILE:LINE:COL: message; github: workflow commands that annotate"
            " a pull request; sarif: a SARIF 2.1.0 log on stdout.",
        ),
    ] = ValidateFormat.text,
    plan: PlanOption = None,
) -> None:
    """Check plan or follow-up files; report every problem as FILE:LINE:COL: message."""
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
    if fmt is ValidateFormat.sarif:
        from ..documents.annotations import sarif_log

        sys.stdout.write(sarif_log(errors, warnings, __version__))
    elif fmt is ValidateFormat.github:
        from ..documents.annotations import github_lines

        sys.stdout.write("".join(line + "\n" for line in github_lines(errors, warnings)))
    else:
        sys.stdout.write("".join(ok + "\n" for ok in oks))
        sys.stderr.write("".join(f"{p}\n" for p in errors))
        warn(warnings)
    if errors:
        raise typer.Exit(1)


@app.command()
def actions(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = RoleChoice.any,
    fmt: FormatOption = None,
    plan: PlanOption = None,
) -> None:
    """List actions, filtered by body, prevention level and focus area (filters combine)."""
    from ..documents.tables import ACTION_COLUMNS
    from ..plan.query import select_actions
    from ..plan.records import action_records

    check_role(board, role)
    selection = select_actions(
        load_plan_option(plan), body=board, level=level, focus=focus, role=role.value
    )
    emit_records(action_records(selection), ACTION_COLUMNS, fmt, f"{len(selection)} actions")


@app.command()
def show(
    action_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help='Action id as printed, e.g. "4:4".', autocompletion=complete_actions
        ),
    ],
    fmt: Annotated[ShowFormat, typer.Option("--format", help="Output format.")] = ShowFormat.text,
    plan: PlanOption = None,
) -> None:
    """Show one action in full: focus area, text, examples, bodies and their roles, levels."""
    from ..documents.tables import to_json
    from ..plan.query import find_action
    from ..plan.records import action_record

    loaded = load_plan_option(plan)
    area, action = find_action(loaded, action_id)
    if fmt is ShowFormat.json:
        record = action_record(loaded, area, action)
        record["focus_area_title"] = area.title
        sys.stdout.write(to_json(record))
        return
    bodies = loaded.bodies_by_id
    levels = loaded.levels_by_id
    lines = [
        f"Åtgärd {action.id}",
        f"Focus area {area.number}: {area.title}",
        "",
        action.text,
    ]
    if action.examples:
        lines += ["", "Examples:", *(f"  {example}" for example in action.examples)]
    lines += ["", "Bodies:"]
    lines += [f"  {bodies[b].name} (responsible)" for b in action.responsible]
    lines += [f"  {bodies[b].name} (co-responsible)" for b in action.co_responsible]
    lines += ["", "Prevention levels: " + ", ".join(levels[lv].name for lv in action.levels)]
    # Plan text keeps its line breaks; nothing else in it reaches the terminal raw.
    shown_lines = [visible(part) for line in lines for part in line.split("\n")]
    sys.stdout.write("\n".join(shown_lines) + "\n")


@app.command()
def boards(fmt: FormatOption = None, plan: PlanOption = None) -> None:
    """List every body with its kind and how many actions it is (co-)responsible for."""
    from ..documents.tables import BODY_COLUMNS
    from ..plan.records import body_records

    loaded = load_plan_option(plan)
    emit_records(body_records(loaded), BODY_COLUMNS, fmt, f"{len(loaded.bodies)} bodies")


@app.command()
def areas(fmt: FormatOption = None, plan: PlanOption = None) -> None:
    """List the focus areas with their number of actions."""
    from ..documents.tables import AREA_COLUMNS
    from ..plan.records import area_records

    loaded = load_plan_option(plan)
    emit_records(area_records(loaded), AREA_COLUMNS, fmt, f"{len(loaded.focus_areas)} focus areas")
