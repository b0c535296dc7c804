"""The change annex between two plans, in Swedish that a politician can read ("Åtgärd 4:4:
Socialnämnden är nu ansvarig; tidigare medansvarig."), as Markdown, HTML or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..plan.diff import compare
from ..plan.models import Plan

if TYPE_CHECKING:
    import jinja2

ROLE_SV = {"responsible": "ansvarig", "co-responsible": "medansvarig"}
KIND_SV = {"board": "nämnd", "company": "bolag", "council": "råd"}
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
    from .context import plan_context
    from .environment import render
    from .labels import LABELS

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
