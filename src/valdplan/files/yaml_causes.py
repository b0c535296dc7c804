"""The usual cause of a YAML syntax error, in plain words, where the person has to look.

libyaml says what it failed to find ("did not find expected key"), often far from the
mistake: an unclosed quote is reported where the parser next stumbles, lines later. A
newcomer's mistakes are few (a tab, an indentation that does not line up, a key without its
colon, a quote never closed, ": " inside a value), and each is recognisable from the
parser's phrase and the lines around it. Every check reads at most the lines up to the
error, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import Problem
from ..messages import N_, _

TAB = N_("a tab character; YAML indents with spaces only, so replace it with spaces")
INDENTATION = N_(
    "this line is indented differently from the lines it belongs with; indent it with as"
    " many spaces as them"
)
MISSING_COLON = N_("a key without its colon; write it as key: value")
UNCLOSED_QUOTE = N_("a quote that is never closed; end the text with {quote} on this line")
COLON_IN_VALUE = N_("': ' inside a value; put the whole value in double quotes")

_INDENTATION_PHRASES = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed in this context",
    "mapping values are not allowed here",
    "block sequence entries are not allowed in this context",
)
# A line's text outside comments: quoted scalars are skipped whole, so a "#" or a quote
# inside them counts for nothing.
_QUOTED = re.compile(r""""(?:[^"\\]|\\.)*+"|'(?:[^']|'')*+'""")
_KEY_VALUE = re.compile(r"\s*(?:- )?[^\s:#][^:#]*: +[^\s#]")


@dataclass(frozen=True)
class Cause:
    """A syntax error's usual cause (a msgid, with ``quote`` to fill in) and where it is."""

    message: str
    line: int  # 1-based
    column: int
    quote: str = ""


def _open_quote(line: str) -> int | None:
    """The column (0-based) of a quote on ``line`` that the line does not close."""
    rest = _QUOTED.sub(lambda m: " " * len(m.group()), line)
    for column, char in enumerate(rest):
        if char == "#" and (column == 0 or rest[column - 1] == " "):
            return None
        if char in "\"'" and (column == 0 or rest[column - 1] in " :-[{,"):
            return column
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _previous_content(lines: list[str], index: int) -> str | None:
    for line in reversed(lines[:index]):
        if line.strip() and not line.lstrip().startswith("#"):
            return line
    return None


def usual_cause(
    text: str, problem: str, line: int, column: int, context_line: int | None
) -> Cause | None:
    """The usual cause of the syntax error ``problem`` that the parser reported at ``line``
    and ``column`` (1-based; ``context_line``: where it began what it was reading), or None
    when it is none of the usual ones."""
    lines = text.splitlines()[:line]
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    # A tab: at the error, or in the indentation of the line the parser stopped on.
    leading = here[: _indent(here) + 1]
    if "tab" in problem or "\t" in leading:
        tab = here.find("\t")
        return Cause(TAB, line, tab + 1 if tab >= 0 else column)
    # A quote never closed (valdplan's files keep each quoted text on its line): the first
    # line up to the error that opens one and leaves it open.
    for number, candidate in enumerate(lines, start=1):
        opened = _open_quote(candidate)
        if opened is not None:
            return Cause(UNCLOSED_QUOTE, number, opened + 1, candidate[opened])
    if problem == "could not find expected ':'":
        where = context_line or line
        start = lines[where - 1] if 0 < where <= len(lines) else here
        return Cause(MISSING_COLON, where, _indent(start) + 1)
    if problem in _INDENTATION_PHRASES:
        previous = _previous_content(lines, line - 1)
        if problem.startswith("mapping values") and not (
            # A key deeper than a line that has a value of its own cannot belong to it.
            previous is not None
            and _indent(here) > _indent(previous)
            and _KEY_VALUE.match(previous)
        ):
            return Cause(COLON_IN_VALUE, line, column)
        return Cause(INDENTATION, line, _indent(here) + 1)
    return None


def syntax_problem(err: Exception, path: str, text: str) -> Problem:
    """The problem a YAML syntax error ``err`` of ``text`` is: its usual cause where one is
    known, else the parser's words in the user's language, located in ``path``."""
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    from .yaml_words import yaml_context, yaml_words

    phrase = getattr(err, "problem", None) or str(err).splitlines()[0]
    began = getattr(err, "context_mark", None)
    cause = usual_cause(text, phrase.strip(), line, column, began.line + 1 if began else None)
    if cause is not None:
        message = _(cause.message).format(quote=cause.quote)
        return Problem(
            path,
            cause.line,
            cause.column,
            _("YAML syntax error: {problem}").format(problem=message),
        )
    problem = yaml_words(phrase)
    context = yaml_context(getattr(err, "context", None) or "")
    if context:
        message = _("YAML syntax error: {problem} ({context})").format(
            problem=problem, context=context
        )
    else:
        message = _("YAML syntax error: {problem}").format(problem=problem)
    return Problem(path, line, column, message)
