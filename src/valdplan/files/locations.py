"""Where a value sits in a YAML document, as a path of keys and list indexes, and how a
message names it (``focus_areas[0].actions[3]``). Apart from the reader, so that models and
cross-reference checks can name places without loading the YAML reader."""

from __future__ import annotations

Loc = tuple[str | int, ...]


def format_loc(loc: Loc) -> str:
    """``("focus_areas", 0, "actions", 3)`` as ``focus_areas[0].actions[3]``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
