"""Escape plan text for Markdown, so that it is shown as written and never read as syntax."""

from __future__ import annotations

import re

# Characters with inline meaning in CommonMark/GFM. Block markers (#, -, 1.) only matter at
# the start of a line, and generated lines never start with plan text.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def escape_markdown(text: str) -> str:
    """``text`` on one line, with characters Markdown reads as inline syntax escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
