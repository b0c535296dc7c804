"""Spot personal data in follow-up comments before they become public documents.

Follow-up comments end up in reports that are allmänna handlingar. A Swedish personal
identity number (personnummer) or coordination number (samordningsnummer, day + 60) in a
comment is almost certainly a mistake: it is refused where a file is written and warned about
wherever one is read. An e-mail address or a phone number may be an office's, so it is
warned about once, by the command that writes it (``set``, ``import``, ``merge``), and by
``validate``; not again by every command that later reads the file.
"""

from __future__ import annotations

import re
from collections.abc import Set
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
# A Swedish phone number as people write it: 08-123 456 78, 070-123 45 67, 0701234567,
# +46 70 123 45 67, +46 (0)8-123 456 78: a 0 (or +46, 0046) and 7 to 9 more digits, single
# spaces or hyphens between. Not part of a longer number or code, so dates (2025-11-30), §
# numbers (§ 112), diarienummer (KS 2025/0123) and times (08.30) do not count; the repeat is
# bounded, so any text costs one pass.
_PHONE = re.compile(
    r"(?<![\w/§.,:+-])(?<!§ )(?:(?:\+|00)46[ -]?(?:\(0\)[ -]?)?|0)[1-9](?:[ -]?\d){6,8}"
    r"(?![\w/-]|[.,:]\d)"
)
# What each kind of personal data is called in a warning.
_KIND_WORDS = {
    "personnummer": N_("personal identity number"),
    "samordningsnummer": N_("coordination number"),
    "e-mail address": N_("e-mail address"),
    "phone number": N_("phone number"),
}
# The kinds warned about wherever a file is read, and those warned about where written.
IDENTITY_NUMBERS = frozenset({"personnummer", "samordningsnummer"})
CONTACT_DETAILS = frozenset({"e-mail address", "phone number"})
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
    if _PHONE.search(text):
        found.append("phone number")
    return found


def personal_data_warnings(
    name: str,
    followup: FollowUp,
    document: YamlDocument,
    kinds_warned: frozenset[str] = IDENTITY_NUMBERS,
    known: Set[tuple[tuple[str, str], str]] = frozenset(),
) -> list[Problem]:
    """A located warning for every comment or evidence item that seems to hold personal data
    of ``kinds_warned``, apart from the texts already ``known`` of their pair (``texts_of``
    the file as it was), so that an edit warns about what it writes and not the rest."""
    warnings = []
    for index, entry in enumerate(followup.entries):
        for key, texts in (("comment", [entry.comment]), ("evidence", list(entry.evidence))):
            template = _COMMENT_WARNING if key == "comment" else _EVIDENCE_WARNING
            for position, text in enumerate(texts):
                if (entry.pair, text) in known:
                    continue
                kinds = [kind for kind in find_personal_data(text) if kind in kinds_warned]
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


def assessment_warnings(name: str, followup: FollowUp, document: YamlDocument) -> list[Problem]:
    """A located warning for every text of the coordinator's part that seems to hold
    personal data."""
    from ..files.locations import format_loc
    from .assessment import assessment_texts

    warnings = []
    for loc, text in assessment_texts(followup):
        kinds = find_personal_data(text)
        if kinds:
            line, column = document.position(loc)
            message = _(
                "{field} seems to hold personal data ({kinds}); follow-up texts become public"
                " documents"
            ).format(
                field=format_loc(loc),
                kinds=", ".join(_(_KIND_WORDS[kind]) for kind in dict.fromkeys(kinds)),
            )
            warnings.append(Problem(name, line, column, message))
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


def texts_of(followup: FollowUp) -> set[tuple[tuple[str, str], str]]:
    """Every comment and evidence item of ``followup`` with its pair."""
    return {(e.pair, text) for e in followup.entries for text in (e.comment, *e.evidence)}


def contact_detail_warnings(
    name: str,
    followup: FollowUp,
    document: YamlDocument,
    known: Set[tuple[tuple[str, str], str]] = frozenset(),
) -> list[Problem]:
    """The warnings about e-mail addresses and phone numbers, given where a text is written:
    for every text of the file but those already ``known``."""
    return personal_data_warnings(name, followup, document, CONTACT_DETAILS, known)
