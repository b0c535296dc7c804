"""Commands that render documents from the plan: checklist and build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..documents.formats import FORMATS
from ..messages import N_, _, ngettext
from ..vocabulary import LANGUAGES, ROLE_FILTERS, member
from .app import app
from .common import (
    build_formats,
    check_output,
    check_role,
    document_date,
    emit_text,
    shown,
    write_output,
)
from .options import (
    BoardOption,
    DateOption,
    FocusOption,
    ForceOption,
    LangOption,
    LevelOption,
    OutputOption,
    PlanOption,
    RoleOption,
    TemplatesOption,
    choice_option,
)


@app.command(
    help=N_("Render a checklist of the selected actions as Markdown, HTML or a Word document.")
)
def checklist(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = "any",
    fmt: Annotated[
        str,
        choice_option(
            FORMATS,
            N_(
                "Format: md (Markdown, the default), html (one page) or docx (a Word document;"
                " needs --output)."
            ),
        ),
    ] = "md",
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
    date: DateOption = None,
    followup: Annotated[
        Path | None,
        typer.Option(
            "--followup",
            help=N_(
                "Follow-up file: show each pair's status, date and comment, and tick the"
                " actions that are done."
            ),
            metavar=N_("FILE"),
            show_default=False,
        ),
    ] = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.checklist_cache import ChecklistRequest, checklist_text
    from ..documents.environment import template_overrides
    from ..plan.loader import find_plan

    check_role(board, role)
    check_output(output, force)
    if fmt == "docx" and output is None:
        raise typer.BadParameter(_("a Word document needs --output FILE"), param_hint="--format")
    request = ChecklistRequest(
        member(fmt, FORMATS),
        tuple(board or ()),
        level,
        int(focus) if focus is not None else None,
        member(role, ROLE_FILTERS),
        member(lang, LANGUAGES) if lang is not None else None,
        document_date(date),
        followup,
    )
    source = find_plan(plan)
    overrides = template_overrides(source.path, templates)
    if fmt == "docx":
        from ..documents.checklist_cache import request_context
        from ..documents.word import checklist_docx

        assert output is not None
        context = request_context(source.path, source.shown_as, request)
        write_output(checklist_docx(context, overrides), output)
        return
    emit_text(checklist_text(source.path, source.shown_as, request, overrides), output)


@app.command(
    help=N_(
        "Write one checklist per body, prevention level and focus area, and index pages. A"
        " build never replaces a file valdplan did not write there (it keeps their names in"
        " OUTDIR/.valdplan-build) unless --force is given."
    )
)
def build(
    outdir: Annotated[
        Path,
        typer.Argument(help=N_("Folder to write the checklists into."), metavar=N_("DIR")),
    ],
    formats: Annotated[
        str,
        typer.Option(
            "--format",
            help=N_("Comma-separated formats to write: md, html, docx (a Word document per body)."),
            metavar=N_("FORMATS"),
        ),
    ] = "md,html",
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help=N_(
                "Write nothing; exit 1 listing every file that is missing, stale or extra,"
                " and temporary files an interrupted run left."
            ),
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=N_(
                "Replace files in DIR that valdplan did not write, and symbolic links there"
                " (the links themselves, never their targets)."
            ),
        ),
    ] = False,
    templates: TemplatesOption = None,
    publishing: Annotated[
        Path | None,
        typer.Option(
            "--publishing",
            help=N_(
                "The publisher's settings for a published site: open data with its DCAT-AP-SE"
                " catalogue and an accessibility statement. Default: ./publishing.yaml if"
                " there is one."
            ),
            metavar=N_("FILE"),
            show_default=False,
        ),
    ] = None,
    followups: Annotated[
        list[Path] | None,
        typer.Option(
            "--followup",
            help=N_(
                "Follow-up files; with publisher's settings the latest is among the open data"
                " (may be given several times)."
            ),
            metavar=N_("FILE"),
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    date: DateOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.build_cache import build_texts
    from ..documents.environment import template_overrides
    from ..files.folder import check_folder, write_folder
    from ..plan.loader import find_plan
    from ..publishing.loading import find_publishing

    chosen = build_formats(formats)
    when = document_date(date)
    source = find_plan(plan)
    overrides = template_overrides(source.path, templates)
    language = member(lang, LANGUAGES) if lang is not None else None
    settings = find_publishing(publishing)
    files = build_texts(
        source.path, source.shown_as, chosen, language, when, overrides, settings, followups or ()
    )
    if check:
        report = check_folder(outdir, files)
        for label, names in (
            (_("missing"), report.missing),
            (_("stale"), report.stale),
            (_("extra"), report.extra),
            (_("leftover from an interrupted run"), report.leftover),
        ):
            for name in names:
                sys.stdout.write(f"{shown(outdir / name)}: {label}\n")
        if not report.clean:
            raise typer.Exit(1)
        up_to_date = ngettext("{n} file up to date", "{n} files up to date", len(files))
        sys.stdout.write(f"{shown(outdir)}: {up_to_date.format(n=len(files))}\n")
        return
    written = write_folder(outdir, files, force)
    wrote = ngettext("wrote {n} of {total} file", "wrote {n} of {total} files", len(files))
    sys.stdout.write(f"{shown(outdir)}: {wrote.format(n=len(written.changed), total=len(files))}\n")
    if written.removed_leftovers:
        count = len(written.removed_leftovers)
        note = ngettext(
            "removed {n} temporary file an interrupted run had left in {folder}",
            "removed {n} temporary files an interrupted run had left in {folder}",
            count,
        ).format(n=count, folder=shown(outdir))
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")
    extra = check_folder(outdir, files).extra
    if extra:
        note = ngettext(
            "{n} other file in {folder} is not from this build: {names}",
            "{n} other files in {folder} are not from this build: {names}",
            len(extra),
        ).format(n=len(extra), folder=shown(outdir), names=", ".join(extra))
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")
    if settings is None:
        note = _(
            "no publisher's settings (--publishing FILE or ./publishing.yaml): a published"
            " site would still need its open data with a DCAT-AP-SE catalogue and an"
            " accessibility statement (see {example})"
        ).format(example="docs/examples/publishing.yaml")
        sys.stderr.write(_("note: {message}").format(message=note) + "\n")
