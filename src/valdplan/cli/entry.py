"""The console script's first step: Ctrl-C at any moment ends the run with one line and exit
code 130, never a traceback.

Importing this module (the console script and ``python -m valdplan`` do it first) makes
Ctrl-C end the process at once: nothing is written or locked yet. ``main`` then turns Ctrl-C
into ``Interrupted``, an exception no ``except Exception`` and no library (typer turns a
``KeyboardInterrupt`` into a silent exit 130) can swallow, so that every ``finally`` of the
run still removes its temporary files and releases its locks before the one line is said.
Before this module runs, Ctrl-C is Python's own (its start-up takes a few milliseconds).
"""

import os
import signal
import sys


def _stop_now(signum: int, frame: object) -> None:
    # os.write: the stream objects may be half made, and the signal may interrupt them.
    os.write(2, (_aborted() + "\n").encode("utf-8", "replace"))
    os._exit(130)


signal.signal(signal.SIGINT, _stop_now)


class Interrupted(BaseException):
    """Ctrl-C during a run (a BaseException, as KeyboardInterrupt is)."""


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted


def _aborted() -> str:
    """ "Aborted!" in the run's language once the messages are set up."""
    messages = sys.modules.get("valdplan.messages")
    try:
        return messages._("Aborted!") if messages is not None else "Aborted!"
    except Exception:
        return "Aborted!"


def main() -> None:
    """Console-script entry point: run ``cli.main.main`` with Ctrl-C as ``Interrupted``."""
    # Looking for pydantic plugins reads the metadata of every installed distribution (some
    # 20 ms of CPU, a tenth of a query with an empty cache); the command line's own models
    # have no use for a plugin. A value the user set is kept (pydantic's documented switch).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        signal.signal(signal.SIGINT, _interrupt)
        from .main import main as run

        run()
    except Interrupted:
        # A second Ctrl-C from here on ends the process at once, with the same line.
        signal.signal(signal.SIGINT, _stop_now)
        import contextlib

        for stream in (sys.stdout, sys.stderr):  # what the run had said before it
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()
        _stop_now(signal.SIGINT, None)
