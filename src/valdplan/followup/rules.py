"""The rules of a follow-up entry, one function each, with the one message of each rule.

Every way a value comes in calls the same function: a follow-up file (through the models'
validators and the reference checks of ``loading``), ``followup set`` (``editing``) and a
spreadsheet row (``sheet_import``); ``merge`` takes files loaded under these rules. Each way
adds only where the value stood (``FILE:LINE:COL: entries[3].status:``, ``--status:``,
``SHEET:ROW:COL: row 7:``), so a bad value reads the same whichever way it came.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import RuleBroken
from ..files.reading import CONTROL
from ..messages import _
from ..plan.dates import checked_date
from ..vocabulary import (
    PREREQUISITE_IDS,
    PREREQUISITE_NAMES,
    PREREQUISITE_WORDS,
    STATUS_IDS,
    STATUS_NAMES,
    STATUS_WORDS,
    Prerequisite,
    Status,
)

if TYPE_CHECKING:
    from ..plan.models import Action, FocusArea, Plan

# About thirty pages: a follow-up comment longer than this belongs in a linked document, and
# the bound keeps every command that reads the file cheap.
MAX_COMMENT = 100_000

_STATUS_SPELLINGS: dict[str, Status] = {}
_PREREQUISITE_SPELLINGS: dict[str, Prerequisite] = {}
T = TypeVar("T")
K = TypeVar("K", bound=str)


def validator(rule: Callable[[str], Any]) -> Callable[[Any], Any]:
    """A rule as a pydantic validator: its message, unchanged, in pydantic's error."""

    def validate(value: Any) -> Any:
        if not isinstance(value, str):
            return value  # pydantic names the wrong type
        try:
            return rule(value)
        except RuleBroken as err:
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("rule", "{message}", {"message": str(err)}) from None

    return validate


def of_field(field: str, rule: Callable[[str], T], value: str) -> T:
    """``rule`` applied to a value given on its own, its breach naming ``field``."""
    try:
        return rule(value)
    except RuleBroken as err:
        raise RuleBroken(str(err), field=field) from None


def _spelled(
    typed: str,
    ids: Sequence[K],
    spellings: dict[str, K],
    *names: Mapping[K, str],
) -> K | None:
    """The id of ``ids`` that ``typed`` spells: the id itself, or one of its ``names``, in
    any case, with or without å/ä/ö (``spellings`` is filled on first use)."""
    for key in ids:  # the common case: files store ids
        if typed == key:
            return key
    from ..plan.names import normalise

    if not spellings:
        for key in ids:
            for spelling in (str(key), *(table[key] for table in names)):
                spellings[normalise(spelling)] = key
    return spellings.get(normalise(typed))


def status_id(typed: str) -> Status | None:
    """The status id for an id, a Swedish name or an English word, in any case, with or
    without å/ä/ö."""
    return _spelled(typed, STATUS_IDS, _STATUS_SPELLINGS, STATUS_NAMES, STATUS_WORDS)


def status_word(status: str | None) -> str:
    """A status id as a word of the user's language, for messages (None: not reported)."""
    if status is None:
        return _("not reported")
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def status_choices() -> str:
    """The statuses for messages, each id with its word in the user's language:
    "ej-paborjad (not started), pagaende (in progress), …"."""
    return ", ".join(f"{key} ({status_word(key)})" for key in STATUS_IDS)


def status(typed: str) -> Status:
    """The status ``typed`` names (an id, a Swedish name or a word of either language)."""
    found = status_id(typed)
    if found is None:
        raise RuleBroken(
            _("'{value}' is not a status; use one of: {known}").format(
                value=typed[:40], known=status_choices()
            )
        )
    return found


def control_free(value: str) -> str:
    """``value`` if it holds no control characters but newlines and tabs (they break HTML,
    spreadsheets and terminals)."""
    found = CONTROL.search(value)
    if found:
        raise RuleBroken(
            _("holds the control character U+{code}; remove it").format(
                code=f"{ord(found.group()):04X}"
            )
        )
    return value


def comment(value: str) -> str:
    """``value`` as a comment: bounded in length, without control characters."""
    if len(value) > MAX_COMMENT:
        raise RuleBroken(
            _(
                "is {length} characters long (at most {limit}); shorten it or link to a document"
                " under evidence"
            ).format(length=len(value), limit=MAX_COMMENT)
        )
    return control_free(value)


