"""What the change annex says of a changed action: one clause per changed field ("Barn- och
skolnämnden är nu ansvarig; tidigare medansvarig."), a sentence of its own for the fields
that have one and the words the model declares for every other, and a new action in full."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..messages import N_, words
from .annex_sentences import changed, closed, empty, field_name, field_sentence, level_names
from .word_diff import Segment, similar, text

if TYPE_CHECKING:
    from ..plan.models import Plan
    from ..vocabulary import Language

ROLE_CHANGES: dict[tuple[str | None, str | None], str] = {
    (None, "responsible"): N_("{body} is now responsible."),
    (None, "co-responsible"): N_("{body} is now co-responsible."),
    ("responsible", None): N_("{body} is no longer responsible."),
    ("co-responsible", None): N_("{body} is no longer co-responsible."),
    ("co-responsible", "responsible"): N_("{body} is now responsible; previously co-responsible."),
    ("responsible", "co-responsible"): N_("{body} is now co-responsible; previously responsible."),
}


def _moved(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    sentence = _("moved from focus area {old} to focus area {new}.")
    return [[text(sentence.format(old=value["from"], new=value["to"]))]]


def _wording(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    before, after = value["from"], value["to"]
    if similar(before, after):
        return [changed(_("new wording:"), before, after, lang)]
    sentence = _("new wording: {text} (previously: {previous})")
    return [[text(sentence.format(text=after, previous=before))]]


def _examples(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    before, after = value["from"], value["to"]
    if before and after and similar(" ".join(before), " ".join(after)):
        return [changed(_("new examples:"), before, after, lang)]
    sentence = _("new examples: {examples}")
    return [[text(sentence.format(examples=" ".join(after) or _("none")))]]


def _roles(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    return [[text(_(ROLE_CHANGES[body["from"], body["to"]]).format(body=body["body"]))]
            for body in value]  # fmt: skip


def _order(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    sentence = _(
        "the bodies are in a new order: responsible {responsible}; co-responsible {co_responsible}."
    )
    return [[text(sentence.format(
        responsible=", ".join(value["responsible"]),
        co_responsible=", ".join(value["co_responsible"]) or _("none"),
    ))]]  # fmt: skip


def _levels(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    sentence = _("prevention level now {levels}; previously {previous}.")
    return [[text(sentence.format(
        levels=level_names(new, value["to"]), previous=level_names(old, value["from"])
    ))]]  # fmt: skip


def _goals(old: Plan, new: Plan, value: Any, lang: Language) -> list[list[Segment]]:
    _ = words(lang)
    sentence = _("its own goals now {goals}; previously {previous}.")
    return [[text(sentence.format(
        goals=", ".join(value["to"]) or _("none"), previous=", ".join(value["from"]) or _("none")
    ))]]  # fmt: skip


Clauses = Callable[["Plan", "Plan", Any, "Language"], list[list[Segment]]]
# The changes of an action that have sentences of their own, by their key in the diff; every
# other field's change is said by the words its model declares (``field_sentence``).
ACTION_CLAUSES: dict[str, Clauses] = {
    "focus_area": _moved,
    "text": _wording,
    "examples": _examples,
    "bodies": _roles,
    "order": _order,
    "levels": _levels,
    "goals": _goals,
}


def action_clauses(
    old: Plan, new: Plan, change: dict[str, Any], lang: Language
) -> list[list[Segment]]:
    """Every change of one action, each a clause ("Barn- och skolnämnden är inte längre
    ansvarig."), in the order of the action's fields."""
    clauses: list[list[Segment]] = []
    for key, value in change.items():
        if key == "id":
            continue
        if key in ACTION_CLAUSES:
            clauses += ACTION_CLAUSES[key](old, new, value, lang)
            continue
        name = field_name(f"focus_areas.actions.{key}", lang)
        before, after = value["from"], value["to"]
        what = "added" if empty(before) else "removed" if empty(after) else "changed"
        sentence = field_sentence(name, what, before, after, lang)
        clauses.append([text(sentence)] if isinstance(sentence, str) else sentence)
    return clauses


def added_action(new: Plan, added: dict[str, Any], lang: Language) -> str:
    """A new action in full: its focus area, text, bodies and levels, then the fields
    declared for a line of their own ("Deadline: 2026.")."""
    from ..plan.declaration import detail_lines

    _ = words(lang)
    _area, action = new.actions_by_id[added["id"]]
    details = "".join(
        " " + closed(_("{label}: {value}").format(label=_(label), value=value))
        for label, value in detail_lines(action)
    )
    return _sentence(added, new, lang) + details


def _sentence(added: dict[str, Any], new: Plan, lang: Language) -> str:
    _ = words(lang)
    facts = {
        "id": added["id"],
        "area": added["focus_area"],
        "text": added["text"],
        "responsible": ", ".join(added["responsible"]),
        "co_responsible": ", ".join(added["co_responsible"]),
        "levels": level_names(new, added["levels"]),
    }
    if added["co_responsible"]:
        return _(
            "Action {id} (focus area {area}): {text} Responsible: {responsible};"
            " co-responsible: {co_responsible}. Prevention level: {levels}."
        ).format(**facts)
    return _(
        "Action {id} (focus area {area}): {text} Responsible: {responsible}."
        " Prevention level: {levels}."
    ).format(**facts)
