"""The options and arguments commands share: one metavar style, help in the user's language,
choices that forgive case and missing å/ä/ö, values checked with valdplan's own messages, and
shell completion that reads names from the plan.

Help texts and metavars are msgids (marked with ``N_``); ``cli.words`` translates the whole
command tree when a command runs, so that help speaks the language chosen for that run.
Options take text and are checked here rather than by click's types, whose messages are
click's, not valdplan's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..documents.formats import FORMAT_WORDS
from ..errors import ValdplanError
from ..messages import N_, _
from ..vocabulary import (
    LANGUAGES,
    PART_WORDS,
    RECORD_FORMATS,
    ROLE_FILTERS,
    ROLE_WORDS,
    Language,
    member,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..plan.models import Plan

# Choice values that are words: each may also be written as the word in either language
# (``--role ansvarig``, ``--format tabell``, ``--part interim``).
CHOICE_WORDS: dict[str, str] = {
    str(choice): word
    for vocabulary in (ROLE_WORDS, PART_WORDS, FORMAT_WORDS)
    for choice, word in vocabulary.items()
}


def option_name(param: Any) -> str:
    """How messages name an option: its long form (``--focus``), or an argument's metavar."""
    opts: list[str] = [str(opt) for opt in getattr(param, "opts", ()) if str(opt).startswith("--")]
    if opts and getattr(param, "param_type_name", "") == "option":
        return max(opts, key=len)
    return str(getattr(param, "metavar", None) or getattr(param, "name", "") or "").upper()


def fold(text: str) -> str:
    from ..plan.names import normalise

    folded: str = normalise(text)
    return folded


def choose(value: str, choices: Sequence[str], param: Any) -> str:
    """The choice ``value`` means, whatever its case and with or without å/ä/ö; a choice
    that is a word may be written in either language."""
    from ..messages import LANGUAGES as SPOKEN
    from ..messages import translation

    wanted = fold(value)
    for choice in choices:
        spellings = {choice}
        if choice in CHOICE_WORDS:
            spellings |= {translation(lang).gettext(CHOICE_WORDS[choice]) for lang in SPOKEN}
        if any(fold(spelling) == wanted for spelling in spellings):
            return choice
    named = [_(CHOICE_WORDS[c]) if c in CHOICE_WORDS else c for c in choices]
    raise typer.BadParameter(
        _("'{value}' is not one of: {choices}").format(value=value, choices=", ".join(named)),
        param_hint=option_name(param),
    )


def _choice_callback(choices: Sequence[str]) -> Any:
    def callback(param: typer.CallbackParam, value: str | None) -> str | None:
        return None if value is None else choose(value, choices, param)

    return callback


def _matching(choices: Sequence[str], incomplete: str) -> list[str]:
    typed = fold(incomplete)
    return [choice for choice in choices if fold(choice).startswith(typed)]


def _choice_completion(choices: Sequence[str]) -> Any:
    return lambda incomplete: _matching(choices, incomplete)


def complete_statuses(incomplete: str) -> list[str]:
    """Status ids for ``--status``, matched as the choices are."""
    from ..vocabulary import STATUS_IDS

    return _matching(STATUS_IDS, incomplete)


def choice_option(
    choices: Sequence[str], help: str, metavar: str = N_("FORMAT"), *names: str
) -> Any:
    """An option that takes one of ``choices``, forgiving case and diacritics."""
    return typer.Option(
        *(names or ("--format",)),
        help=help,
        metavar=metavar,
        callback=_choice_callback(choices),
        autocompletion=_choice_completion(choices),
        # The default is in the help text, in the user's language.
        show_default=False,
    )


def whole_number(param: typer.CallbackParam, value: str | None) -> int | None:
    """An option's text as a whole number, or a usage error naming the option."""
    if value is None:
        return None
    text = value.strip()
    if not text.isdigit():
        raise typer.BadParameter(
            _("'{value}' is not a whole number").format(value=value), param_hint=option_name(param)
        )
    return int(text)


def _existing_folder(param: typer.CallbackParam, value: Path | None) -> Path | None:
    if value is not None and not value.is_dir():
        raise typer.BadParameter(
            _("{path} is not a folder").format(path=value), param_hint=option_name(param)
        )
    return value


def _from_root(ctx: typer.Context, name: str, value: Any) -> Any:
    """``value`` of an option given after the command, else the same option given before
    it (``valdplan --plan X actions``), else None."""
    if value is not None:
        return value
    root = ctx.find_root()
    return root.params.get(name) if root is not ctx else None


def plan_fallback(ctx: typer.Context, value: Path | None) -> Path | None:
    found = _from_root(ctx, "plan", value)
    return found if isinstance(found, Path) else None


def templates_fallback(
    ctx: typer.Context, param: typer.CallbackParam, value: Path | None
) -> Path | None:
    found = _from_root(ctx, "templates", _existing_folder(param, value))
    return found if isinstance(found, Path) else None