def assessment(value: str) -> str:
    """``value`` as the coordinator's assessment, recommendations or a prerequisite's
    comment: bounded in length like a comment, without control characters."""
    if len(value) > MAX_COMMENT:
        raise RuleBroken(
            _("is {length} characters long (at most {limit}); shorten it").format(
                length=len(value), limit=MAX_COMMENT
            )
        )
    return control_free(value)


def date(value: str) -> str:
    """``value`` as the date of an assessment, YYYY-MM-DD."""
    return checked_date(value)


def date_in_period(value: str, year: int) -> None:
    """An assessment of ``year`` is dated in that year or the next (a full-year report is
    written in the spring after): any other date is a slip of the keyboard."""
    if not str(year) <= value[:4] <= str(year + 1):
        raise RuleBroken(
            _(
                "the date {date} is outside the period followed up: an assessment of {year}"
                " is dated in {year} or {next}"
            ).format(date=value, year=year, next=year + 1)
        )


def year_in_plan(plan: Plan, year: int) -> int:
    """``year`` if the plan's period holds it: a follow-up is of a year of the plan."""
    if not plan.period.start <= year <= plan.period.end:
        raise RuleBroken(
            _("the year {year} is outside the plan's period {period}").format(
                year=year, period=plan.period
            )
        )
    return year


def period_in_plan(plan: Plan, typed: str) -> str:
    """The id of the period of the plan's reporting calendar that ``typed`` names."""
    from ..errors import SelectionError
    from ..plan.query import find_period

    try:
        return find_period(plan, typed).id
    except SelectionError as err:
        raise RuleBroken(str(err)) from None


def action_in_plan(plan: Plan, action_id: str) -> Action:
    """The action with the id ``action_id``, as the plan writes it."""
    found = plan.actions_by_id.get(action_id)
    if found is None:
        raise RuleBroken(_("no action '{id}' in the plan").format(id=action_id))
    return found[1]


def body_in_plan(plan: Plan, body_id: str) -> str:
    """``body_id`` if it is the id of a body of the plan."""
    if body_id not in plan.bodies_by_id:
        raise RuleBroken(_("'{body}' is not a body of the plan").format(body=body_id))
    return body_id


def body_on_action(plan: Plan, action: Action, body_id: str) -> None:
    """The body (an id of the plan) is responsible or co-responsible for the action."""
    if action.role_of(body_id) is None:
        raise RuleBroken(
            _("{body} is neither responsible nor co-responsible for {action}").format(
                body=plan.bodies_by_id[body_id].name, action=action.id
            )
        )


def prerequisite_word(state: str | None) -> str:
    """A prerequisite's state as a word of the user's language (None: not assessed)."""
    if state is None:
        return _("not assessed")
    return _(PREREQUISITE_WORDS[state]) if state in PREREQUISITE_WORDS else state


def prerequisite_state(typed: str) -> Prerequisite:
    """The state of a prerequisite ``typed`` names: pa-plats, delvis or ej-pa-plats, or
    their names in Swedish or English."""
    found = _spelled(
        typed, PREREQUISITE_IDS, _PREREQUISITE_SPELLINGS, PREREQUISITE_NAMES, PREREQUISITE_WORDS
    )
    if found is None:
        known = ", ".join(f"{key} ({prerequisite_word(key)})" for key in PREREQUISITE_IDS)
        raise RuleBroken(
            _("'{value}' is not a state of a prerequisite; use one of: {known}").format(
                value=typed[:40], known=known
            )
        )
    return found


def focus_area_in_plan(plan: Plan, number: int) -> FocusArea:
    """The focus area numbered ``number`` in the plan, found and refused as a query's."""
    from ..errors import SelectionError
    from ..plan.query import find_focus_area

    try:
        return find_focus_area(plan, number)
    except SelectionError as err:
        raise RuleBroken(str(err)) from None


def prerequisite_in_area(area: FocusArea, number: int) -> int:
    """``number`` if the focus area lists that many prerequisites (counted from 1)."""
    if not 1 <= number <= len(area.prerequisites):
        raise RuleBroken(
            _("focus area {area} lists {count} prerequisites; there is no number {number}").format(
                area=area.number, count=len(area.prerequisites), number=number
            )
        )
    return number
