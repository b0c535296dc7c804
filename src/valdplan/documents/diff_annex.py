"""The change annex between two plans, in Swedish that a politician can read ("Åtgärd 4:4:
Barn- och skolnämnden är nu ansvarig; tidigare medansvarig."), as Markdown, HTML or
JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..plan.diff import KEYS, compare
from ..plan.models import Plan
from .context import bodies_heading
from .field_names import ITEM_FIELDS, LISTS, PLAN_FIELDS
from .word_diff import Segment, has_changes, similar, text, word_diff

if TYPE_CHECKING:
    import jinja2

ROLE_SV = {"responsible": "ansvarig", "co-responsible": "medansvarig"}
# The attribute that names an item of each list in a sentence.
DISPLAY = {
    "governing_documents": "name",
    "sections": "title",
    "levels": "name",
    "glossary": "term",
    "body_kinds": "name",
    "bodies": "name",
    "focus_areas": "title",
}
# The lists in the order of the annex, between the plan's own fields and the actions.
ORDER = ("governing_documents", "sections", "levels", "glossary", "focus_areas", "body_kinds",
         "bodies")  # fmt: skip


def _level_names(plan: Plan, ids: list[str]) -> str:
    return ", ".join(plan.levels_by_id[i].name if i in plan.levels_by_id else i for i in ids)


def _shown(value: Any) -> str:
    """A value of a field as the annex prints it."""
    if value is None:
        return "inget"
    if isinstance(value, list):
        if not value:
            return "inga"
        items = [_shown(item) for item in value]
        # Paragraphs read as running text; short items (aliases, references) as a list.
        prose = all(item.endswith((".", "!", "?")) for item in items)
        return " ".join(items) if prose else ", ".join(items)
    if isinstance(value, dict):
        return ", ".join(_shown(v) for v in value.values() if v not in (None, [], ""))
    return str(value)


def _closed(sentence: str) -> str:
    """``sentence`` with a full stop, unless the value it ends with has one."""
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def _changed(lead: str, before: Any, after: Any) -> list[Segment]:
    """``lead`` and the change from ``before`` to ``after``: the new text with its removed
    and added words marked when it reads as an edit of the old one, else old → new."""
    old_text, new_text = _shown(before), _shown(after)
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


def _kind(plan: Plan, kind_id: Any) -> str:
    kind = plan.kinds_by_id.get(kind_id)
    return kind.name if kind is not None else str(kind_id)


def _plan_sentence(old: Plan, new: Plan, change: dict[str, Any]) -> str | list[Segment]:
    """A change to a field of the plan itself or of one of its single parts."""
    name = PLAN_FIELDS[change["field"]]
    before, after = change["from"], change["to"]
    if change["field"] == "owner.board":
        before = old.bodies_by_id[before].name if before in old.bodies_by_id else before
        after = new.bodies_by_id[after].name if after in new.bodies_by_id else after
    if change["change"] == "added":
        return _closed(f"{name} har lagts till: {_shown(after)}")
    if change["change"] == "removed":
        return f"{name} har tagits bort (tidigare: {_shown(before)})."
    return _changed(f"{name} har ändrats:", before, after)


def _list_sentence(old: Plan, new: Plan, change: dict[str, Any]) -> str | list[Segment] | None:
    """A change to one of the plan's lists or to an item in one; None for the actions,
    which have sections of their own."""
    field, what, key = change["field"], change["change"], change.get("key")
    top = field.split(".")[0]
    words = LISTS[top]
    if field == "focus_areas.actions":
        if what != "reordered":
            return None
        return f"Fokusområde {key}: åtgärderna står i ny ordning: {', '.join(change['to'])}."
    if field.startswith("focus_areas.actions."):
        return None
    if what == "reordered":
        order = ", ".join(_display(new, top, k) for k in change["to"])
        return words.order.format(order=order)
    if field == top and what in ("added", "removed"):
        item = change["to"] if what == "added" else change["from"]
        kind = _kind(new, item.get("kind")) if top == "bodies" else ""
        template = words.added if what == "added" else words.removed
        return template.format(item=item[DISPLAY[top]], number=key, kind=kind)
    before, after = change["from"], change["to"]
    if field == "bodies.name":
        return f"{before} heter nu {after}."
    name = _display(old, top, key)
    if field == "bodies.kind":
        return f"{name} är nu {_kind(new, after)}; tidigare {_kind(old, before)}."
    if field == "focus_areas.title":
        if similar(before, after):
            return _changed(f"Fokusområde {key} har ny rubrik:", before, after)
        return f"Fokusområde {key} har ny rubrik: {after} (tidigare: {before})."
    subject = words.item.format(item=name, number=key)
    part = ITEM_FIELDS[field]
    if what == "added":
        return _closed(f"{subject}: {part} har lagts till: {_shown(after)}")
    if what == "removed":
        return f"{subject}: {part} har tagits bort (tidigare: {_shown(before)})."
    return _changed(f"{subject}: {part} har ändrats:", before, after)


def _action_changes(old: Plan, new: Plan, change: dict[str, Any]) -> list[list[Segment]]:
    """Every change of one action, each a clause ("Barn- och skolnämnden är inte längre
    ansvarig.")."""
    clauses: list[list[Segment]] = []

    def clause(sentence: str) -> None:
        clauses.append([text(sentence)])

    if "focus_area" in change:
        moved = change["focus_area"]
        clause(f"flyttad från fokusområde {moved['from']} till fokusområde {moved['to']}.")
    if "text" in change:
        before, after = change["text"]["from"], change["text"]["to"]
        if similar(before, after):
            clauses.append(_changed("ny lydelse:", before, after))
        else:
            clause(f"ny lydelse: {after} (tidigare: {before})")
    if "examples" in change:
        before, after = change["examples"]["from"], change["examples"]["to"]
        if before and after and similar(" ".join(before), " ".join(after)):
            clauses.append(_changed("nya exempel:", before, after))
        else:
            clause(f"nya exempel: {' '.join(after) or 'inga'}")
    for body in change.get("bodies", []):
        if body["from"] is None:
            clause(f"{body['body']} är ny {ROLE_SV[body['to']]}.")
        elif body["to"] is None:
            clause(f"{body['body']} är inte längre {ROLE_SV[body['from']]}.")
        else:
            clause(f"{body['body']} är nu {ROLE_SV[body['to']]}; tidigare {ROLE_SV[body['from']]}.")
    if "order" in change:
        responsible = ", ".join(change["order"]["responsible"])
        co_responsible = ", ".join(change["order"]["co_responsible"]) or "inga"
        clause(f"organen står i ny ordning: ansvarig {responsible}; medansvarig {co_responsible}.")
    if "levels" in change:
        levels = change["levels"]
        clause(
            f"preventionsnivå nu {_level_names(new, levels['to'])};"
            f" tidigare {_level_names(old, levels['from'])}."
        )
    return clauses


def _added_action(new: Plan, added: dict[str, Any]) -> str:
    co_responsible = added["co_responsible"]
    return (
        f"Åtgärd {added['id']} (fokusområde {added['focus_area']}): {added['text']} Ansvarig:"
        f" {', '.join(added['responsible'])}"
        + (f"; medansvarig: {', '.join(co_responsible)}" if co_responsible else "")
        + f". Preventionsnivå: {_level_names(new, added['levels'])}."
    )


def _capitalised(clause: list[Segment]) -> list[Segment]:
    first = clause[0]
    return [{**first, "text": first["text"][:1].upper() + first["text"][1:]}, *clause[1:]]


def annex(old: Plan, new: Plan, changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The change annex: sections with a heading and items, in Swedish. An item is a list
    of segments (``text``, ``del``, ``ins``) and, for an action with several changes, one
    line of segments per change."""
    sections: list[dict[str, Any]] = []

    def section(heading: str, items: list[Item]) -> None:
        if items:
            sections.append({"heading": heading, "items": items})

    by_list: dict[str, list[Item]] = {name: [] for name in ORDER}
    overall = []
    for change in changes["changes"]:
        top = change["field"].split(".")[0]
        if top in by_list:
            sentence = _list_sentence(old, new, change)
            if sentence is not None:
                by_list[top].append(_item(sentence))
        else:
            overall.append(_item(_plan_sentence(old, new, change)))
    section("Övergripande", overall)
    for name in ORDER:
        heading = bodies_heading(new, "sv") if name == "bodies" else LISTS[name].heading
        section(heading, by_list[name])
    actions = changes["actions"]
    section(
        "Nya nummer",
        [
            _item(f"Åtgärd {a['moved_from']} har nu nummer {a['id']} (samma text).")
            for a in actions["added"]
            if "moved_from" in a
        ],
    )
    section(
        "Nya åtgärder",
        [_item(_added_action(new, a)) for a in actions["added"] if "moved_from" not in a],
    )
    section(
        "Borttagna åtgärder",
        [
            _item(f"Åtgärd {a['id']} har tagits bort: {a['text']}")
            for a in actions["removed"]
            if "moved_to" not in a
        ],
    )
    changed = []
    for change in actions["changed"]:
        clauses = _action_changes(old, new, change)
        prefix = f"Åtgärd {change['id']}:"
        if len(clauses) == 1:
            first, *rest = clauses[0]
            changed.append(_item([{**first, "text": f"{prefix} {first['text']}"}, *rest]))
        elif clauses:
            changed.append(_item(prefix, [_capitalised(c) for c in clauses]))
    section("Ändrade åtgärder", changed)
    return sections


def marks_words(sections: list[dict[str, Any]]) -> bool:
    """Whether any item of the annex marks removed or added words (the legend is shown)."""
    return any(
        has_changes(parts)
        for section in sections
        for item in section["items"]
        for parts in [item["parts"], *item["details"]]
    )


def render_diff(old: Plan, new: Plan, fmt: str, env: jinja2.Environment | None) -> tuple[str, bool]:
    """The difference in ``fmt`` (md, html or json), and whether the plans are equal."""
    changes = compare(old, new)
    if fmt == "json":
        return json.dumps(changes, ensure_ascii=False, indent=2) + "\n", changes["equal"]
    from .context import plan_context
    from .environment import render
    from .labels import LABELS

    assert env is not None
    sections = annex(old, new, changes)
    context = {
        **plan_context(new, "sv", None),
        "labels": LABELS["sv"],
        "title": LABELS["sv"]["diff_title"],
        "old": changes["old"],
        "new": changes["new"],
        "equal": changes["equal"],
        "sections": sections,
        "marks_words": marks_words(sections),
    }
    return render(env, f"diff.{fmt}.j2", context), changes["equal"]
