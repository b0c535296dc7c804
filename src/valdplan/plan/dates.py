"""The date rule: a date is a real day written YYYY-MM-DD, and every way a date comes in (a
file, an option, a spreadsheet cell) says the same when it is not one."""

from __future__ import annotations

import re

from ..errors import RuleBroken
from ..messages import _

# The one example date of every message and help text.
EXAMPLE_DATE = "2025-11-30"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value: str) -> str:
    """``value`` if it is a real date written YYYY-MM-DD; raises ValueError otherwise."""
    import datetime

    if not _ISO_DATE.fullmatch(value):
        raise ValueError(value)
    return datetime.date.fromisoformat(value).isoformat()


def checked_date(value: str) -> str:
    """``value`` as a date YYYY-MM-DD, or ``RuleBroken`` with the date rule's message."""
    try:
        return iso_date(value)
    except ValueError:
        raise RuleBroken(
            _("'{value}' is not a date; write it as YYYY-MM-DD, e.g. {example}").format(
                value=value[:40], example=EXAMPLE_DATE
            )
        ) from None
