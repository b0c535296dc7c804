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


def escape_markdown_lines(text: str, indent: int = 0) -> str:
    """``text`` escaped like ``escape_markdown`` but keeping its line breaks, as hard
    breaks (a backslash at the end of a line) continued at ``indent`` spaces, so that a
    comment of several lines stays in its list item."""
    lines = [escape_markdown(line) for line in text.splitlines() if line.strip()]
    return ("\\\n" + " " * indent).join(lines)


# What GitHub drops from a heading when it makes the heading's anchor: everything but
# letters, digits, spaces, hyphens and underscores.
_NOT_IN_SLUG = re.compile(r"[^\w\- ]")


def heading_slugs(headings: list[str]) -> list[str]:
    """The anchors GitHub gives ``headings`` (in document order), so that a Markdown table
    of contents can link to them: lower case, punctuation dropped, spaces as hyphens, and
    "-1", "-2" … after a repeated one."""
    seen: dict[str, int] = {}
    slugs = []
    for heading in headings:
        slug = _NOT_IN_SLUG.sub("", heading.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        slugs.append(f"{slug}-{count}" if count else slug)
    return slugs
