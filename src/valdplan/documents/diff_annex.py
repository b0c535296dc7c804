"""The change annex between two plans, in words a politician can read ("Åtgärd 4:4:
Barn- och skolnämnden är nu ansvarig; tidigare medansvarig."), as Markdown, HTML or JSON:
its sentences are English msgids, said in the document's language (--lang, else the later
plan's own); the plans' content is never translated."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..messages import words
from ..plan.diff import KEYS, compare
from ..plan.models import Plan
from .annex_actions import action_clauses, added_action
from .annex_sentences import changed, closed, field_name, field_sentence, shown
from .context import bodies_heading, kind_name
from .field_names import DISPLAY, LISTS, ORDER
from .word_diff import Segment, has_changes, similar, text

if TYPE_CHECKING:
    import jinja2

    from ..vocabulary import Language


# A body's change of role in an action, by its role before and after (None: no role).
def _item(parts: list[Segment] | str, details: list[list[Segment]] | None = None) -> Item:
    """One item of a section of the annex: its text and, for an action with several
    changes, one line per change."""
    return {"parts": [text(parts)] if isinstance(parts, str) else parts, "details": details or []}


Item = dict[str, Any]


def _find(plan: Plan, name: str, key: Any) -> Any:
    """The item of list ``name`` with ``key`` (an index when the list's keys repeat)."""
    items = getattr(plan, name)
    for item in items:
        if getattr(item, KEYS[name]) == key:
            return item
    if isinstance(key, int) and 0 <= key < len(items):
        return items[key]
    return None


def _display(plan: Plan, name: str, key: Any) -> str:
    item = _find(plan, name, key)
    return str(getattr(item, DISPLAY[name])) if item is not None else str(key)


def _plan_sentence(
    old: Plan, new: Plan, change: dict[str, Any], lang: Language
) -> str | list[Segment]:
    """A change to a field of the plan itself or of one of its single parts."""
    _ = words(lang)
    if change["field"].startswith("reporting.periods"):
        return _period_sentence(old, new, change, lang)
    before, after = change["from"], change["to"]
    if change["field"] == "owner.board":
        before = old.bodies_by_id[before].name if before in old.bodies_by_id else before
        after = new.bodies_by_id[after].name if after in new.bodies_by_id else after
    name = field_name(change["field"], lang)
    return field_sentence(name, change["change"], before, after, lang)


def _period_sentence(
    old: Plan, new: Plan, change: dict[str, Any], lang: Language
) -> str | list[Segment]:
    """A change to the reporting calendar's periods, named by the plan's word for each."""
    _ = words(lang)
    listed = LISTS["reporting.periods"]

    def name(plan: Plan, key: Any) -> str:
        period = plan.reporting.period(key)
        return period.name if period is not None else str(key)

    what = change["change"]
    if what == "reordered":
        return _(listed.order).format(order=", ".join(name(new, k) for k in change["to"]))
    if change["field"] == "reporting.periods":
        if what == "added":
            return _(listed.added).format(item=change["to"]["name"])
        return _(listed.removed).format(item=change["from"]["name"])
    return _item_sentence(_(listed.item).format(item=name(old, change["key"])), change, lang)


def _list_sentence(
    old: Plan, new: Plan, change: dict[str, Any], lang: Language
) -> str | list[Segment] | None:
    """A change to one of the plan's lists or to an item in one; None for the actions,
    which have sections of their own."""
    _ = words(lang)
    field, what, key = change["field"], change["change"], change.get("key")
    top = field.split(".")[0]
    listed = LISTS[top]
    if field == "focus_areas.actions":
        if what != "reordered":
            return None
        return _("Focus area {number}: the actions are in a new order: {order}.").format(
            number=key, order=", ".join(change["to"])
        )
    if field.startswith("focus_areas.actions."):
        return None  # said in "Changed actions": plan.diff compares every field of an action
    if what == "reordered":
        order = ", ".join(_display(new, top, k) for k in change["to"])
        return _(listed.order).format(order=order)
    if field == top and what in ("added", "removed"):
        item = change["to"] if what == "added" else change["from"]
        kind = kind_name(new, item.get("kind"), lang) if top == "bodies" else ""
        template = listed.added if what == "added" else listed.removed
        return _(template).format(item=item[DISPLAY[top]], number=key, kind=kind)
    before, after = change["from"], change["to"]
    if field == "bodies.name":
        return _("{old} is now called {new}.").format(old=before, new=after)
    name = _display(old, top, key)
    if field == "bodies.kind":
        return _("{body} is now of kind {kind}; previously {previous}.").format(
            body=name, kind=kind_name(new, after, lang), previous=kind_name(old, before, lang)
        )
    if field == "focus_areas.title":
        if similar(before, after):
            lead = _("Focus area {number} has a new title:").format(number=key)
            return changed(lead, before, after, lang)
        return _("Focus area {number} has a new title: {title} (previously: {previous}).").format(
            number=key, title=after, previous=before
        )
    subject = _(listed.item).format(item=name, number=key)
    return _item_sentence(subject, change, lang)


def _item_sentence(subject: str, change: dict[str, Any], lang: Language) -> str | list[Segment]:
    """A field of one item of a list added, removed or changed ("Goal X: the name changed")."""
    _ = words(lang)
    what, before, after = change["change"], change["from"], change["to"]
    part = field_name(change["field"], lang)
    if what == "added":
        return closed(
            _("{subject}: {field} added: {value}").format(
                subject=subject, field=part, value=shown(after, lang)
            )
        )
    if what == "removed":
        return _("{subject}: {field} removed (previously: {value}).").format(
            subject=subject, field=part, value=shown(before, lang)
        )
    lead = _("{subject}: {field} changed:").format(subject=subject, field=part)
    return changed(lead, before, after, lang)


def _capitalised(clause: list[Segment]) -> list[Segment]:
    first = clause[0]
    return [{**first, "text": first["text"][:1].upper() + first["text"][1:]}, *clause[1:]]


def annex(old: Plan, new: Plan, changes: dict[str, Any], lang: Language) -> list[dict[str, Any]]:
    """The change annex: sections with a heading and items, in ``lang``. An item is a list
    of segments (``text``, ``del``, ``ins``) and, for an action with several changes, one
    line of segments per change."""
    _ = words(lang)
    sections: list[dict[str, Any]] = []

    def section(heading: str, items: list[Item]) -> None:
        if items:
            sections.append({"heading": heading, "items": items})

    by_list: dict[str, list[Item]] = {name: [] for name in ORDER}
    overall = []
    for change in changes["changes"]:
        top = change["field"].split(".")[0]
        if top in by_list:
            sentence = _list_sentence(old, new, change, lang)
            if sentence is not None:
                by_list[top].append(_item(sentence))
        else:
            overall.append(_item(_plan_sentence(old, new, change, lang)))
    section(_("Overall"), overall)
    for name in ORDER:
        heading = bodies_heading(new, lang) if name == "bodies" else _(LISTS[name].heading)
        section(heading, by_list[name])
    actions = changes["actions"]
    section(
        _("New numbers"),
        [
            _item(
                _("Action {old} is now number {new} (same text).").format(
                    old=a["moved_from"], new=a["id"]
                )
            )
            for a in actions["added"]
            if "moved_from" in a
        ],
    )
    section(
        _("New actions"),
        [_item(added_action(new, a, lang)) for a in actions["added"] if "moved_from" not in a],
    )
    section(
        _("Removed actions"),
        [
            _item(_("Action {id} has been removed: {text}").format(id=a["id"], text=a["text"]))
            for a in actions["removed"]
            if "moved_to" not in a
        ],
    )
    changed = []
    for change in actions["changed"]:
        clauses = action_clauses(old, new, change, lang)
        prefix = _("Action {id}:").format(id=change["id"])
        if len(clauses) == 1:
            first, *rest = clauses[0]
            changed.append(_item([{**first, "text": f"{prefix} {first['text']}"}, *rest]))
        elif clauses:
            changed.append(_item(prefix, [_capitalised(c) for c in clauses]))
    section(_("Changed actions"), changed)
    return sections


def marks_words(sections: list[dict[str, Any]]) -> bool:
    """Whether any item of the annex marks removed or added words (the legend is shown)."""
    return any(
        has_changes(parts)
        for section in sections
        for item in section["items"]
        for parts in [item["parts"], *item["details"]]
    )


DIFF_TEMPLATE = "diff.docx"  # the change annex as a Word bilaga, the HTML annex's sections


def render_diff(
    old: Plan, new: Plan, fmt: str, env: jinja2.Environment | None, lang: Language | None = None
) -> tuple[str | bytes, bool]:
    """The difference in ``fmt`` (md, html, json or docx), in ``lang`` (default: the language of
    the later plan), and whether the plans are equal."""
    changes = compare(old, new)
    if fmt == "json":
        return json.dumps(changes, ensure_ascii=False, indent=2) + "\n", changes["equal"]
    from .context import plan_context
    from .environment import render
    from .labels import LABELS

    assert env is not None
    language: Language = new.language if lang is None else lang
    sections = annex(old, new, changes, language)
    context = {
        **plan_context(new, language, None),
        "labels": LABELS[language],
        "title": LABELS[language]["diff_title"],
        "old": changes["old"],
        "new": changes["new"],
        "equal": changes["equal"],
        "sections": sections,
        "marks_words": marks_words(sections),
    }
    if fmt == "docx":
        from .word import word_file

        return word_file(DIFF_TEMPLATE, context, env), changes["equal"]
    return render(env, f"diff.{fmt}.j2", context), changes["equal"]
