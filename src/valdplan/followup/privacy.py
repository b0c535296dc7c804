"""Spot personal data in follow-up comments before they become public documents.

Follow-up comments end up in reports that are allmänna handlingar. A Swedish personal
identity number (personnummer) or coordination number (samordningsnummer, day + 60) in a
comment is almost certainly a mistake; so is an e-mail address.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import Problem
from ..messages import N_, _

if TYPE_CHECKING:
    from ..files.yaml_events import YamlDocument
    from .models import FollowUp

# YYMMDD or YYYYMMDD, an optional - or +, then four digits; not part of a longer number.
_IDENTITY_NUMBER = re.compile(r"(?<![\d-])(?:19|20)?(\d{6})[-+]?(\d{4})(?![\d])")
# Linear on any input: a match may only start where a word starts (the lookbehind), and the
# possessive quantifiers never give characters back, so a 60,000-letter word without "@"
# costs one pass instead of one per letter.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
# What each kind of personal data is called in a warning.
_KIND_WORDS = {
    "personnummer": N_("personal identity number"),
    "samordningsnummer": N_("coordination number"),
    "e-mail address": N_("e-mail address"),
}
_COMMENT_WARNING = N_(
    "comment of {action} {body} seems to hold personal data ({kinds}); follow-up comments"
    " become public documents"
)
_EVIDENCE_WARNING = N_(
    "evidence of {action} {body} seems to hold personal data ({kinds}); follow-up comments"
    " become public documents"
)


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by Swedish identity numbers, over the ten digits YYMMDDNNNC."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def identity_number_kind(birth: str, serial: str) -> str | None:
    """ "personnummer" or "samordningsnummer" when YYMMDD + NNNC is a valid one, else None."""
    month, day = int(birth[2:4]), int(birth[4:6])
    if not 1 <= month <= 12 or not luhn_valid(birth + serial):
        return None
    if 1 <= day <= 31:
        return "personnummer"
    if 61 <= day <= 91:
        return "samordningsnummer"
    return None


def find_personal_data(text: str) -> list[str]:
    """What kinds of personal data ``text`` seems to hold, in order of appearance."""
    found = []
    for match in _IDENTITY_NUMBER.finditer(text):
        kind = identity_number_kind(match.group(1), match.group(2))
        if kind is not None:
            found.append(kind)
    if _EMAIL.search(text):
        found.append("e-mail address")
    return found


def personal_data_warnings(name: str, followup: FollowUp, document: YamlDocument) -> list[Problem]:
    """A located warning for every comment or evidence item that seems to hold personal data."""
    warnings = []
    for index, entry in enumerate(followup.entries):
        for key, texts in (("comment", [entry.comment]), ("evidence", list(entry.evidence))):
            template = _COMMENT_WARNING if key == "comment" else _EVIDENCE_WARNING
            for position, text in enumerate(texts):
                kinds = find_personal_data(text)
                if not kinds:
                    continue
                loc = (
                    ("entries", index, key)
                    if key == "comment"
                    else ("entries", index, key, position)
                )
                line, column = document.position(loc)
                warnings.append(
                    Problem(
                        name,
                        line,
                        column,
                        _(template).format(
                            action=entry.action,
                            body=entry.body,
                            kinds=", ".join(_(_KIND_WORDS[kind]) for kind in dict.fromkeys(kinds)),
                        ),
                    )
                )
    return warnings


def identity_number_problem(text: str) -> str | None:
    """The rule public records keep: the message when ``text`` holds a Swedish personnummer
    or samordningsnummer with a valid check digit, else None."""
    for match in _IDENTITY_NUMBER.finditer(text):
        kind = identity_number_kind(match.group(1), match.group(2))
        if kind is not None:
            return _(
                "holds a {kind} (with a valid check digit); follow-up files become public"
                " records, so valdplan does not write it: remove it"
            ).format(kind=_(_KIND_WORDS[kind]))
    return None
