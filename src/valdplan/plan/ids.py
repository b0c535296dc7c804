"""Action id styles: what a plan's action ids look like (``N:M``, ``N.M`` or free), the
problem with an id that does not fit, how an id a user types is read, and its HTML anchor.

A plan declares its style with ``id_style``; ``N:M`` is the default. In the numbered styles
``N`` is the focus area's number and ``M`` the action's number in it, with an optional
lowercase letter (``4:10a``). Ids are never sorted: actions keep their document order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Literal

from ..messages import _

IdStyle = Literal["N:M", "N.M", "free"]
ID_STYLES: tuple[IdStyle, ...] = ("N:M", "N.M", "free")
DEFAULT_ID_STYLE: IdStyle = "N:M"

# The separator between focus area and number in the numbered styles.
SEPARATORS: dict[IdStyle, str] = {"N:M": ":", "N.M": "."}

# JSON Schema (ECMA) and Python agree on these patterns: ASCII only, no \w or \d.
PATTERNS: dict[IdStyle, str] = {
    "N:M": "^[1-9][0-9]*:[1-9][0-9]*[a-z]?$",
    "N.M": "^[1-9][0-9]*[.][1-9][0-9]*[a-z]?$",
    "free": "^[A-Za-z0-9]+([.:_-][A-Za-z0-9]+)*$",
}
_COMPILED = {style: re.compile(pattern) for style, pattern in PATTERNS.items()}

# What users may type before an id: "Åtgärd 4:4" as Swedish pages print it, "Action 4:4" as
# English ones do.
_PREFIXES = ("åtgärd", "action")


def id_style_of(data: object) -> IdStyle | None:
    """The id style a plan's raw data declares (the default when it declares none), or None
    when the declared value is not a style (the models report that)."""
    declared = data.get("id_style") if isinstance(data, Mapping) else None
    if declared is None:
        return DEFAULT_ID_STYLE
    return declared if declared in ID_STYLES else None


def id_problem(action_id: str, style: IdStyle, area_number: str | None) -> str | None:
    """Why ``action_id`` does not fit ``style`` in the focus area numbered ``area_number``
    (None when unknown), or None when it fits."""
    if not _COMPILED[style].fullmatch(action_id):
        value = action_id[:60]
        if style == "N:M":
            return _(
                "'{value}' is not an action id: write it as printed, focus area and number"
                ' in quotes (e.g. "1:1")'
            ).format(value=value)
        if style == "N.M":
            return _(
                "'{value}' is not an action id: write it as printed, focus area, a dot and"
                ' the number in quotes (e.g. "1.1")'
            ).format(value=value)
        return _(
            "'{value}' is not an action id: use letters and digits, with a single . : _ or -"
            " between them (e.g. A1 or 2.3b)"
        ).format(value=value)
    if style in SEPARATORS and area_number is not None:
        prefix = area_number + SEPARATORS[style]
        if not action_id.startswith(prefix):
            return _(
                "action '{id}' is in focus area {number}; its id must start with '{prefix}'"
            ).format(id=action_id, number=area_number, prefix=prefix)
    return None


def typed_id(typed: str, style: IdStyle) -> str:
    """The id a user means by ``typed``: "Åtgärd 4:4" is 4:4, and in the numbered styles
    the other separator works too ("4.4" for 4:4, "4:4" for 4.4)."""
    text = unicodedata.normalize("NFC", typed).strip()
    for prefix in _PREFIXES:
        if text.casefold().startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    if style == "N:M":
        return text.replace(".", ":")
    if style == "N.M":
        return text.replace(":", ".")
    return text


def area_prefix(action_id: str, style: IdStyle) -> str | None:
    """The focus area number an id in a numbered style starts with, else None."""
    separator = SEPARATORS.get(style)
    if separator is None or separator not in action_id:
        return None
    return action_id.split(separator, 1)[0]


def anchor(action_id: str) -> str:
    """The HTML id of an action in a checklist: ``atgard-4-4`` for 4:4 (and for 4.4)."""
    return "atgard-" + re.sub(r"[^A-Za-z0-9_-]", "-", action_id)
