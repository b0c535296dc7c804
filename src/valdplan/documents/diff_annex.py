"""The change annex between two plans, in words a politician can read ("Åtgärd 4:4:
Barn- och skolnämnden är nu ansvarig; tidigare medansvarig."), as Markdown, HTML or JSON:
its sentences are English msgids, said in the document's language (--lang, else the later
plan's own); the plans' content is never translated."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..messages import N_, words
from ..plan.diff import KEYS, compare
from ..plan.models import Plan
from .context import bodies_heading, kind_name
from .field_names import DISPLAY, ITEM_FIELDS, LISTS, ORDER, PLAN_FIELDS
from .word_diff import Segment, has_changes, similar, text, word_diff

if TYPE_CHECKING:
    import jinja2

    from ..vocabulary import Language

# A body's change of role in an action, by its role before and after (None: no role).
ROLE_CHANGES: dict[tuple[str | None, str | None], str] = {
    (None, "responsible"): N_("{body} is now responsible."),
    (None, "co-responsible"): N_("{body} is now co-responsible."),
    ("responsible", None): N_("{body} is no longer responsible."),
    ("co-responsible", None): N_("{body} is no longer co-responsible."),
    ("co-responsible", "responsible"): N_("{body} is now responsible; previously co-responsible."),
    ("responsible", "co-responsible"): N_("{body} is now co-responsible; previously responsible."),
}


def _level_names(plan: Plan, ids: list[str]) -> str:
    return ", ".join(plan.levels_by_id[i].name if i in plan.levels_by_id else i for i in ids)


def _shown(value: Any, lang: Language) -> str:
    """A value of a field as the annex prints it."""
    _ = words(lang)
    if value is None:
        return _("no value")
    if isinstance(value, list):
        if not value:
            return _("none")
        items = [_shown(item, lang) for item in value]
        # Paragraphs read as running text; short items (aliases, references) as a list.
        prose = all(item.endswith((".", "!", "?")) for item in items)
        return " ".join(items) if prose else ", ".join(items)
    if isinstance(value, dict):
        return ", ".join(_shown(v, lang) for v in value.values() if v not in (None, [], ""))
    return str(value)


def _closed(sentence: str) -> str:
    """``sentence`` with a full stop, unless the value it ends with has one."""
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def _changed(lead: str, before: Any, after: Any, lang: Language) -> list[Segment]:
    """``lead`` and the change from ``before`` to ``after``: the new text with its removed
    and added words marked when it reads as an edit of the old one, else old → new."""
    old_text, new_text = _shown(before, lang), _shown(after, lang)
    if similar(old_text, new_text):
        marked = word_diff(old_text, new_text)
        marked[0]["space"] = True
        if not new_text.endswith((".", "!", "?")):
            marked.append(text("."))
        return [text(lead), *marked]
    return [text(_closed(f"{lead} {old_text} → {new_text}"))]


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
    field = PLAN_FIELDS[change["field"]]
    name = _(field)
    before, after = change["from"], change["to"]
    if change["field"] == "owner.board":
        before = old.bodies_by_id[before].name if before in old.bodies_by_id else before
        after = new.bodies_by_id[after].name if after in new.bodies_by_id else after
    if change["change"] == "added":
        return _closed(_("{field} added: {value}").format(field=name, value=_shown(after, lang)))
    if change["change"] == "removed":
        return _("{field} removed (previously: {value}).").format(
            field=name, value=_shown(before, lang)
        )
    return _changed(_("{field} changed:").format(field=name), before, after, lang)


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
        return None
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
            return _changed(lead, before, after, lang)
        return _("Focus area {number} has a new title: {title} (previously: {previous}).").format(
            number=key, title=after, previous=before
        )
    subject = _(listed.item).format(item=name, number=key)
    return _item_sentence(subject, change, lang)


def _item_sentence(subject: str, change: dict[str, Any], lang: Language) -> str | list[Segment]:
    """A field of one item of a list added, removed or changed ("Goal X: the name changed")."""
    _ = words(lang)
    what, before, after = change["change"], change["from"], change["to"]
    part = _(ITEM_FIELDS[change["field"]])
    if what == "added":
        return _closed(
            _("{subject}: {field} added: {value}").format(
                subject=subject, field=part, value=_shown(after, lang)
            )
        )
    if what == "removed":
        return _("{subject}: {field} removed (previously: {value}).").format(
            subject=subject, field=part, value=_shown(before, lang)
        )
    lead = _("{subject}: {field} changed:").format(subject=subject, field=part)
    return _changed(lead, before, after, lang)


def _action_changes(
    old: Plan, new: Plan, change: dict[str, Any], lang: Language
) -> list[list[Segment]]:
    """Every change of one action, each a clause ("Barn- och skolnämnden är inte längre
    ansvarig.")."""
    _ = words(lang)
    clauses: list[list[Segment]] = []

    def clause(sentence: str) -> None:
        clauses.append([text(sentence)])

    if "focus_area" in change:
        moved = change["focus_area"]
        clause(
            _("moved from focus area {old} to focus area {new}.").format(
                old=moved["from"], new=moved["to"]
            )
        )
    if "text" in change:
        before, after = change["text"]["from"], change["text"]["to"]
        if similar(before, after):
            clauses.append(_changed(_("new wording:"), before, after, lang))
        else:
            clause(
                _("new wording: {text} (previously: {previous})").format(
                    text=after, previous=before
                )
            )
    if "examples" in change:
        before, after = change["examples"]["from"], change["examples"]["to"]
        if before and after and similar(" ".join(before), " ".join(after)):
            clauses.append(_changed(_("new examples:"), before, after, lang))
        else:
            clause(_("new examples: {examples}").format(examples=" ".join(after) or _("none")))
    for body in change.get("bodies", []):
        sentence = ROLE_CHANGES[body["from"], body["to"]]
        clause(_(sentence).format(body=body["body"]))
    if "order" in change:
        clause(
            _(
                "the bodies are in a new order: responsible {responsible};"
                " co-responsible {co_responsible}."
            ).format(
                responsible=", ".join(change["order"]["responsible"]),
                co_responsible=", ".join(change["order"]["co_responsible"]) or _("none"),
            )
        )
    if "levels" in change:
        levels = change["levels"]
        clause(
            _("prevention level now {levels}; previously {previous}.").format(
                levels=_level_names(new, levels["to"]), previous=_level_names(old, levels["from"])
            )
        )
    if "goals" in change:
        goals = change["goals"]
        clause(
            _("its own goals now {goals}; previously {previous}.").format(
                goals=", ".join(goals["to"]) or _("none"),
                previous=", ".join(goals["from"]) or _("none"),
            )
        )
    return clauses


def _added_action(new: Plan, added: dict[str, Any], lang: Language) -> str:
    _ = words(lang)
    facts = {
        "id": added["id"],
        "area": added["focus_area"],
        "text": added["text"],
        "responsible": ", ".join(added["responsible"]),
        "co_responsible": ", ".join(added["co_responsible"]),
        "levels": _level_names(new, added["levels"]),
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
        [_item(_added_action(new, a, lang)) for a in actions["added"] if "moved_from" not in a],
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
        clauses = _action_changes(old, new, change, lang)
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
