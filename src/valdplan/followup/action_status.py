"""One status per action for a period, derived from its bodies' entries, so that the report
can count the plan's actions and not only its action and body pairs (a plan of 33 actions
may hold 104 pairs).

The rule, in this order (``saknas`` is a pair without an entry):

1. no body reported (or only ``ej-aktuell`` while the others have not) → ``saknas``;
2. every body reported ``ej-aktuell`` → ``ej-aktuell``;
3. every body reported ``genomford`` or ``ej-aktuell`` → ``genomford``;
4. otherwise the least advanced of the statuses reported, ``ej-aktuell`` left aside
   (``ej-paborjad`` before ``pagaende`` before ``genomford``); when that is ``genomford``
   (the others have not reported) the action is ``pagaende``: an action is done only when
   every body is done with it.

``mixed`` ("delvis") says the bodies' statuses differ, a missing report included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..vocabulary import COUNTED_ORDER, MISSING, STATUS_IDS

if TYPE_CHECKING:
    from ..plan.models import Plan

# From least to most advanced; ej-aktuell and saknas are not steps on this scale.
_ADVANCEMENT = ("ej-paborjad", "pagaende", "genomford")
_FINISHED = frozenset({"genomford", "ej-aktuell"})
# The statuses an action can have, in the report's order (done first, missing last).
ACTION_STATUSES = COUNTED_ORDER


@dataclass(frozen=True)
class ActionStatus:
    """An action's derived status and whether its bodies' statuses differ."""

    status: str
    mixed: bool


def action_status(statuses: Sequence[str]) -> ActionStatus:
    """The status of an action whose bodies have ``statuses`` (status ids or ``saknas``),
    by the rule in this module's docstring."""
    if not statuses:
        raise ValueError("an action has at least one body")
    unknown = set(statuses) - {*STATUS_IDS, MISSING}
    if unknown:
        raise ValueError(f"not a status: {sorted(unknown)}")
    mixed = len(set(statuses)) > 1
    reported = [status for status in statuses if status != MISSING]
    if not reported:
        return ActionStatus(MISSING, mixed)
    if len(reported) == len(statuses) and set(reported) <= _FINISHED:
        done = "ej-aktuell" if set(reported) == {"ej-aktuell"} else "genomford"
        return ActionStatus(done, mixed)
    steps = [status for status in reported if status != "ej-aktuell"]
    if not steps:  # some ej-aktuell, the rest missing
        return ActionStatus(MISSING, mixed)
    least = min(steps, key=_ADVANCEMENT.index)
    return ActionStatus("pagaende" if least == "genomford" else least, mixed)


def actions_by_status(statuses: Sequence[ActionStatus]) -> dict[str, int]:
    """How many actions have each status, every status named (zero included)."""
    counts = {status: 0 for status in ACTION_STATUSES}
    for one in statuses:
        counts[one.status] += 1
    return counts


def action_records(plan: Plan, pairs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per action in plan order: its focus area, its derived ``status`` and ``mixed``, and
    its bodies with their statuses, from the report's pair records (``action``,
    ``body``, ``body_id``, ``status``)."""
    by_action: dict[str, list[dict[str, Any]]] = {}
    for pair in pairs:
        by_action.setdefault(pair["action"], []).append(pair)
    records = []
    for area in plan.focus_areas:
        for action in area.actions:
            own = by_action.get(action.id, [])
            if not own:
                continue
            derived = action_status([pair["status"] for pair in own])
            records.append(
                {
                    "action": action.id,
                    "focus_area": area.number,
                    "text": action.text,
                    "status": derived.status,
                    "mixed": derived.mixed,
                    "bodies": [
                        {"body": p["body"], "body_id": p["body_id"], "status": p["status"]}
                        for p in own
                    ],
                }
            )
    return records
