"""What every document template gets: the plan's header facts, the labels, the language and
the date, and how counts and dates are written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import ValdplanError
from ..messages import _
from ..vocabulary import Language
from .labels import LABELS

if TYPE_CHECKING:
    from ..plan.models import Plan


# The labels that count a body's actions by its role ("23 som ansvarig").
_ROLE_COUNTS = {"responsible": "count_responsible", "co-responsible": "count_co_responsible"}


def count_label(count: int, labels: dict[str, str]) -> str:
    """``27 åtgärder`` / ``1 åtgärd``."""
    return count_words(count, labels, "actions")


def count_words(count: int, labels: dict[str, str], noun: str) -> str:
    """``count`` with the singular or plural of ``noun`` (labels ``NOUN_one`` and
    ``NOUN_many``): ``104 åtgärder och organ`` / ``1 åtgärd och organ``."""
    return f"{count} {labels[f'{noun}_one'] if count == 1 else labels[f'{noun}_many']}"


def role_counts(roles: Sequence[str | None], labels: dict[str, str]) -> list[dict[str, Any]]:
    """How many of a body's actions it has in each role, for the roles it has: ``id``,
    ``count`` and ``text`` ("23 som ansvarig"); ``roles`` holds the body's role in each."""
    counts = []
    for role_id, key in _ROLE_COUNTS.items():
        count = roles.count(role_id)
        if count:
            text = labels[f"{key}_one" if count == 1 else f"{key}_many"].format(count=count)
            counts.append({"id": role_id, "count": count, "text": text})
    return counts


def period_name(plan: Plan, part: str, year: int, lang: Language, capital: bool = True) -> str:
    """A follow-up period as people name it: "Helår 2025" (or "helår 2025" inside a
    sentence); a period of the plan's own calendar by the plan's name ("Tertial 1 2025")."""
    word = LABELS[lang].get(f"part_{part}")
    if word is None:
        found = plan.reporting.period(part)
        word = found.name if found is not None else part
    name = f"{word} {year}"
    return name[:1].upper() + name[1:] if capital else name


def kind_name(plan: Plan, kind_id: Any, lang: Language) -> str:
    """A body kind's name in ``lang``: the English name in English when the plan gives one,
    else the Swedish name; the id itself when the plan has no such kind."""
    kind = plan.kinds_by_id.get(kind_id)
    if kind is None:
        return str(kind_id)
    return kind.name_en if lang == "en" and kind.name_en else kind.name


def bodies_heading(plan: Plan, lang: Language) -> str:
    """The heading over a plan's bodies, made from the plurals of its body kinds ("Nämnder,
    bolag och råd"); the generic label when a kind has no plural in ``lang``."""
    labels = LABELS[lang]
    plurals = [kind.plural_en if lang == "en" else kind.plural for kind in plan.body_kinds]
    words = [word for word in plurals if word]
    if len(words) < len(plurals):
        return labels["bodies"]
    if len(words) > 1:
        listed = labels["list_and"].format(items=", ".join(words[:-1]), last=words[-1])
    else:
        listed = words[0]
    return listed[:1].upper() + listed[1:]


def plan_context(plan: Plan, lang: Language, date: str | None) -> dict[str, Any]:
    """What every template gets: the plan's header facts, labels, language and date."""
    return {
        "lang": lang,
        # The plan's text keeps its own language when the fixed words are in another one
        # (the ``plan_text`` filter marks it, for screen readers: WCAG 3.1.2).
        "plan_language": plan.language,
        "labels": LABELS[lang],
        "date": date,
        "plan": {
            "title": plan.title,
            "organisation": plan.organisation,
            "period": str(plan.period),
            "follow_up": plan.follow_up,
        },
    }


def generated_date(option: str | None, source_date_epoch: str | None) -> str | None:
    """The date to print in generated documents: ``--date``, else ``$SOURCE_DATE_EPOCH``, else
    none at all, so that the same plan always gives the same bytes."""
    import datetime

    if option is not None:
        from ..plan.dates import checked_date

        return checked_date(option)
    if source_date_epoch:
        try:
            moment = datetime.datetime.fromtimestamp(int(source_date_epoch), datetime.UTC)
        except (ValueError, OverflowError, OSError):
            raise ValdplanError(
                _("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{value}'").format(
                    value=source_date_epoch
                )
            ) from None
        return moment.date().isoformat()
    return None
