"""The report's lists, as plain records: the pairs of each status grouped by action (the
action's text once, then each body with what it wrote), the same per body, and the pairs
without a report grouped by body."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..plan.models import Plan
from ..vocabulary import MISSING, Language, status_names
from .context import count_words
from .labels import LABELS
from .links import web_address

# The statuses a board reports, in the order the report lists them.
LIST_ORDER = ("genomford", "pagaende", "ej-paborjad", "ej-aktuell")
SHORT_TEXT = 90
# An action's line in the main part holds its id, this much of its text, its status and
# the bodies that are not done yet: one line on an A4 page for most actions.
LINE_TEXT = 64
# Statuses with nothing left to do: their bodies are not named on an action's line.
_FINISHED = ("genomford", "ej-aktuell")


def list_heading(status: str, lang: Language) -> str:
    """A list's heading: "Genomförda", "Ej påbörjade"."""
    return LABELS[lang][f"list_{status.replace('-', '_')}"]


def role_label(role: str, lang: Language) -> str:
    """ "ansvarig" or "medansvarig"."""
    return LABELS[lang][f"role_{role.replace('-', '_')}"]


def short_text(text: str, limit: int = SHORT_TEXT) -> str:
    """The start of an action's text for lists that name it again: cut at a word before
    ``limit`` characters, with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0].rstrip(",;:.–-")
    return f"{cut}…"


def evidence_items(evidence: Sequence[str]) -> list[dict[str, str | None]]:
    """Each piece of evidence as ``text`` and ``url``: the address when it is a web
    or e-mail address (``links.web_address``), else none (a reference to read, not to
    follow)."""
    return [{"text": item, "url": web_address(item)} for item in evidence]


def _entry(pair: dict[str, Any], lang: Language) -> dict[str, Any]:
    return {
        "action": pair["action"],
        "short": short_text(pair["text"]),
        "body": pair["body"],
        "body_id": pair["body_id"],
        "role": role_label(pair["role"], lang),
        "status": pair["status"],
        "date": pair["date"],
        "comment": pair["comment"],
        "evidence": evidence_items(pair["evidence"]),
    }


def remaining_text(bodies: Sequence[dict[str, Any]], mixed: bool, names: dict[str, str]) -> str:
    """The bodies of an action that are not done with it, for its one line: their names,
    and each group's status when the bodies' statuses differ ("Board A pågående; Board B,
    Board C saknar rapport"); empty when every body is done."""
    groups: dict[str, list[str]] = {}
    for body in bodies:
        if body["status"] not in _FINISHED:
            groups.setdefault(body["status"], []).append(body["body"])
    if not mixed:
        return ", ".join(name for group in groups.values() for name in group)
    return "; ".join(
        f"{', '.join(group)} {names[status].lower()}" for status, group in groups.items()
    )


def status_lists(
    pairs: Sequence[dict[str, Any]], lang: Language, recent: set[tuple[str, str]] | None = None
) -> list[dict[str, Any]]:
    """One list per reported status, in ``LIST_ORDER``: the actions that have pairs of that
    status, in plan order, each with its text once (and its start as ``short``) and then its
    bodies with what they wrote. With ``recent`` (the pairs, as action and body id, that
    were done since the period before), the list of done pairs holds only those, and
    ``earlier`` counts the rest."""
    labels = LABELS[lang]
    lists = []
    for status in LIST_ORDER:
        groups: dict[str, dict[str, Any]] = {}
        count = earlier = 0
        for pair in pairs:
            if pair["status"] != status:
                continue
            count += 1
            done_before = recent is not None and (pair["action"], pair["body_id"]) not in recent
            if status == "genomford" and done_before:
                earlier += 1
                continue
            group = groups.setdefault(
                pair["action"],
                {
                    "action": pair["action"],
                    "text": pair["text"],
                    "short": short_text(pair["text"]),
                    "entries": [],
                },
            )
            group["entries"].append(_entry(pair, lang))
        lists.append(
            {
                "id": status,
                "anchor": f"status-{status}",
                "heading": list_heading(status, lang),
                "count": count,
                "count_text": count_words(count, labels, "pairs"),
                "earlier": earlier,
                "earlier_text": (labels["done_earlier"].format(count=earlier) if earlier else ""),
                "groups": list(groups.values()),
            }
        )
    return lists


def body_views(plan: Plan, pairs: Sequence[dict[str, Any]], lang: Language) -> list[dict[str, Any]]:
    """One view per body that has pairs, in the plan's order of bodies: its reported pairs
    per status (the action's short text, then what the body wrote) and all of them in plan
    order (``entries``), and the ids of the actions it has not reported on."""
    labels = LABELS[lang]
    views = []
    for body in plan.bodies:
        own = [pair for pair in pairs if pair["body_id"] == body.id]
        if not own:
            continue
        statuses = []
        action_ids: list[list[str]] = []  # under each status of the report's order
        for status in LIST_ORDER:
            with_status = [pair for pair in own if pair["status"] == status]
            action_ids.append([pair["action"] for pair in with_status])
            if with_status:
                statuses.append(
                    {
                        "id": status,
                        "heading": list_heading(status, lang),
                        "count": len(with_status),
                        "entries": [_entry(pair, lang) for pair in with_status],
                    }
                )
        missing = [pair["action"] for pair in own if pair["status"] == MISSING]
        names = status_names(lang)
        entries = [
            {**_entry(pair, lang), "status_name": names[pair["status"]]}
            for pair in own
            if pair["status"] != MISSING
        ]
        views.append(
            {
                "id": body.id,
                "anchor": f"organ-{body.id}",  # body ids are slugs: safe as HTML ids
                "name": body.name,
                "count_text": count_words(len(own), labels, "actions"),
                "statuses": statuses,
                "entries": entries,  # every reported pair in plan order, with its status
                "missing": missing,
                "missing_heading": labels["missing"],
                # The action ids under each status of the report's order, missing last.
                "action_ids_by_status": [*action_ids, missing],
            }
        )
    return views


def missing_by_body(
    plan: Plan, pairs: Sequence[dict[str, Any]], lang: Language
) -> list[dict[str, Any]]:
    """The bodies with pairs that have no entry: how many of their pairs, and which actions;
    ``silent`` when the body reported nothing at all."""
    labels = LABELS[lang]
    rows = []
    for body in plan.bodies:
        own = [pair for pair in pairs if pair["body_id"] == body.id]
        missing = [pair["action"] for pair in own if pair["status"] == MISSING]
        if not missing:
            continue
        silent = len(missing) == len(own)
        rows.append(
            {
                "body": body.name,
                "count": len(missing),
                "total": len(own),
                "count_text": labels["missing_of"].format(count=len(missing), total=len(own)),
                "silent": silent,
                "actions": missing,
            }
        )
    return rows
