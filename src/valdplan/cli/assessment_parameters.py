"""The options of ``followup set`` for the coordinator's text (the whole plan's or a focus
area's assessment and recommendations, a prerequisite's status and comment), and which
combinations of them and of an entry's options make sense."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..messages import N_, _
from .options import complete_actions, complete_statuses, whole_number

if TYPE_CHECKING:
    from ..followup.editing import EditResult
    from ..plan.models import Plan

SetActionArgument = Annotated[
    str | None,
    typer.Argument(
        metavar=N_("ID"),
        help=N_(
            'Action id as the plan writes it, e.g. "4:4"; none: set the coordinator\'s text'
            " (--assessment, --recommendations, --prerequisite)."
        ),
        autocompletion=complete_actions,
        show_default=False,
    ),
]
SetBodyOption = Annotated[
    str | None,
    typer.Option(
        "--board",
        "-b",
        help=N_("The body whose entry to set (by name or id)."),
        metavar=N_("BODY"),
        show_default=False,
    ),
]
SetStatusOption = Annotated[
    str | None,
    typer.Option(
        "--status",
        help=N_(
            "An entry's status: ej-paborjad, pagaende, genomford or ej-aktuell; a"
            " prerequisite's: pa-plats, delvis or ej-pa-plats (or their names, in Swedish or"
            ' English); "" leaves it empty.'
        ),
        metavar=N_("STATUS"),
        autocompletion=complete_statuses,
        show_default=False,
    ),
]
AssessmentOption = Annotated[
    str | None,
    typer.Option(
        "--assessment",
        help=N_(
            "The coordinator's assessment of the whole plan, or of --focus-area (@FILE: from a"
            " file, -: standard input, @@: a text beginning with @)."
        ),
        metavar=N_("TEXT"),
        show_default=False,
    ),
]
RecommendationsOption = Annotated[
    str | None,
    typer.Option(
        "--recommendations",
        help=N_(
            "The coordinator's recommendations for the whole plan, or for --focus-area (@FILE:"
            " from a file, -: standard input, @@: a text beginning with @)."
        ),
        metavar=N_("TEXT"),
        show_default=False,
    ),
]
FocusAreaOption = Annotated[
    str | None,
    typer.Option(
        "--focus-area",
        help=N_("The focus area (by number) whose assessment or prerequisite to set."),
        metavar=N_("NUMBER"),
        callback=whole_number,
        show_default=False,
    ),
]
PrerequisiteOption = Annotated[
    str | None,
    typer.Option(
        "--prerequisite",
        help=N_(
            "The prerequisite of --focus-area (by its number in the plan's list, from 1) whose"
            " --status and --comment to set."
        ),
        metavar=N_("NUMBER"),
        callback=whole_number,
        show_default=False,
    ),
]


@dataclass(frozen=True)
class SetOptions:
    """What ``followup set`` was given: an entry's options or the coordinator's text's."""

    action_id: str | None
    board: str | None
    status: str | None
    comment: str | None
    evidence: tuple[str, ...]
    clear_evidence: bool
    date: str | None
    assessment: str | None
    recommendations: str | None
    # Whole numbers already (the options' callback); typed as the options are declared.
    focus_area: str | None
    prerequisite: str | None

    def given(self, names: tuple[str, ...]) -> list[str]:
        """The options of ``names`` (attribute names) given, as the command line spells them."""
        return [
            "--" + name.replace("_", "-")
            for name in names
            if getattr(self, name) not in (None, (), False)
        ]


def set_in_place(path: Path, plan: Plan, options: SetOptions) -> EditResult:
    """``followup set``: an entry with an action ID, else the coordinator's text; usage
    errors for options that do not go together."""
    from ..followup.assessment_editing import TextChange, set_text
    from ..followup.editing import Change, set_entry
    from .common import given_text, rule_options

    coordinator = options.given(("assessment", "recommendations", "focus_area", "prerequisite"))
    entry_only = options.given(("board", "evidence", "clear_evidence", "date"))
    comment = given_text(options.comment, "--comment") if options.comment is not None else None
    if options.action_id is not None:
        if coordinator:
            _refuse(coordinator[0], _("sets the coordinator's text: give it without an action ID"))
        if options.board is None:
            _refuse("--board", _("setting an entry needs --board BODY"))
        if options.status is None:
            _refuse("--status", _("setting an entry needs --status STATUS"))
        assert options.board is not None
        items = tuple(given_text(item, "--evidence") for item in options.evidence)
        change = Change(status=options.status, comment=comment, date=options.date)
        with rule_options():
            return set_entry(
                path, plan, options.action_id, options.board, change, items,
                options.clear_evidence,
            )  # fmt: skip
    if entry_only:
        _refuse(entry_only[0], _("sets an entry: give the action ID before it"))
    texts = [
        given_text(value, option) if value is not None else None
        for option, value in (
            ("--assessment", options.assessment),
            ("--recommendations", options.recommendations),
        )
    ]
    _check_text_options(options, comment, *texts)
    area, prerequisite = (
        int(value) if value is not None else None
        for value in (options.focus_area, options.prerequisite)
    )
    text_change = TextChange(area, prerequisite, texts[0], texts[1], options.status, comment)
    with rule_options():
        return set_text(path, plan, text_change)


def _refuse(option: str, message: str) -> None:
    raise typer.BadParameter(message, param_hint=option)


def _check_text_options(
    options: SetOptions, comment: str | None, assessment: str | None, recommendations: str | None
) -> None:
    """A usage error for options of the coordinator's text that do not go together."""
    if options.prerequisite is not None:
        if options.focus_area is None:
            _refuse("--prerequisite", _("needs --focus-area NUMBER"))
        for option, value in (("--assessment", assessment), ("--recommendations", recommendations)):
            if value is not None:
                _refuse(option, _("is a focus area's; a prerequisite has --status and --comment"))
        if options.status is None and comment is None:
            _refuse("--prerequisite", _("needs --status or --comment"))
        return
    for option, value in (("--status", options.status), ("--comment", comment)):
        if value is not None:
            _refuse(option, _("needs an action ID, or --focus-area NUMBER --prerequisite NUMBER"))
    if assessment is None and recommendations is None:
        raise typer.BadParameter(
            _(
                "give an action ID and --board (an entry), or --assessment,"
                " --recommendations or --focus-area NUMBER --prerequisite NUMBER (the coordinator's"
                " text)"
            ),
            param_hint="ID",
        )
