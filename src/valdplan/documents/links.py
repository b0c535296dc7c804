"""The one rule of what plan or follow-up text becomes a link: one line holding only a web
(``http``, ``https``) or e-mail (``mailto``) address. Anything else (a reference such as
"Protokoll SN § 112", a ``javascript:`` or ``data:`` address, an address with a line break,
a space or an invisible character in it) stays text."""

from __future__ import annotations

import re

from ..files.reading import CONTROL, INVISIBLE

_ADDRESS = re.compile(r"(?:https?://[^\s/$.?#]|mailto:[^\s@])[^\s<>\"'`\\]*", re.IGNORECASE)


def web_address(text: str) -> str | None:
    """The address ``text`` is (without the spaces around it), or None when it is not one
    line of an http(s) or mailto address alone."""
    address = text.strip()
    if not _ADDRESS.fullmatch(address) or CONTROL.search(address) or INVISIBLE.search(address):
        return None
    return address
