"""Bidirectional isolation of free text: text that holds a right-to-left letter or a bidi
control is isolated from the words around it (U+2068 FIRST STRONG ISOLATE … U+2069 POP
DIRECTIONAL ISOLATE in Markdown and plain text, ``<bdi>`` in HTML), so that it can neither
reorder the labels, numbers and punctuation beside it nor be reordered by them.

Only such text is isolated: text of left-to-right letters and neutral characters alone lays
out the same inside an isolate as outside one in a left-to-right document (Unicode Bidirectional
Algorithm), so every ordinary document stays byte for byte as it was.
"""

from __future__ import annotations

import re

# The right-to-left scripts' blocks (Hebrew to Arabic Extended-A, the Hebrew and Arabic
# presentation forms, the right-to-left blocks of the supplementary planes), the
# right-to-left and Arabic letter marks and the embedding, override and isolate controls.
_NEEDS_ISOLATION = re.compile(
    "[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_ISOLATE_START = "\u2066\u2067\u2068"


def needs_isolation(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter or a bidi control."""
    return _NEEDS_ISOLATION.search(text) is not None


def balanced(text: str) -> str:
    """``text`` with its isolates balanced: without the isolate ends (U+2069) that close no
    isolate it opened itself, which would end the isolate around it early and let the rest
    out (alone in ``text`` they do nothing), and with an end for each isolate it leaves
    open, which would otherwise take the end meant for the isolate around it."""
    if not any(char in text for char in _ISOLATE_START + POP_DIRECTIONAL_ISOLATE):
        return text
    kept = []
    depth = 0
    for char in text:
        if char in _ISOLATE_START:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return "".join(kept) + POP_DIRECTIONAL_ISOLATE * depth


def isolate(text: str) -> str:
    """``text`` between U+2068 and U+2069 when it needs isolation, else unchanged."""
    if not needs_isolation(text):
        return text
    return f"{FIRST_STRONG_ISOLATE}{balanced(text)}{POP_DIRECTIONAL_ISOLATE}"


def isolate_html(value: object) -> object:
    """``value`` for an HTML page: text that needs isolation in ``<bdi>`` (escaped); other
    text, markup (already escaped, its parts isolated where they were written) and anything
    but text unchanged, for autoescaping to escape."""
    # Every value an HTML page writes comes here: most need nothing, and learn it first.
    if not isinstance(value, str) or _NEEDS_ISOLATION.search(value) is None:
        return value
    from markupsafe import Markup

    if isinstance(value, Markup):
        return value
    return Markup("<bdi>{}</bdi>").format(balanced(value))


def isolate_plain_html(value: object) -> object:
    """``value`` for an HTML context that holds text only (``<title>``, an attribute):
    isolated with U+2068/U+2069 and escaped, as markup the page's isolation leaves alone."""
    from markupsafe import Markup, escape

    if isinstance(value, Markup):
        return value
    return escape(isolate(str(value))) if isinstance(value, str) else Markup(escape(value))
