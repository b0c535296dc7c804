"""Read input files safely: a size limit, clear messages for missing or unreadable files,
and text decoding that accepts UTF-8 (with or without BOM) and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import FileProblems, Problem, reason
from ..messages import _

# A 12,000-action plan is about 5 MB; refusing far larger files bounds time and memory.
MAX_BYTES = 32_000_000
# The largest file in a templates folder that valdplan reads (a Jinja template, a Word
# template with its pictures); a larger one there is someone's archive, never read.
MAX_TEMPLATE_BYTES = 10_000_000
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_source(path: Path, shown_as: str | None = None) -> bytes:
    """The bytes of the file at ``path``; problems are located in ``shown_as``."""
    import os
    import stat

    name = shown_as if shown_as is not None else str(path)
    try:
        # Non-blocking, so that opening a named pipe returns at once instead of waiting for
        # a writer; a regular file reads as ever.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        with os.fdopen(descriptor, "rb") as handle:
            mode = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(path)
            if not stat.S_ISREG(mode):
                message = _("is a named pipe, socket or device, not a file")
                raise FileProblems([Problem(name, 1, 1, message)])
            raw = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise FileProblems([Problem(name, 1, 1, _("is a folder, not a file"))]) from None
    except FileNotFoundError:
        if os.path.islink(path):
            message = _("is a link to {target}, which cannot be reached").format(
                target=os.readlink(path)
            )
            raise FileProblems([Problem(name, 1, 1, message)]) from None
        raise FileProblems([Problem(name, 1, 1, _("no such file"))]) from None
    except OSError as err:
        message = _("cannot read: {reason}").format(reason=reason(err))
        raise FileProblems([Problem(name, 1, 1, message)]) from None
    if len(raw) > MAX_BYTES:
        message = _("file is larger than {size} MB; refusing to read it").format(
            size=MAX_BYTES // 1_000_000
        )
        raise FileProblems([Problem(name, 1, 1, message)])
    return raw


def decode(raw: bytes, path: str) -> str:
    """UTF-8 text of ``raw`` (a UTF-8 BOM is accepted), or a located problem."""
    if raw.startswith(_UTF16_BOMS):
        raise FileProblems([Problem(path, 1, 1, _("file is UTF-16; save it as UTF-8"))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
        before = raw[start : err.start]
        line = before.count(b"\n") + 1
        column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        byte = raw[err.start]
        message = _("not valid UTF-8 (byte 0x{byte:02x}); save the file as UTF-8").format(byte=byte)
        raise FileProblems([Problem(path, line, column, message)]) from None
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise FileProblems([Problem(path, line, column, _("NUL byte in a text file"))])
    return text


def read_regular_file(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes, else None
    (missing, a symbolic link, a pipe or device, too large, unreadable).

    For files valdplan keeps itself (cache entries, files in an output folder): a link is
    never followed and a pipe never waited for, so a planted link or pipe costs nothing.
    """
    import os
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode) or found.st_size > limit:
            return None
        try:
            data = handle.read(limit + 1)
        except OSError:
            return None
    return data if len(data) <= limit else None


def read_template_file(path: Path) -> bytes | OSError | None:
    """The bytes of the template file ``path`` (links followed, as a user may keep templates
    elsewhere); None when it is not a regular file or larger than ``MAX_TEMPLATE_BYTES``, the
    error when it cannot be read. Never waits on a pipe and never reads more than the cap."""
    import os
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as err:
        return err
    with os.fdopen(descriptor, "rb") as handle:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_TEMPLATE_BYTES:
            return None
        try:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
        except OSError as err:
            return err
    return data if len(data) <= MAX_TEMPLATE_BYTES else None


# Invisible format characters (bidi controls, zero-width characters, soft hyphen, BOM inside
# the text): allowed in free text, but worth a warning, since readers cannot see them.
# C0 and C1 controls but tab and newline, and the Unicode line and paragraph separators, which
# YAML 1.1 tools and terminals treat as line breaks: text values may not hold them.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_MAX_WARNINGS = 20


def invisible_character_warnings(text: str, name: str) -> list[Problem]:
    """A warning for each invisible character in ``text`` (the first few of them): typed
    as it is, or written as a YAML escape (``"\\u202e"``), which only the scalar's value
    shows."""
    warnings = [
        _invisible_warning(name, text, match.start(), match.group())
        for _number, match in zip(range(_MAX_WARNINGS), INVISIBLE.finditer(text), strict=False)
    ]
    if len(warnings) < _MAX_WARNINGS and _ESCAPE.search(text):
        warnings += _escaped_invisible_warnings(text, name)[: _MAX_WARNINGS - len(warnings)]
    return warnings


# A YAML double-quoted escape that can stand for a format character.
_ESCAPE = re.compile(r"\\(?:[xuU][0-9a-fA-F]{2}|[_NLP])")


def _escaped_invisible_warnings(text: str, name: str) -> list[Problem]:
    """Warnings for the invisible characters in scalar values that the text does not hold
    as typed (escapes): found in the values themselves, at each value's position."""
    from .yaml_events import read_yaml_text

    try:
        document = read_yaml_text(text, name)
    except FileProblems:
        return []  # the file's own problems are reported where it is loaded
    warnings = []
    stack: list[tuple[tuple[str | int, ...], object]] = [((), document.data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            stack += [((*loc, key), item) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [((*loc, index), item) for index, item in enumerate(value)]
        elif isinstance(value, str) and loc in document.spans:
            start, end = document.spans[loc]
            typed = text[start:end]
            for char in dict.fromkeys(INVISIBLE.findall(value)):
                if char not in typed:
                    line, column = document.position(loc)
                    warnings.append(_invisible_warning(name, text, None, char, (line, column)))
    return sorted(warnings, key=lambda problem: (problem.line, problem.column))


def _invisible_warning(
    name: str,
    text: str,
    start: int | None,
    char: str,
    position: tuple[int, int] | None = None,
) -> Problem:
    import unicodedata

    if position is None:
        assert start is not None
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
    else:
        line, column = position
    described = f"U+{ord(char):04X} {unicodedata.name(char, 'FORMAT CHARACTER')}"
    return Problem(
        name,
        line,
        column,
        _(
            "invisible character {character}: readers cannot see it, and it can hide or"
            " reorder the text around it; remove it unless it is meant"
        ).format(character=described),
    )
