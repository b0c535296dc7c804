"""What changed between two versions of a plan, as plain data: every field of the models
compared, lists of registers matched by id, and the actions matched by id with renumberings
found (``documents.diff_annex`` turns it into words)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .declaration import ATOMIC, action_fields, action_record, plain
from .models import Action, FocusArea, Plan

Change = dict[str, Any]

# How the items of each list of models are matched between two plans ("field" as in a
# change: the path of the list without keys).
KEYS = {
    "governing_documents": "name",
    "goals": "id",
    "indicators": "kpi",
    "sections": "title",
    "levels": "id",
    "glossary": "term",
    "body_kinds": "id",
    "bodies": "id",
    "focus_areas": "number",
    "focus_areas.actions": "id",
    "reporting.periods": "id",
}


def _empty(value: Any) -> bool:
    return value is None or value == ()


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def field_changes(
    old: BaseModel, new: BaseModel, path: str = "", field: str = "", key: Any = None
) -> list[Change]:
    """Every difference between two models of the same kind, field by field. A change has
    the ``path`` of the value (``levels[selektiv].name``), the ``field`` (the path without
    keys: ``levels.name``), what happened (``added``, ``removed``, ``changed`` or
    ``reordered``), the values ``from`` and ``to`` as plain data, and inside a list the
    ``key`` of the outermost item (``selektiv``)."""
    changes: list[Change] = []
    for name in type(new).model_fields:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            changes += _value_changes(before, after, _join(path, name), _join(field, name), key)
    return changes


def _value_changes(before: Any, after: Any, path: str, field: str, key: Any) -> list[Change]:
    if field in KEYS:
        return _list_changes(before, after, path, field, key)
    present = after if before is None else before
    if isinstance(present, BaseModel) and not isinstance(present, ATOMIC):
        if before is not None and after is not None:
            return field_changes(before, after, path, field, key)
        # A part added or removed as a whole is described field by field too.
        changes: list[Change] = []
        for name in type(present).model_fields:
            value = getattr(present, name)
            if _empty(value):
                continue
            was, now = (None, value) if before is None else (value, None)
            changes += _value_changes(was, now, _join(path, name), _join(field, name), key)
        return changes
    what = "added" if _empty(before) else "removed" if _empty(after) else "changed"
    return [_change(path, field, what, key, plain(before), plain(after))]


def _change(path: str, field: str, what: str, key: Any, before: Any, after: Any) -> Change:
    change = {"path": path, "field": field, "change": what, "from": before, "to": after}
    if key is not None:
        change["key"] = key
    return change


def _list_changes(
    before: tuple[BaseModel, ...], after: tuple[BaseModel, ...], path: str, field: str, outer: Any
) -> list[Change]:
    """Items added, removed, changed (field by field) and a new order, matched by their key;
    by position when keys repeat, which the plan allows for texts such as section titles.
    ``outer`` is the key of the item that holds this list, if any."""
    attribute = KEYS[field]
    old: dict[Any, BaseModel] = {getattr(item, attribute): item for item in before}
    new: dict[Any, BaseModel] = {getattr(item, attribute): item for item in after}
    if len(old) < len(before) or len(new) < len(after):
        old, new = dict(enumerate(before)), dict(enumerate(after))
    changes: list[Change] = []
    for k, item in new.items():
        if k not in old:
            where = k if outer is None else outer
            changes.append(_change(f"{path}[{k}]", field, "added", where, None, plain(item)))
    for k, item in old.items():
        if k not in new:
            where = k if outer is None else outer
            changes.append(_change(f"{path}[{k}]", field, "removed", where, plain(item), None))
    for k, item in new.items():
        if k in old and old[k] != item:
            where = k if outer is None else outer
            changes += field_changes(old[k], item, f"{path}[{k}]", field, where)
    kept_before = [k for k in old if k in new]
    kept_after = [k for k in new if k in old]
    if kept_before != kept_after:
        changes.append(_change(path, field, "reordered", outer, kept_before, kept_after))
    return changes


def _role_changes(old: Plan, new: Plan, before: Action, after: Action) -> list[dict[str, Any]]:
    changes = []
    bodies = list(dict.fromkeys([*before.responsible, *before.co_responsible,
                                 *after.responsible, *after.co_responsible]))  # fmt: skip
    for body in bodies:
        was, now = before.role_of(body), after.role_of(body)
        if was != now:
            name = (new.bodies_by_id.get(body) or old.bodies_by_id[body]).name
            changes.append({"body": name, "from": was, "to": now})
    return changes


def _changed_fields(
    old: Plan, new: Plan, before: tuple[FocusArea, Action], after: tuple[FocusArea, Action]
) -> dict[str, Any]:
    """Every field of an action that differs, in the order its record declares them, each
    as ``from`` and ``to``; the bodies, whose fields are two, as the roles that changed
    (``bodies``) or, with the same roles, their new printed ``order``."""
    (old_area, was), (new_area, now) = before, after
    fields: dict[str, Any] = {}
    for field in action_fields():
        if field.shown.register == "bodies":
            if "bodies" not in fields and "order" not in fields:
                fields.update(_body_changes(old, new, was, now))
            continue
        if field.derived:  # its focus area's number: the action moved
            was_value, now_value = old_area.number, new_area.number
        else:
            was_value, now_value = plain(getattr(was, field.key)), plain(getattr(now, field.key))
        if was_value != now_value:
            fields[field.key] = {"from": was_value, "to": now_value}
    return fields


def _body_changes(old: Plan, new: Plan, was: Action, now: Action) -> dict[str, Any]:
    roles = _role_changes(old, new, was, now)
    if roles:
        return {"bodies": roles}
    if (was.responsible, was.co_responsible) != (now.responsible, now.co_responsible):
        # The same bodies in the same roles, printed in another order.
        names = new.bodies_by_id
        return {
            "order": {
                "responsible": [names[b].name for b in now.responsible],
                "co_responsible": [names[b].name for b in now.co_responsible],
            }
        }
    return {}


def action_changes(old: Plan, new: Plan) -> dict[str, Any]:
    """The actions added, removed and changed, matched by id. An action whose text is
    unchanged under a new id is a renumbering: it is listed as added and removed, each with
    a hint to the other id."""
    before, after = old.actions_by_id, new.actions_by_id
    added = [action_record(new, *after[i]) for i in after if i not in before]
    removed = [action_record(old, *before[i]) for i in before if i not in after]
    for record in added:
        for gone in removed:
            if gone["text"] == record["text"] and "moved_to" not in gone:
                record["moved_from"] = gone["id"]
                gone["moved_to"] = record["id"]
                break
    changed = []
    for action_id, (new_area, now) in after.items():
        if action_id in before:
            old_area, was = before[action_id]
            fields = _changed_fields(old, new, (old_area, was), (new_area, now))
            if fields:
                changed.append({"id": action_id, **fields})
    return {"added": added, "removed": removed, "changed": changed}


def compare(old: Plan, new: Plan) -> dict[str, Any]:
    """Every difference between ``old`` and ``new``: ``changes`` lists each changed field
    with its path (actions included), ``actions`` sums up the actions added, removed,
    renumbered and changed."""
    return {
        "old": {"title": old.title, "period": str(old.period)},
        "new": {"title": new.title, "period": str(new.period)},
        "changes": field_changes(old, new),
        "actions": action_changes(old, new),
        "equal": old == new,
    }