def lang_fallback(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    chosen = choose(value, LANGUAGES, param) if value is not None else None
    found = _from_root(ctx, "lang", chosen)
    return found if isinstance(found, str) else None


def _plan_for_completion(ctx: typer.Context) -> Plan | None:
    from ..plan.loader import load_plan

    try:
        return load_plan(_from_root(ctx, "plan", ctx.params.get("plan")))
    except ValdplanError:
        return None


def _complete(candidates: Sequence[str], incomplete: str) -> list[str]:
    typed = fold(incomplete)
    return [c for c in candidates if fold(c).startswith(typed)]


def complete_bodies(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return _complete([b.name for b in plan.bodies], incomplete) if plan else []


def complete_periods(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return _complete([p.id for p in plan.reporting.periods], incomplete) if plan else []


def complete_levels(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    if plan is None:
        return []
    names = [lv.id for lv in plan.levels] + [a for lv in plan.levels for a in lv.aliases]
    return _complete(names, incomplete)


def complete_actions(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan_for_completion(ctx)
    return [a.id for _area, a in plan.actions() if a.id.startswith(incomplete)] if plan else []


_PLAN_HELP = N_("Plan file. Default: $VALDPLAN_PLAN, else ./plan.yaml, else the embedded plan.")
_TEMPLATES_HELP = N_(
    "Folder of templates that override the built-in ones by file name (a templates/ folder"
    " beside the plan is used too)."
)
_LANG_HELP = N_(
    "Language: sv or en. Messages and help follow it; documents follow it too (default: the"
    " plan's own language). Default: $VALDPLAN_LANG, else the locale."
)
# Given before the command, --plan, --templates and --lang count for it ("valdplan --plan X
# actions"); given after it, they win.
GlobalPlanOption = Annotated[
    Path | None, typer.Option("--plan", help=_PLAN_HELP, metavar=N_("FILE"), show_default=False)
]
GlobalTemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help=_TEMPLATES_HELP,
        metavar=N_("DIR"),
        show_default=False,
        callback=_existing_folder,
    ),
]
GlobalLangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help=_LANG_HELP,
        metavar=N_("LANG"),
        show_default=False,
        callback=_choice_callback(LANGUAGES),
        autocompletion=_choice_completion(LANGUAGES),
    ),
]
PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan", help=_PLAN_HELP, metavar=N_("FILE"), show_default=False, callback=plan_fallback
    ),
]
BoardOption = Annotated[
    list[str] | None,
    typer.Option(
        "--board",
        "-b",
        help=N_(
            "Body by name or id, as valdplan boards lists them; case and å/ä/ö do not matter."
            " Repeat it to select the actions of any of the bodies."
        ),
        metavar=N_("BODY"),
        autocompletion=complete_bodies,
        show_default=False,
    ),
]
LevelOption = Annotated[
    str | None,
    typer.Option(
        "--level",
        "-l",
        help=N_("Prevention level by id, name or alias from the plan; case does not matter."),
        metavar=N_("LEVEL"),
        autocompletion=complete_levels,
        show_default=False,
    ),
]
FocusOption = Annotated[
    str | None,
    typer.Option(
        "--focus",
        "-f",
        help=N_("Focus area by its number."),
        metavar=N_("NUMBER"),
        callback=whole_number,
        show_default=False,
    ),
]
GoalOption = Annotated[
    str | None,
    typer.Option(
        "--goal",
        help=N_(
            "Goal by its id from the plan's goals: the actions that serve it (their own goals,"
            " their focus area's or the plan's)."
        ),
        metavar=N_("GOAL"),
        show_default=False,
    ),
]
RoleOption = Annotated[
    str,
    choice_option(
        ROLE_FILTERS,
        N_(
            "With --board: actions the body is responsible for, co-responsible for, or any of"
            " them: responsible, co-responsible or any (the default)."
        ),
        N_("ROLE"),
        "--role",
    ),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        help=N_(
            "Output format: table, json, csv or md. Default: a table on a terminal, JSON when"
            " piped."
        ),  # fmt: skip
        metavar=N_("FORMAT"),
        callback=_choice_callback(RECORD_FORMATS),
        autocompletion=_choice_completion(RECORD_FORMATS),
        show_default=False,
    ),
]
TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help=_TEMPLATES_HELP,
        metavar=N_("DIR"),
        show_default=False,
        callback=templates_fallback,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help=_LANG_HELP,
        metavar=N_("LANG"),
        show_default=False,
        callback=lang_fallback,
        autocompletion=_choice_completion(LANGUAGES),
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help=N_(
            "Date to print as the day the document was made (YYYY-MM-DD, e.g. 2025-11-30)."
            " Default: $SOURCE_DATE_EPOCH, else none."
        ),
        metavar=N_("DATE"),
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=N_(
            "Write to FILE instead of standard output (atomically). An existing file is only"
            " replaced with --force."
        ),
        metavar=N_("FILE"),
        show_default=False,
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help=N_("Replace the output file if it exists (a file you may have written yourself)."),
    ),
]
FollowupFile = Annotated[
    Path,
    typer.Option("--file", help=N_("The follow-up file to edit."), metavar=N_("FILE")),
]
ActionArgument = Annotated[
    str,
    typer.Argument(
        metavar=N_("ID"),
        help=N_('Action id as the plan writes it, e.g. "4:4".'),
        autocompletion=complete_actions,
        show_default=False,
    ),
]


def documents_language(lang: str | None, plan: Plan) -> Language:
    """The language of a document: --lang (already one of LANGUAGES), else the plan's own."""
    return member(lang, LANGUAGES) if lang is not None else plan.language


def day_option(name: str, help: str) -> Any:
    """An option that takes a day, YYYY-MM-DD (checked where it is used)."""
    return typer.Option(name, help=help, metavar=N_("DATE"), show_default=False)
