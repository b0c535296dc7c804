"""What changed between two versions of a plan, as data and as a change annex in Swedish that
a politician can read ("Åtgärd 4:4: Socialnämnden är nu ansvarig; tidigare medansvarig.")."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .listing import action_record
from .models import Action, Plan

if TYPE_CHECKING:
    import jinja2

ROLE_SV = {"responsible": "ansvarig", "co-responsible": "medansvarig"}
KIND_SV = {"board": "nämnd", "company": "bolag", "council": "råd"}
# Parts of a plan that the sections below describe in detail; any other top-level field
# that differs is only named.
DESCRIBED = {"title", "organisation", "period", "levels", "bodies", "focus_areas"}
OTHER_SV = {
    "replaces": "vilken plan den ersätter",
    "owner": "ägare",
    "purpose": "syfte",
    "target_groups": "målgrupper",
    "responsibility": "ansvar, genomförande och uppföljning",
    "follow_up": "uppföljning",
    "governing_documents": "styrdokument",
    "sections": "övriga avsnitt",
    "glossary": "begrepp och perspektiv",
}


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


def _level_names(plan: Plan, ids: list[str]) -> str:
    return ", ".join(plan.levels_by_id[i].name if i in plan.levels_by_id else i for i in ids)


def annex(old: Plan, new: Plan, changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The change annex: sections with a heading and sentences, in Swedish."""
    sections: list[dict[str, Any]] = []

    def section(heading: str, sentences: list[str]) -> None:
        if sentences:
            sections.append({"heading": heading, "sentences": sentences})

    meta = changes["metadata"]
    labels = {"title": "Titeln", "organisation": "Organisationen", "period": "Perioden"}
    overall = [f"{labels[k]} har ändrats: {v['from']} → {v['to']}." for k, v in meta.items()]
    if changes["other"]:
        named = ", ".join(OTHER_SV.get(name, name) for name in changes["other"])
        overall.append(f"Även dessa delar har ändrats: {named}.")
    section("Övergripande", overall)
    areas = changes["focus_areas"]
    section(
        "Fokusområden",
        [f"Nytt fokusområde {a['number']}: {a['title']}." for a in areas["added"]]
        + [f"Fokusområde {a['number']} ({a['title']}) har tagits bort." for a in areas["removed"]]
        + [
            f"Fokusområde {a['number']} har ny rubrik: {a['to']} (tidigare: {a['from']})."
            for a in areas["renamed"]
        ],
    )
    bodies = changes["bodies"]
    section(
        "Nämnder, bolag och råd",
        [f"Nytt organ: {b['name']} ({KIND_SV[b['kind']]})." for b in bodies["added"]]
        + [f"{b['name']} finns inte längre med." for b in bodies["removed"]]
        + [f"{b['from']} heter nu {b['to']}." for b in bodies["renamed"]],
    )
    actions = changes["actions"]
    section(
        "Nya nummer",
        [
            f"Åtgärd {a['moved_from']} har nu nummer {a['id']} (samma text)."
            for a in actions["added"]
            if "moved_from" in a
        ],
    )
    section(
        "Nya åtgärder",
        [
            f"Åtgärd {a['id']} (fokusområde {a['focus_area']}): {a['text']} Ansvarig:"
            f" {', '.join(a['responsible'])}"
            + (f"; medansvarig: {', '.join(a['co_responsible'])}" if a["co_responsible"] else "")
            + f". Preventionsnivå: {_level_names(new, a['levels'])}."
            for a in actions["added"]
            if "moved_from" not in a
        ],
    )
    section(
        "Borttagna åtgärder",
        [
            f"Åtgärd {a['id']} har tagits bort: {a['text']}"
            for a in actions["removed"]
            if "moved_to" not in a
        ],
    )
    sentences = []
    for change in actions["changed"]:
        prefix = f"Åtgärd {change['id']}:"
        if "focus_area" in change:
            moved = change["focus_area"]
            sentences.append(
                f"{prefix} flyttad från fokusområde {moved['from']} till fokusområde {moved['to']}."
            )
        if "text" in change:
            sentences.append(
                f"{prefix} ny lydelse: {change['text']['to']} (tidigare: {change['text']['from']})"
            )
        if "examples" in change:
            now = " ".join(change["examples"]["to"]) or "inga"
            sentences.append(f"{prefix} nya exempel: {now}")
        for body in change.get("bodies", []):
            if body["from"] is None:
                sentences.append(f"{prefix} {body['body']} är ny {ROLE_SV[body['to']]}.")
            elif body["to"] is None:
                sentences.append(f"{prefix} {body['body']} är inte längre {ROLE_SV[body['from']]}.")
            else:
                sentences.append(
                    f"{prefix} {body['body']} är nu {ROLE_SV[body['to']]};"
                    f" tidigare {ROLE_SV[body['from']]}."
                )
        if "levels" in change:
            levels = change["levels"]
            sentences.append(
                f"{prefix} preventionsnivå nu {_level_names(new, levels['to'])};"
                f" tidigare {_level_names(old, levels['from'])}."
            )
    section("Ändrade åtgärder", sentences)
    return sections


def render_diff(old: Plan, new: Plan, fmt: str, env: jinja2.Environment | None) -> tuple[str, bool]:
    """The difference in ``fmt`` (md, html or json), and whether the plans are equal."""
    changes = compare(old, new)
    if fmt == "json":
        return json.dumps(changes, ensure_ascii=False, indent=2) + "\n", changes["equal"]
    from .render import LABELS, plan_context, render

    assert env is not None
    context = {
        **plan_context(new, "sv", None),
        "labels": LABELS["sv"],
        "title": "Ändringar i handlingsplanen",
        "old": changes["old"],
        "new": changes["new"],
        "equal": changes["equal"],
        "sections": annex(old, new, changes),
    }
    return render(env, f"diff.{fmt}.j2", context), changes["equal"]
