"""The one family of errors a user can fix by changing their input or command line, and how
a problem is shown: on one line, with nothing from an input file that a terminal would act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .messages import N_, _

# Control characters, line and paragraph separators, and the invisible format characters
# (bidi controls, zero-width characters, soft hyphen, BOM) that can hide or reorder text.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029"
    "\u2060-\u2064\u2066-\u2069\ud800-\udfff\ufeff\ufff9-\ufffb]"
)
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` on one line with every control or invisible character written as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``): what reaches a terminal can neither forge a line nor
    send it commands nor hide what it says."""
    return _INVISIBLE.sub(_escape, text)


@dataclass(frozen=True)
class Problem:
    """One problem in a file, printed as ``FILE:LINE:COL: message``."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{visible(self.path)}:{self.line}:{self.column}: {visible(self.message)}"

    def warning_line(self) -> str:
        """The problem as a warning: ``FILE:LINE:COL: warning: message``."""
        where = f"{visible(self.path)}:{self.line}:{self.column}"
        return _("{where}: warning: {message}").format(where=where, message=visible(self.message))


class ValdplanError(Exception):
    """A problem the user can fix; the CLI prints its lines and exits with 1."""

    def lines(self) -> list[str]:
        """The lines to show the user, one problem per line."""
        return [_("error: {message}").format(message=visible(str(self)))]


class FileProblems(ValdplanError):
    """One or more problems in an input file, each with its line and column."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.column))
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        # FILE:LINE:COL lines stand alone, without a prefix, so editors and CI parse them.
        return [str(p) for p in self.problems]


class RuleBroken(ValdplanError):
    """A value breaks one of valdplan's rules for it. The message is the rule's own, the same
    whichever way the value came in (a file, an option, a spreadsheet row); each way adds
    only where the value stood. ``field`` names the value's field when the value was given
    on its own (the command line shows it as the option of that name)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PlanNotFound(ValdplanError):
    """The plan file named by the user does not exist or cannot be read."""


class SelectionError(ValdplanError):
    """A filter names a body, level, focus area or action the plan does not have."""


class OutputProblem(ValdplanError):
    """A file or folder cannot be written."""


class TemplateProblem(ValdplanError):
    """A template is missing or broken (usually a user's override)."""


class NetworkProblem(ValdplanError):
    """A web service (Kolada) cannot be reached or gives an answer valdplan cannot use."""


class FormatProblem(ValdplanError):
    """Formatting would change a file's data: a bug, so nothing is written."""


# What an operating-system error means, in the user's language (strerror is in the C
# library's language, usually English).
_OS_REASONS = {
    "ENOENT": N_("no such file or folder"),
    "EACCES": N_("permission denied"),
    "EPERM": N_("operation not permitted"),
    "ENOSPC": N_("no space left on the device"),
    "EDQUOT": N_("disk quota exceeded"),
    "EROFS": N_("read-only file system"),
    "ENOTDIR": N_("a part of the path is not a folder"),
    "EISDIR": N_("is a folder"),
    "ENAMETOOLONG": N_("the name is too long"),
    "EEXIST": N_("it exists already"),
    "EBADF": N_("the stream is closed"),
    "EIO": N_("input/output error"),
    "EFBIG": N_("the file is too large"),
    "ELOOP": N_("too many levels of symbolic links"),
    "ENXIO": N_("no reader or device at the other end"),
    "EPIPE": N_("the reader went away"),
    "EMFILE": N_("too many open files"),
    "EBUSY": N_("the device or file is busy"),
}


def reason(err: OSError) -> str:
    """Why an operating-system call failed, in words of the user's language."""
    import errno

    name = errno.errorcode.get(err.errno or 0, "")
    if name in _OS_REASONS:
        return _(_OS_REASONS[name])
    return err.strerror or str(err)
