"""The typer application object, its settings, and the one place where errors become exit
codes: 1 for problems the user can fix, 3 for bugs. Commands register themselves on ``app``
from their modules (``plan_commands`` and the others)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from ..errors import ValdplanError
from .options import GlobalPlanOption, GlobalTemplatesOption


class ValdplanGroup(TyperGroup):
    """Turns every ``ValdplanError`` into its lines on stderr and exit code 1, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ValdplanError as err:
            for line in err.lines():
                sys.stderr.write(line + "\n")
            raise typer.Exit(1) from None
        except Exception as err:
            # Exits and usage errors pass through; anything else is a bug in valdplan, and
            # still ends in one line rather than a traceback (VALDPLAN_DEBUG=1 shows it).
            import os

            if isinstance(err, typer.Exit | typer.Abort) or hasattr(err, "exit_code"):
                raise
            if os.environ.get("VALDPLAN_DEBUG"):
                raise
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
