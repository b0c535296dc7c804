"""Commands that render documents from the plan: checklist and build."""

from __future__ import annotations

from ..messages import N_
from ..vocabulary import FORMATS, LANGUAGES, ROLE_FILTERS, member
from .app import app
from .common import (
    build_formats,
    check_output,
    check_role,
    document_date,
    emit_text,
    report_build,
    report_folder_check,
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
)
from .parameters import (
    BuildCheckOption,
    BuildFollowupsOption,
    BuildForceOption,
    BuildFormatsOption,
    ChecklistFollowupOption,
    ChecklistFormatOption,
    OutdirArgument,
    PublishingOption,
)


@app.command(
    help=N_("Render a checklist of the selected actions as Markdown, HTML or a Word document.")
)
def checklist(
    board: BoardOption = None,
    level: LevelOption = None,
    focus: FocusOption = None,
    role: RoleOption = "any",
    fmt: ChecklistFormatOption = "md",
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
    date: DateOption = None,
    followup: ChecklistFollowupOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.checklist_cache import ChecklistRequest, checklist_document
    from ..documents.environment import template_overrides
    from ..plan.loader import find_plan

    check_role(board, role)
    check_output(output, force, fmt)
    language = member(lang, LANGUAGES) if lang is not None else None
    focused = int(focus) if focus is not None else None
    request = ChecklistRequest(
        member(fmt, FORMATS), tuple(board or ()), level, focused, member(role, ROLE_FILTERS),
        language, document_date(date), followup,
    )  # fmt: skip
    source = find_plan(plan)
    overrides = template_overrides(source.path, templates)
    emit_text(checklist_document(source.path, source.shown_as, request, overrides), output)


@app.command(
    help=N_(
        "Write one checklist per body, prevention level and focus area, and index pages. A"
        " build never replaces a file valdplan did not write there (it keeps their names in"
        " OUTDIR/.valdplan-build) unless --force is given."
    )
)
def build(
    outdir: OutdirArgument,
    formats: BuildFormatsOption = "md,html",
    check: BuildCheckOption = False,
    force: BuildForceOption = False,
    templates: TemplatesOption = None,
    publishing: PublishingOption = None,
    followups: BuildFollowupsOption = None,
    lang: LangOption = None,
    date: DateOption = None,
    plan: PlanOption = None,
) -> None:
    from ..documents.build_cache import build_texts
    from ..documents.environment import template_overrides
    from ..files.folder import check_folder, write_folder
    from ..plan.loader import find_plan
    from ..publishing.loading import find_publishing

    chosen, when = build_formats(formats), document_date(date)
    language = member(lang, LANGUAGES) if lang is not None else None
    source = find_plan(plan)
    overrides = template_overrides(source.path, templates)
    settings = find_publishing(publishing)
    files = build_texts(
        source.path, source.shown_as, chosen, language, when, overrides, settings, followups or ()
    )
    if check:
        report_folder_check(outdir, files, check_folder(outdir, files))
    else:
        report_build(outdir, files, write_folder(outdir, files, force), settings is not None)
