"""CSV cells that a spreadsheet program opens safely: text that starts like a formula gets a
leading apostrophe (OWASP's guidance on CSV injection), and reading a cell back removes
exactly that apostrophe again.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a
formula by Excel or LibreOffice; so would one whose apostrophe a spreadsheet strips. Text that
itself starts with an apostrophe gets one more, so every text survives the round trip.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"


def neutralise(cell: str) -> str:
    """``cell`` safe to open in a spreadsheet program."""
    if cell.startswith(_FORMULA_STARTS) or cell.startswith(_GUARD):
        return _GUARD + cell
    return cell


def restore(cell: str) -> str:
    """The text ``neutralise`` was given, from what it returned."""
    if cell.startswith(_GUARD) and cell[1:].startswith((*_FORMULA_STARTS, _GUARD)):
        return cell[1:]
    return cell
