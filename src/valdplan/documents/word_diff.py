"""Which words of a text were removed and which were added, as segments a template marks up
(``<del>``/``<ins>`` in HTML, ``~~…~~``/``**…**`` in Markdown).

Words are whitespace-separated, punctuation included, so that every marked run starts and
ends at a space: Markdown's emphasis only opens and closes there reliably.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

Segment = dict[str, Any]  # {"kind": "text" | "del" | "ins", "text": str, "space": bool}

# Below this share of words in common, old and new are shown whole one after the other;
# so are short values (a name, a period), where an arrow reads better than marks.
SIMILAR = 0.4
MIN_WORDS = 4


def text(words: str, space: bool = False) -> Segment:
    """Unchanged text; ``space`` puts a space before it."""
    return {"kind": "text", "text": words, "space": space}


def similar(old: str, new: str) -> bool:
    """Whether ``new`` reads as an edit of ``old``: both are sentences rather than names,
    with enough words in common to mark."""
    before, after = old.split(), new.split()
    if min(len(before), len(after)) < MIN_WORDS:
        return False
    return SequenceMatcher(None, before, after, autojunk=False).ratio() >= SIMILAR


def word_diff(old: str, new: str) -> list[Segment]:
    """``new`` with the words of ``old`` it lost (``del``) and the words it gained (``ins``)
    in place; runs of changed words are one segment."""
    before, after = old.split(), new.split()
    segments: list[Segment] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(text(" ".join(after[j1:j2])))
            continue
        if i2 > i1:
            segments.append({"kind": "del", "text": " ".join(before[i1:i2]), "space": False})
        if j2 > j1:
            segments.append({"kind": "ins", "text": " ".join(after[j1:j2]), "space": False})
    for index, segment in enumerate(segments):
        segment["space"] = index > 0
    return segments


def has_changes(segments: list[Segment]) -> bool:
    """Whether any segment marks a removed or added word."""
    return any(segment["kind"] != "text" for segment in segments)
