"""Escape plan text for Markdown, so that it is shown as written and never read as syntax."""

from __future__ import annotations

import re

from .bidi import isolate

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
    of a line, as they do the organisation's name); web addresses in it stay text (GitHub
    would make links of them); isolated (U+2068 … U+2069) when it holds right-to-left
    letters or bidi controls (``bidi.isolate``). The one Markdown escaper: every plan and
    follow-up text in Markdown goes through it."""
    return _escaped(_AUTOLINK.sub(_defused, _escaped_inline(text)))


# What GitHub's renderer would make a link of in text (its "extended autolinks"): a scheme
# and "://", or "www.". A backslash before the colon or the dot keeps them text. (An e-mail
# address it links whatever is escaped, showing the address as it is.)
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp)(:)//|\bwww(\.)")


def _defused(match: re.Match[str]) -> str:
    start = match.start(1) if match.group(1) else match.start(2)
    found = match.group()
    cut = start - match.start()
    return found[:cut] + "\\" + found[cut:]


def _escaped_inline(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _escaped(inline: str) -> str:
    return isolate(_BLOCK_START.sub(_block, inline, count=1))


# What cannot stand in a link destination between < and >: the brackets, a backslash,
# white space and control characters. Written percent-encoded, as a browser would send them.
_NOT_IN_DESTINATION = re.compile(r"[<>\\\s\x00-\x1f\x7f]")


def escape_link_destination(address: str) -> str:
    """``address`` as a Markdown link destination (written between < and >): the characters
    that would end it or break its line percent-encoded."""
    return _NOT_IN_DESTINATION.sub(
        lambda match: "".join(f"%{byte:02X}" for byte in match.group().encode()), str(address)
    )


def markdown_link(text: str, address: str | None) -> str:
    """``text`` as a link to ``address`` (``[text](<address>)``), or as escaped text when
    there is no address (``links.web_address`` decides what is one)."""
    if not address:
        return escape_markdown(text)
    # No autolink inside a link's text: its addresses are shown as they are.
    shown = _escaped(_escaped_inline(text))
    return f"[{shown}](<{escape_link_destination(address)}>)"


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
