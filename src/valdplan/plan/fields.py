"""The value types of plan files: text, names and ids, with the rules and messages for each
(dates: ``dates``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..files.reading import CONTROL, INVISIBLE
from ..messages import N_, _

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def no_control_characters(value: str) -> str:
    """``value`` if it holds no control characters but newlines and tabs (they break HTML,
    spreadsheets and terminals)."""
    found = CONTROL.search(value)
    if found:
        raise PydanticCustomError(
            "control_character",
            _("holds the control character U+{code}; remove it"),
            {"code": f"{ord(found.group()):04X}"},
        )
    return value


def _not_blank(value: str) -> str:
    if not value or value.isspace():  # as "not value.strip()", without copying the text
        raise PydanticCustomError("blank_text", _("must not be empty"))
    return no_control_characters(value)


def invisible_characters(value: str) -> list[str]:
    """The invisible format characters in ``value``, as ``U+200B ZERO WIDTH SPACE``."""
    import unicodedata

    return [
        f"U+{ord(char):04X} {unicodedata.name(char, 'FORMAT CHARACTER')}"
        for char in dict.fromkeys(INVISIBLE.findall(value))
    ]


def _plain_name(value: str) -> str:
    found = invisible_characters(value)
    if found:
        raise PydanticCustomError(
            "invisible_character",
            _(
                "holds {found}, an invisible character; names must be plain text that readers"
                " can tell apart"
            ),
            {"found": found[0]},
        )
    return _not_blank(value)


def _id_rule(pattern: re.Pattern[str], kind: str, message: str) -> Callable[[str], str]:
    """A validator that takes values matching ``pattern`` and refuses others with
    ``message`` (a msgid with ``{value}``), said in the user's language when it fails."""

    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise PydanticCustomError(kind, _(message), {"value": value[:60]})
        return value

    return check


def _slug(value: str) -> str:
    """``value`` if it is an id; refused with the id it would make as the example (a level
    named Universell gets 'universell', not a body's id)."""
    if SLUG.fullmatch(value):
        return value
    from ..files.folder import slugify

    example = slugify(value[:60])
    if example:
        message = _(
            "'{value}' is not a valid id: use lowercase ASCII letters, digits and hyphens,"
            " such as '{example}'"
        )
    else:
        message = _("'{value}' is not a valid id: use lowercase ASCII letters, digits and hyphens")
    raise PydanticCustomError("slug", message, {"value": value[:60], "example": example})


def _none_is_empty(value: object) -> object:
    return () if value is None else value


# The validators give the messages; WithJsonSchema tells editors the same rules.
Text = Annotated[
    str,
    AfterValidator(_not_blank),
    WithJsonSchema({"type": "string", "minLength": 1, "pattern": "\\S"}),
]
# A name readers choose by (a body, a level, a focus area): text without invisible characters.
Name = Annotated[
    str,
    AfterValidator(_plain_name),
    WithJsonSchema({"type": "string", "minLength": 1, "pattern": "\\S"}),
]
Slug = Annotated[
    str,
    AfterValidator(_slug),
    WithJsonSchema({"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"}),
]
# How an action id must look depends on the plan's id style (``ids``), so the plan's
# reference checks judge ids; here an id is text, and the plan's schema adds the pattern.
ActionId = Text
Paragraphs = tuple[Text, ...]
# Optional paragraphs: an empty key (YAML null), as in "examples:", means none.
OptionalParagraphs = Annotated[
    Paragraphs,
    BeforeValidator(_none_is_empty),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "array", "items": {"type": "string", "minLength": 1, "pattern": "\\S"}},
                {"type": "null"},
            ]
        }
    ),
]
Scope = Literal["global", "national", "regional", "local"]

_KPI = re.compile(r"[A-Z][0-9]{5}")
_AREA = re.compile(r"[0-9]{4}")
_WEB = re.compile(r"https?://[^\s/$.?#][^\s]*")


def _kpi(value: str) -> str:
    if not _KPI.fullmatch(value):
        raise PydanticCustomError(
            "kpi_id",
            _("'{value}' is not a Kolada KPI id: a capital letter and five digits (e.g. N00945)"),
            {"value": value[:60]},
        )
    return value


def _area(value: str) -> str:
    if not _AREA.fullmatch(value):
        raise PydanticCustomError(
            "area_id",
            _("'{value}' is not a Kolada area id: four digits (e.g. 0181)"),
            {"value": value[:60]},
        )
    return value


def _web(value: str) -> str:
    if not _WEB.fullmatch(value):
        raise PydanticCustomError(
            "web_address",
            _("'{value}' is not a web address starting with https:// or http://"),
            {"value": value[:60]},
        )
    return value


KpiId = Annotated[
    str, AfterValidator(_kpi), WithJsonSchema({"type": "string", "pattern": "^[A-Z][0-9]{5}$"})
]
# Kolada names municipalities, counties (0001 is Region Stockholm) and the country (0000) by
# four digits (plain scalars stay text, so 0181 keeps its zero).
AreaId = Annotated[
    str, AfterValidator(_area), WithJsonSchema({"type": "string", "pattern": "^[0-9]{4}$"})
]
WebAddress = Annotated[
    str,
    AfterValidator(_web),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"}),
]

_MONTH_DAY = re.compile(r"([0-9]{2})-([0-9]{2})")
# Ids a follow-up file's period writes: lowercase letters (å, ä and ö too, as in delår),
# digits and hyphens.
_PERIOD_ID = re.compile(r"[a-zåäö0-9]+(?:-[a-zåäö0-9]+)*")


def _month_day(value: str) -> str:
    import datetime

    found = _MONTH_DAY.fullmatch(value)
    try:
        if found is None:
            raise ValueError(value)
        # Checked in a common year: 02-29 is not a day of every year of a plan.
        datetime.date(2001, int(found.group(1)), int(found.group(2)))
    except ValueError:
        raise PydanticCustomError(
            "month_day",
            _("'{value}' is not a day of every year; write it as MM-DD, e.g. 08-31"),
            {"value": value[:40]},
        ) from None
    return value


_period_id = _id_rule(
    _PERIOD_ID,
    "period_id",
    N_(
        "'{value}' is not a valid period id: use lowercase letters, digits and hyphens"
        " (e.g. 'delår' or 'tertial-1')"
    ),
)


def is_period_id(value: str) -> bool:
    """Whether ``value`` is written as a period id (whether the plan has it aside)."""
    return _PERIOD_ID.fullmatch(value) is not None


# A day of the year, the same in every year: "08-31" is 31 August.
MonthDay = Annotated[
    str,
    AfterValidator(_month_day),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{2}-[0-9]{2}$"}),
]
PeriodId = Annotated[
    str,
    AfterValidator(_period_id),
    WithJsonSchema({"type": "string", "pattern": "^[a-zåäö0-9]+(?:-[a-zåäö0-9]+)*$"}),
]
