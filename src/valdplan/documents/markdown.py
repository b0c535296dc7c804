"""Escape plan text for Markdown, so that it is shown as written and never read as syntax."""

from __future__ import annotations

import re

# Characters with inline meaning in CommonMark/GFM, escaped wherever they stand.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
# What makes a line a heading, a list item or a setext underline when it starts the line:
# "#", "-", "+", "=" and "1." or "1)". (">", "|", fences and "*" are escaped above.)
_BLOCK_START = re.compile(r"^(?:([#+=-])|([0-9]{1,9})([.)]))")


def _block(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def escape_markdown(text: str) -> str:
    """``text`` on one line, with everything Markdown would read as syntax escaped: inline
    characters anywhere, and block markers at its start (templates may put it at the start
    of a line, as they do the organisation's name)."""
    one_line = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK_START.sub(_block, one_line, count=1)
