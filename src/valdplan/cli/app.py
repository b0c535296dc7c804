"""The typer application, its global options, and the one place where a run ends: the
language is chosen, help is translated, and every error becomes its exit code (1 for
problems the user can fix, 2 for usage errors, 3 for bugs, 130 for Ctrl-C).

Commands register themselves on ``app`` from their modules (``plan_commands`` and the
others); ``cli.main`` decides which of those modules a run needs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from ..errors import ValdplanError
from ..messages import N_, _
from .options import GlobalLangOption, GlobalPlanOption, GlobalTemplatesOption

# How `valdplan --help` groups the commands.
COMMAND_GROUPS = (
    (N_("Query the plan"), ("validate", "actions", "show", "boards", "areas")),
    (N_("Documents"), ("checklist", "build")),
    (N_("Follow-up"), ("followup", "indicators")),
    (N_("Revising the plan"), ("diff", "fmt", "schema")),
)


class ValdplanGroup(TyperGroup):
    """valdplan's command group: grouped help, and one error handler around every run."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run a command line: choose its language, translate the help, and end every run
        here with its exit code."""
        from typer._click.exceptions import NoArgsIsHelpError, UsageError
        from typer.exceptions import Abort

        from .. import messages
        from .coercion import coerce_without_pydantic
        from .usage import error_lines
        from .words import teach_typer, translate_tree

        arguments = list(sys.argv[1:] if args is None else args)
        messages.setup_from(arguments)
        unknown = messages.unknown_language_setting(os.environ)
        if unknown is not None:
            from ..errors import visible

            message = messages._(
                "{variable}={value} is not a language valdplan speaks ({known}); it is ignored"
            ).format(
                variable=messages.LANGUAGE_ENV,
                value=visible(unknown),
                known=messages.alternatives(messages.LANGUAGES),
            )
            sys.stderr.write(messages._("note: {message}").format(message=message) + "\n")
        teach_typer()
        coerce_without_pydantic()
        translate_tree(self)
        try:
            result = super().main(
                arguments,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
            code = result if isinstance(result, int) else 0
        except NoArgsIsHelpError as err:
            sys.stdout.write(err.ctx.get_help() + "\n")
            code = 0
        except UsageError as err:
            sys.stderr.write("".join(line + "\n" for line in error_lines(err)))
            code = 2
        except Abort:
            sys.stderr.write(_("Aborted!") + "\n")
            code = 130
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: Any) -> Any:
        from .streams import PIPE_CLOSED_EXIT, is_output_trouble, silence_stdout

        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk or a closed pipe shows now, not at exit
            return result
        except ValdplanError as err:
            for line in err.lines():
                sys.stderr.write(line + "\n")
            raise typer.Exit(1) from None
        except OSError as err:
            # What valdplan reads and writes raises ValdplanErrors; an OSError here is the
            # standard output failing: the environment, not a bug.
            if not is_output_trouble(err):
                _report_bug(err)
            silence_stdout()
            if isinstance(err, BrokenPipeError):
                raise typer.Exit(PIPE_CLOSED_EXIT) from None  # quietly, as cat does
            from ..errors import reason

            message = _("cannot write the output: {reason}").format(reason=reason(err))
            sys.stderr.write(_("error: {message}").format(message=message) + "\n")
            raise typer.Exit(1) from None
        except Exception as err:
            # Exits and usage errors pass through; anything else is a bug in valdplan, and
            # still ends in one line rather than a traceback (VALDPLAN_DEBUG=1 shows it).
            if isinstance(err, typer.Exit | typer.Abort) or hasattr(err, "exit_code"):
                raise
            _report_bug(err)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The commands in groups (plan, documents, follow-up, revising the plan)."""
        shown = {
            name: command
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        }
        placed: set[str] = set()
        for heading, names in COMMAND_GROUPS:
            rows = [
                (name, shown[name].get_short_help_str(formatter.width - 6 - len(name)))
                for name in names
                if name in shown
            ]
            placed.update(names)
            if rows:
                with formatter.section(_(heading)):
                    formatter.write_dl(rows)
        rest = [
            (name, command.get_short_help_str(formatter.width - 6 - len(name)))
            for name, command in shown.items()
            if name not in placed
        ]
        if rest:
            with formatter.section(_("Commands")):
                formatter.write_dl(rest)


def _report_bug(err: Exception) -> NoReturn:
    """One line for a bug in valdplan, and exit code 3 (the traceback with VALDPLAN_DEBUG)."""
    import os

    if os.environ.get("VALDPLAN_DEBUG"):
        raise err
    message = _(
        "internal error ({kind}: {detail}); this is a bug in valdplan, please report it"
        " (VALDPLAN_DEBUG=1 shows the details)"
    ).format(kind=type(err).__name__, detail=err)
    sys.stderr.write(_("error: {message}").format(message=message) + "\n")
    raise typer.Exit(3) from None


APP_SETTINGS: dict[str, Any] = {
    "cls": ValdplanGroup,
    "no_args_is_help": True,
    "pretty_exceptions_show_locals": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
APP_HELP = N_(
    "Query an action plan against violence, written as plan.yaml, and render checklists,"
    " follow-ups and change annexes from it."
)
app = typer.Typer(help=APP_HELP, **APP_SETTINGS)


def _show_version(value: bool) -> None:
    if value:
        from ..version import __version__

        sys.stdout.write(f"valdplan {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help=N_("Show valdplan's version and exit."),
            is_eager=True,
            callback=_show_version,
        ),
    ] = False,
    plan: GlobalPlanOption = None,
    templates: GlobalTemplatesOption = None,
    lang: GlobalLangOption = None,
) -> None:
    """The options of valdplan itself; --plan, --templates and --lang count for the command
    that follows."""
