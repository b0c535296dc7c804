"""The one family of errors a user can fix by changing their input or command line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in a file, printed as ``FILE:LINE:COL: message``."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ValdplanError(Exception):
    """A problem the user can fix; the CLI prints its lines and exits with 1."""

    def lines(self) -> list[str]:
        """The lines to show the user, one problem per line."""
        return [f"error: {self}"]


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
