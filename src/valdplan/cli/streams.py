"""The process's surroundings made safe before a command runs, and trouble with them told
apart from bugs: a closed standard output, a reader that went away, a full disk, an encoding
that cannot hold the text, a bad ``COLUMNS``, a deleted working directory. None of these is a
bug in valdplan, so none of them ends in exit code 3.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from typing import Any

# What a closed pipe does to a writer; cat exits like this (killed by SIGPIPE: 128 + 13).
PIPE_CLOSED_EXIT = 141


class _ClosedStream(io.TextIOBase):
    """Stands in for a standard stream the shell closed (``valdplan actions >&-``)."""

    def __init__(self, name: str) -> None:
        self.stream_name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"standard {self.stream_name} is closed")

    def isatty(self) -> bool:
        return False


def _utf8_capable(stream: Any) -> bool:
    try:
        return codecs.lookup(stream.encoding or "ascii").name in ("utf-8", "utf-16", "utf-32")
    except LookupError:
        return False


def prepare() -> None:
    """Make the standard streams and the environment safe for any command."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream("output")
    if sys.stderr is None:
        sys.stderr = _ClosedStream("error")
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _utf8_capable(stream):
            # A file or pipe gets UTF-8, as every format valdplan writes is UTF-8; a terminal
            # in a foreign encoding gets its encoding, with ? for what it cannot show.
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")
    for variable in ("COLUMNS", "LINES"):
        value = os.environ.get(variable)
        if value is not None and not (value.isdigit() and int(value) > 0):
            del os.environ[variable]  # rich and click would print nothing, or fail


def is_output_trouble(err: OSError) -> bool:
    """Whether ``err`` is writing the output failing: a reader that went away, a full disk,
    a closed stream."""
    return isinstance(err, BrokenPipeError) or err.errno in (
        errno.EPIPE,
        errno.ENOSPC,
        errno.EBADF,
        errno.EIO,
        errno.EDQUOT,
        errno.EFBIG,
    )


def silence_stdout() -> None:
    """Point standard output at the null device, so that flushing it at exit cannot fail
    again after the reader went away or the disk filled."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
