"""The command line's words in the user's language, typer's and click's included.

Help texts, metavars and command descriptions are msgids in the code; ``translate_tree``
translates a built command tree for the run's language. typer (with the click it vendors)
writes a few words of its own: "Usage:", "Options", "Show this message and exit.", "[default:
…]", the completion options' help. typer.core looks its words up through gettext (``_``),
which ``teach_typer`` points at valdplan's catalogs; the others are replaced in the tree or,
for the usage prefix and the help option, by small wrappers in ``teach_typer``, which also
shows arguments by their metavar alone (typer adds Python types: "ID <str>", "{ID}") and
says an unknown command in valdplan's words. Usage errors are
not shown by click at all: ``usage.error_lines`` writes them in valdplan's words.

typer is pinned below 0.30 in pyproject.toml; tests/test_words.py fails if a new typer
changes what is wrapped here. What remains, each because typer 0.29 has no public way:

- ``typer.core._``: typer's own words go through this module global, not a hook;
- ``HelpFormatter.write_usage`` and ``Command.get_help_option``: the vendored click writes
  "Usage: " and the help option's text as constants, without gettext;
- ``TyperArgument._rich_display_name``, ``_usage_display_name``, ``display_type_rich``:
  typer appends Python types to a metavar ("ID <str>"), and ``metavar=`` does not stop it;
- ``TyperGroup.resolve_command``: ``suggest_commands=False`` would drop typer's English
  "Did you mean", but also the close names valdplan's own message needs;
- ``_typer_param_setup_autocompletion_compat``: typer keeps only suggestions that start with
  what was typed, case and all; its ``shell_complete=`` escape is deprecated with a warning.

Beside these, ``cli/coercion.py`` replaces ``typer.core.build_runtime_param`` (typer checks
every value with pydantic) and ``cli/completion.py`` the shells' completion scripts.
"""

from __future__ import annotations

import functools
from typing import Any

from ..messages import N_, _

# typer's and click's own words that reach a user, marked for the catalogs.
TYPER_WORDS = (
    N_("Usage: "),
    N_("Options"),
    N_("Arguments"),
    N_("Commands"),
    N_("default: {default}"),
    N_("required"),
    N_("(dynamic)"),
    N_("env var: {var}"),
    N_("Aborted!"),
    N_("Missing command."),
    N_("No such command {name!r}."),
    N_("Show this message and exit."),
    N_("[OPTIONS]"),
    N_("COMMAND [ARGS]..."),
    N_("Install completion for the current shell."),
    N_("Show completion for the current shell, to copy it or customize the installation."),
)


@functools.cache
def teach_typer() -> None:
    """Let typer's and click's own words go through valdplan's catalogs (once per process)."""
    import typer.core
    from typer._click import core as click_core
    from typer._click import exceptions as click_exceptions
    from typer._click import formatting

    typer.core._ = _  # type: ignore[attr-defined]

    write_usage = formatting.HelpFormatter.write_usage

    def translated_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, _(prefix if prefix is not None else "Usage: "))

    formatting.HelpFormatter.write_usage = translated_usage  # type: ignore[method-assign]

    get_help_option = click_core.Command.get_help_option

    def translated_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = _("Show this message and exit.")
        return option

    click_core.Command.get_help_option = translated_help_option  # type: ignore[method-assign]

    # Arguments as a manual page writes them: ID, [FILE]..., never "{ID}" or "<list[Path]>".
    def argument_name(self: Any) -> str:
        name = str(self.metavar or self.name or "").upper()
        return name + "..." if self.nargs != 1 else name

    def usage_name(self: Any) -> str:
        name = str(self.metavar or self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return name + "..." if self.nargs != 1 else name

    # An unknown command is said in valdplan's words (usage.describe), not with typer's
    # English "Did you mean …?" appended to it: keep what the message needs on the error.
    def resolve_command(self: Any, ctx: Any, args: list[str]) -> Any:
        from difflib import get_close_matches

        try:
            return self._click_resolve_command(ctx, args)
        except click_exceptions.UsageError as err:
            if args and not args[0].startswith("-") and self.get_command(ctx, args[0]) is None:
                err.unknown_command = args[0]  # type: ignore[attr-defined]
                err.possibilities = get_close_matches(args[0], list(self.commands))  # type: ignore[attr-defined]
            raise

    typer.core.TyperGroup.resolve_command = resolve_command  # type: ignore[method-assign]
    typer.core.TyperArgument._rich_display_name = argument_name  # type: ignore[method-assign]
    typer.core.TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]
    typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]


def translate_tree(command: Any) -> None:
    """Translate the help, metavars and descriptions of ``command`` and every command under
    it, in place, into the run's language (the tree is built afresh for each run)."""
    for attribute in ("help", "short_help", "epilog"):
        value = getattr(command, attribute, None)
        if isinstance(value, str) and value:
            setattr(command, attribute, _(value))
    if getattr(command, "options_metavar", None) == "[OPTIONS]":
        command.options_metavar = _("[OPTIONS]")
    if getattr(command, "subcommand_metavar", None) == "COMMAND [ARGS]...":
        command.subcommand_metavar = _("COMMAND [ARGS]...")
    for param in getattr(command, "params", ()):
        if isinstance(getattr(param, "help", None), str) and param.help:
            param.help = _(param.help)
        if isinstance(getattr(param, "metavar", None), str) and param.metavar:
            param.metavar = _(param.metavar)
    for child in getattr(command, "commands", {}).values():
        translate_tree(child)


def complete_forgivingly() -> None:
    """Keep every suggestion valdplan's completers make. typer drops those that do not start
    with what was typed, case and all, so ``--board ald`` would not offer a body named
    "Äldre…"; the completers already match regardless of case and å/ä/ö. Must run before the
    command tree is built (``main.app_for``), since typer sets completion up as it makes
    each option."""
    import typer.core
    from typer._click.shell_completion import CompletionItem

    def setup(self: Any, *, autocompletion: Any = None) -> None:
        if autocompletion is None:
            return

        def complete(ctx: Any, param: Any, incomplete: str) -> list[Any]:
            return [
                CompletionItem(found[0], help=found[1])
                if isinstance(found, tuple)
                else CompletionItem(found)
                for found in autocompletion(ctx, [], incomplete)
            ]

        self._custom_shell_complete = complete

    typer.core._typer_param_setup_autocompletion_compat = setup
