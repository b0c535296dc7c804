"""What a spreadsheet cell can hold, so that a value valdplan writes to a sheet comes back
exactly or is refused before anything is written.

Excel keeps at most 32,767 characters in a cell and cuts the rest when it opens a file; XML
(an xlsx file is XML) cannot hold most control characters, lone surrogates, U+FFFE or U+FFFF.
Excel writes a character XML cannot hold as ``_xHHHH_`` and reads every such sequence back as
that character, so a text that itself holds ``_x0041_`` is written with its underscore
escaped (``_x005F_``), and reading undoes exactly that.
"""

from __future__ import annotations

import re

from ..messages import _

MAX_CELL = 32_767
# XML 1.0 characters are tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and
# U+10000 upwards; everything else cannot be written to an xlsx file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")
_EXCEL_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def cell_problem(text: str) -> str | None:
    """Why ``text`` cannot be put in a spreadsheet cell unchanged, or None."""
    if len(text) > MAX_CELL:
        return _(
            "{length} characters; a spreadsheet cell holds at most {limit}, so the rest would be"
            " cut off"
        ).format(length=len(text), limit=MAX_CELL)
    found = _NOT_XML.search(text)
    if found is not None:
        return _("holds U+{code}, which a spreadsheet cannot hold").format(
            code=f"{ord(found.group()):04X}"
        )
    return None


def to_excel_text(text: str) -> str:
    """``text`` as an xlsx string that Excel reads back as ``text``."""
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", text)


def from_excel_text(text: str) -> str:
    """The text an xlsx string stands for (``_xHHHH_`` sequences decoded, as Excel does)."""
    if "_x" not in text:
        return text
    return _EXCEL_ESCAPED.sub(lambda found: chr(int(found.group(1), 16)), text)


def column_letter(column: int) -> str:
    """The spreadsheet name of the 0-based ``column``: 0 is A, 26 is AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
