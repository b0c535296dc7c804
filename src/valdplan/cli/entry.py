"""The console script's first step: Ctrl-C while Python is still importing valdplan ends the
run with one line and exit code 130, like Ctrl-C at any later moment (``cli.app``), instead
of a traceback from whichever import it interrupted."""

from __future__ import annotations

import os
import signal
from types import FrameType


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    # Nothing is written or locked yet, so there is nothing to clean up.
    # os.write: the stream objects may be half made, and the signal may interrupt them.
    os.write(2, b"Aborted!\n")
    os._exit(130)


def main() -> None:
    """Console-script entry point: guard the start-up, then run ``cli.main.main``."""
    previous = signal.signal(signal.SIGINT, _interrupted_while_starting)
    from .main import main as run

    signal.signal(signal.SIGINT, previous)
    run()
