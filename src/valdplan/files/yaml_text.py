"""How valdplan writes YAML: one rule for scalars, shared by the files it writes afresh and
by ``valdplan fmt``, so that what it writes always reads back as exactly the same text.

A scalar is plain where YAML allows it and double-quoted everywhere else; never single
quotes, never line folding (a long comment stays on one line, whatever its length). The
double-quoted form escapes everything YAML would not keep as is (line breaks, tabs, control
characters, U+0085, U+2028, U+2029, U+FEFF), so leading and trailing spaces, quotes,
backslashes and newlines survive exactly.
"""

from __future__ import annotations

import functools
import io
import re
import sys
from typing import Any

# Plain scalars valdplan can tell are safe by one linear regular expression: a letter first,
# then no line break, no ": ", no " #", no trailing space, no character YAML would escape.
# Everything it accepts, ruamel.yaml writes plain too (a test checks this with hypothesis).
_SAFE_CHAR = r"[^\s:#\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
_SAFE_PLAIN = re.compile(rf"[^\W\d_](?:{_SAFE_CHAR}|:(?={_SAFE_CHAR})|(?<! )#| (?={_SAFE_CHAR}))*+")
# Words that YAML 1.1 or 1.2 tools read as booleans or null when plain.
_RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
# Longer text is double-quoted unless the fast rule allows it plain, so that deciding costs
# no more than one regular expression however long the text is.
LONG_TEXT = 1000

_ESCAPES = {
    "\0": "0", "\x07": "a", "\x08": "b", "\t": "t", "\n": "n", "\x0b": "v", "\x0c": "f",
    "\r": "r", "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\u2028": "L", "\u2029": "P",
}  # fmt: skip
_NEEDS_ESCAPE = re.compile(
    '["\\\\\x85\u2028\u2029\ufeff]|[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]'
)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return "\\" + _ESCAPES[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02X}"
    if code <= 0xFFFF:
        return f"\\u{code:04X}"
    return f"\\U{code:08X}"


def double_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar on one line."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def safe_plain(text: str) -> bool:
    """Whether ``text`` can be written plain by the fast rule."""
    return _SAFE_PLAIN.fullmatch(text) is not None and text.casefold() not in _RESERVED


def scalar(text: str) -> str:
    """``text`` as valdplan writes a scalar in block context: plain where YAML allows, else
    double-quoted; the same as ``valdplan fmt`` writes it."""
    if safe_plain(text):
        return text
    if not text:
        return '""'
    if len(text) > LONG_TEXT:
        return double_quoted(text)
    return _scalar_by_ruamel(text)


@functools.lru_cache(maxsize=4096)
def _scalar_by_ruamel(text: str) -> str:
    """What ``valdplan fmt`` writes for a short ``text`` the fast rule cannot decide."""
    out = io.StringIO()
    round_trip_yaml().dump({"k": text}, out)
    return out.getvalue()[3:].rstrip("\n")


@functools.cache
def round_trip_yaml() -> Any:
    """ruamel.yaml set up for valdplan's layout: dates stay text, double quotes where a
    scalar cannot be plain (written by ``double_quoted``), no line folding, two-space
    indentation with list dashes indented under their key."""
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.emitter import Emitter

    class Constructor(RoundTripConstructor):
        """Dates stay text, as valdplan's own reader keeps them."""

    Constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
    )

    class ValdplanEmitter(Emitter):
        """Plain or double-quoted, decided and written by valdplan's rule."""

        def choose_scalar_style(self) -> Any:
            style = super().choose_scalar_style()
            value = self.event.value
            if style == "'":
                return '"'
            is_text = self.event.tag in (None, "tag:yaml.org,2002:str")
            if style == "" and is_text and len(value) > LONG_TEXT and not safe_plain(value):
                return '"'
            return style

        def write_double_quoted(self, text: Any, split: Any = True) -> None:
            self.write_indicator(double_quoted(text), True)

    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    yaml.Emitter = ValdplanEmitter
    yaml.preserve_quotes = False
    yaml.width = sys.maxsize
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml
