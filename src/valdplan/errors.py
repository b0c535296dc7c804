"""The one family of errors a user can fix by changing their input or command line, and how
a problem is shown: on one line, with nothing from an input file that a terminal would act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Control characters, line and paragraph separators, and the invisible format characters
# (bidi controls, zero-width characters, soft hyphen, BOM) that can hide or reorder text.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
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
        return f"{visible(self.path)}:{self.line}:{self.column}: warning: {visible(self.message)}"


class ValdplanError(Exception):
    """A problem the user can fix; the CLI prints its lines and exits with 1."""

    def lines(self) -> list[str]:
        """The lines to show the user, one problem per line."""
        return [f"error: {visible(str(self))}"]


class FileProblems(ValdplanError):
    """One or more problems in an input file, each with its line and column."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.column))
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        # FILE:LINE:COL lines stand alone, without a prefix, so editors and CI parse them.
        return [str(p) for p in self.problems]


class PlanNotFound(ValdplanError):
    """The plan file named by the user does not exist or cannot be read."""


class SelectionError(ValdplanError):
    """A filter names a body, level, focus area or action the plan does not have."""


class OutputProblem(ValdplanError):
    """A file or folder cannot be written."""


class TemplateProblem(ValdplanError):
    """A template is missing or broken (usually a user's override)."""


class FormatProblem(ValdplanError):
    """Formatting would change a file's data: a bug, so nothing is written."""
