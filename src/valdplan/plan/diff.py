"""What changed between two versions of a plan, as plain data matched by action id, focus
area number, body id and level id (``documents.diff_annex`` turns it into words)."""

from __future__ import annotations

from typing import Any

from .models import Action, Plan
from .records import action_record

# Parts of a plan that the sections below describe in detail; any other top-level field
# that differs is only named.
DESCRIBED = {"title", "organisation", "period", "levels", "bodies", "focus_areas"}


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


def compare(old: Plan, new: Plan) -> dict[str, Any]:
    """Every difference between ``old`` and ``new``, matched by action id, focus area number,
    body id and level id. An action whose text is unchanged under a new id is a renumbering:
    it is listed as added and removed, each with a hint to the other id."""
    result: dict[str, Any] = {
        "old": {"title": old.title, "period": str(old.period)},
        "new": {"title": new.title, "period": str(new.period)},
        "metadata": {
            key: {"from": str(getattr(old, key)), "to": str(getattr(new, key))}
            for key in ("title", "organisation", "period")
            if getattr(old, key) != getattr(new, key)
        },
    }
    old_areas = {a.number: a for a in old.focus_areas}
    new_areas = {a.number: a for a in new.focus_areas}
    result["focus_areas"] = {
        "added": [
            {"number": n, "title": a.title} for n, a in new_areas.items() if n not in old_areas
        ],
        "removed": [
            {"number": n, "title": a.title} for n, a in old_areas.items() if n not in new_areas
        ],
        "renamed": [
            {"number": n, "from": old_areas[n].title, "to": a.title}
            for n, a in new_areas.items()
            if n in old_areas and old_areas[n].title != a.title
        ],
    }
    result["bodies"] = {
        "added": [
            {"id": b.id, "name": b.name, "kind": b.kind}
            for b in new.bodies
            if b.id not in old.bodies_by_id
        ],
        "removed": [
            {"id": b.id, "name": b.name, "kind": b.kind}
            for b in old.bodies
            if b.id not in new.bodies_by_id
        ],
        "renamed": [
            {"id": b.id, "from": old.bodies_by_id[b.id].name, "to": b.name}
            for b in new.bodies
            if b.id in old.bodies_by_id and old.bodies_by_id[b.id].name != b.name
        ],
    }
    result["levels"] = {
        "added": [lv.id for lv in new.levels if lv.id not in old.levels_by_id],
        "removed": [lv.id for lv in old.levels if lv.id not in new.levels_by_id],
    }
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
        if action_id not in before:
            continue
        old_area, was = before[action_id]
        fields: dict[str, Any] = {}
        if was.text != now.text:
            fields["text"] = {"from": was.text, "to": now.text}
        if was.examples != now.examples:
            fields["examples"] = {"from": list(was.examples), "to": list(now.examples)}
        if old_area.number != new_area.number:
            fields["focus_area"] = {"from": old_area.number, "to": new_area.number}
        if was.levels != now.levels:
            fields["levels"] = {"from": list(was.levels), "to": list(now.levels)}
        roles = _role_changes(old, new, was, now)
        if roles:
            fields["bodies"] = roles
        if fields:
            changed.append({"id": action_id, **fields})
    result["actions"] = {"added": added, "removed": removed, "changed": changed}
    result["other"] = sorted(
        name
        for name in type(new).model_fields
        if name not in DESCRIBED and getattr(old, name) != getattr(new, name)
    )
    result["equal"] = old == new
    return result
