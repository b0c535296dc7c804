"""Text inside an inline style sheet: plan text as a CSS string, and a label with page
numbers as the ``content`` of a page-margin box (the running header and footer of print)."""

from __future__ import annotations

import re

from markupsafe import Markup

from .bidi import isolate

# Characters a CSS string may hold as they are; everything else is written as a hex escape,
# so that no quote, backslash, "<" (as in "</style>") or control character reaches the sheet.
_PLAIN = re.compile(r"[\w .,:;!?()/+–—·-]")
_COUNTER = re.compile(r"\{(page|pages)\}")


def css_string(text: str) -> Markup:
    """``text`` as a quoted CSS string, safe inside ``<style>`` (HTML escaping does not
    apply there, so it is done here); isolated when it holds right-to-left letters or bidi
    controls (``bidi.isolate``)."""
    escaped = "".join(
        ch if _PLAIN.fullmatch(ch) else f"\\{ord(ch):06x}"
        for ch in re.sub(r"\s+", " ", isolate(text))
    )
    return Markup(f'"{escaped}"')


def css_counter_content(label: str) -> Markup:
    """A label such as "Sida {page} av {pages}" as a ``content`` value: the words as CSS
    strings and the placeholders as the page counters."""
    parts = []
    for index, piece in enumerate(_COUNTER.split(label)):
        if index % 2:
            parts.append(f"counter({piece})")
        elif piece:
            parts.append(str(css_string(piece)))
    return Markup(" ".join(parts))
