"""The typer application object, its settings, and the one place where errors become exit
codes: 1 for problems the user can fix, 3 for bugs. Commands register themselves on ``app``
from their modules (``plan_commands`` and the others)."""

from __future__ import annotations

import sys
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from ..errors import ValdplanError
from .options import GlobalPlanOption, GlobalTemplatesOption


class ValdplanGroup(TyperGroup):
    """Turns every ``ValdplanError`` into its lines on stderr and exit code 1, in one place."""

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
            sys.stderr.write(f"error: cannot write the output: {err.strerror or err}\n")
            raise typer.Exit(1) from None
        except Exception as err:
            # Exits and usage errors pass through; anything else is a bug in valdplan, and
            # still ends in one line rather than a traceback (VALDPLAN_DEBUG=1 shows it).
            if isinstance(err, typer.Exit | typer.Abort) or hasattr(err, "exit_code"):
                raise
            _report_bug(err)


def _report_bug(err: Exception) -> NoReturn:
    """One line for a bug in valdplan, and exit code 3 (the traceback with VALDPLAN_DEBUG)."""
    import os

    if os.environ.get("VALDPLAN_DEBUG"):
        raise err
    sys.stderr.write(
        f"error: internal error ({type(err).__name__}: {err}); this is a bug in"
        " valdplan, please report it (VALDPLAN_DEBUG=1 shows the details)\n"
    )
    raise typer.Exit(3) from None


APP_SETTINGS: dict[str, Any] = {
    "cls": ValdplanGroup,
    "no_args_is_help": True,
    "pretty_exceptions_show_locals": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(
    help="Query an action plan against violence, written as plan.yaml, and render checklists,"
    " follow-ups and change annexes from it.",
    **APP_SETTINGS,
)


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
            help="Show valdplan's version and exit.",
            is_eager=True,
            callback=_show_version,
        ),
    ] = False,
    plan: GlobalPlanOption = None,
    templates: GlobalTemplatesOption = None,
) -> None:
    """Query the action plan and render checklists from it."""
