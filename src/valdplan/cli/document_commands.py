"""Commands that render documents from the plan: checklist and build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .common import (
    build_formats,
    check_role,
    document_date,
    emit_text,
    load_plan_option,
    shown,
    template_environment,
    write_output,
)
from .options import (
    BoardOption,
    DateOption,
    DocumentFormat,
    FocusOption,
    LangOption,
    Language,
    LevelOption,
    PlanOption,
    RoleChoice,
    RoleOption,
    TemplatesOption,
)


@app.command()
def checklist(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = RoleChoice.any,
    fmt: Annotated[
        DocumentFormat,
        typer.Option(
            "--format",
            help="Markdown, a self-contained HTML page, or a Word document (docx, needs -o).",
        ),
    ] = DocumentFormat.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (atomically) instead of stdout.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    templates: TemplatesOption = None,
    lang: LangOption = Language.sv,
    date: DateOption = None,
    followup: Annotated[
        Path | None,
        typer.Option(
            "--followup",
            help="Follow-up file: tick the actions reported genomförd and show each status.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    plan: PlanOption = None,
) -> None:
    """Render a checklist of the selected actions as Markdown, HTML or a Word document."""
    from ..documents.checklist_cache import ChecklistRequest, checklist_text
    from ..documents.environment import template_overrides
    from ..plan.loader import find_plan

    check_role(board, role)
    if fmt is DocumentFormat.docx and output is None:
        raise typer.BadParameter("a Word document needs --output FILE", param_hint="--format")
    request = ChecklistRequest(
        fmt.value, board, level, focus, role.value, lang.value, document_date(date), followup
    )
    source = find_plan(plan)
    overrides = template_overrides(source.path, templates)
    if fmt is DocumentFormat.docx:
        from ..documents.checklist_cache import request_context
        from ..documents.word import checklist_docx

        assert output is not None
        context = request_context(source.path, source.shown_as, request)
        write_output(checklist_docx(context, overrides), output)
        return
    emit_text(checklist_text(source.path, source.shown_as, request, overrides), output)


@app.command()
def build(
    outdir: Annotated[Path, typer.Argument(help="Folder to write the checklists into.")],
    formats: Annotated[
        str,
        typer.Option(
            "--format",
            help="Comma-separated formats to write: md, html, docx (a Word document per body).",
        ),
    ] = "md,html",
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Write nothing; exit 1 listing every file that is missing, stale or extra,"
            " and temporary files an interrupted run left.",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Overwrite files in OUTDIR that valdplan did not write, and replace symbolic"
            " links there (never their targets).",
        ),
    ] = False,
    templates: TemplatesOption = None,
    lang: LangOption = Language.sv,
    date: DateOption = None,
    plan: PlanOption = None,
) -> None:
    """Write one checklist per body, prevention level and focus area, and index pages."""
    from ..documents.build import build_files
    from ..files.folder import check_folder, write_folder

    chosen = build_formats(formats)
    when = document_date(date)
    env = template_environment(plan, templates)
    files = build_files(load_plan_option(plan), env, chosen, lang.value, when)  # type: ignore[arg-type]
    if check:
        report = check_folder(outdir, files)
        for label, names in (
            ("missing", report.missing),
            ("stale", report.stale),
            ("extra", report.extra),
            ("leftover from an interrupted run", report.leftover),
        ):
            for name in names:
                sys.stdout.write(f"{shown(outdir / name)}: {label}\n")
        if not report.clean:
            raise typer.Exit(1)
        sys.stdout.write(f"{shown(outdir)}: {len(files)} files up to date\n")
        return
    written = write_folder(outdir, files, force)
    sys.stdout.write(f"{shown(outdir)}: wrote {len(written.changed)} of {len(files)} files\n")
    if written.removed_leftovers:
        sys.stderr.write(
            f"note: removed {len(written.removed_leftovers)} temporary files an interrupted"
            f" run had left in {outdir}\n"
        )
    extra = check_folder(outdir, files).extra
    if extra:
        sys.stderr.write(
            f"note: {len(extra)} other files in {outdir} are not from this build:"
            f" {', '.join(extra)}\n"
        )
