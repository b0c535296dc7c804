"""The sentences of the change annex that name a field and its values: a value as the annex
prints it, a field added, removed or changed, and the new text with its removed and added
words marked when it reads as an edit of the old one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import words
from ..plan.declaration import named
from .field_names import ITEM_FIELDS, PLAN_FIELDS
from .word_diff import Segment, similar, text, word_diff

if TYPE_CHECKING:
    from ..plan.models import Plan
    from ..vocabulary import Language


def level_names(plan: Plan, ids: list[str]) -> str:
    return ", ".join(plan.levels_by_id[i].name if i in plan.levels_by_id else i for i in ids)


def shown(value: Any, lang: Language) -> str:
    """A value of a field as the annex prints it."""
    _ = words(lang)
    if value is None:
        return _("no value")
    if isinstance(value, list):
        if not value:
            return _("none")
        items = [shown(item, lang) for item in value]
        # Paragraphs read as running text; short items (aliases, references) as a list.
        prose = all(item.endswith((".", "!", "?")) for item in items)
        return " ".join(items) if prose else ", ".join(items)
    if isinstance(value, dict):
        return ", ".join(shown(v, lang) for v in value.values() if v not in (None, [], ""))
    return str(value)


def closed(sentence: str) -> str:
    """``sentence`` with a full stop, unless the value it ends with has one."""
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def changed(lead: str, before: Any, after: Any, lang: Language) -> list[Segment]:
    """``lead`` and the change from ``before`` to ``after``: the new text with its removed
    and added words marked when it reads as an edit of the old one, else old → new."""
    old_text, new_text = shown(before, lang), shown(after, lang)
    if similar(old_text, new_text):
        marked = word_diff(old_text, new_text)
        marked[0]["space"] = True
        if not new_text.endswith((".", "!", "?")):
            marked.append(text("."))
        return [text(lead), *marked]
    return [text(closed(f"{lead} {old_text} → {new_text}"))]


def empty(value: Any) -> bool:
    return value is None or value == []


def field_name(field: str, lang: Language) -> str:
    """What the annex calls the field at ``field`` (a change's field): the words its model
    declares, else those of ``field_names``, else the field's key itself, so that no change
    goes unsaid."""
    msgid = named(field) or PLAN_FIELDS.get(field) or ITEM_FIELDS.get(field)
    return words(lang)(msgid) if msgid else field.rsplit(".", 1)[-1]


def field_sentence(
    name: str, what: str, before: Any, after: Any, lang: Language
) -> str | list[Segment]:
    """The field ``name`` ``added``, ``removed`` or ``changed`` from ``before`` to
    ``after``."""
    _ = words(lang)
    if what == "added":
        return closed(_("{field} added: {value}").format(field=name, value=shown(after, lang)))
    if what == "removed":
        return _("{field} removed (previously: {value}).").format(
            field=name, value=shown(before, lang)
        )
    return changed(_("{field} changed:").format(field=name), before, after, lang)
