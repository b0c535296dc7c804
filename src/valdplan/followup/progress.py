"""The coordinator's figures of a follow-up period: counts and shares per status by focus
area, body and prevention level, every pair with what its body wrote, what is not started or
missing, and what changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..plan.models import Plan
from ..vocabulary import MISSING, NOT_STARTED, STATUS_IDS, STATUS_NAMES
from .models import Entry, FollowUp, Pair, plan_pairs, status_of


@dataclass
class Tally:
    """Counts per status for a group of pairs, with the pairs that have no entry."""

    label: str
    counts: dict[str, int] = field(default_factory=lambda: {key: 0 for key in STATUS_IDS})
    missing: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.missing

    def share(self, count: int) -> int:
        """Whole percent of the group's pairs."""
        return round(100 * count / self.total) if self.total else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "total": self.total,
            "counts": {**self.counts, MISSING: self.missing},
            "shares": {
                **{key: self.share(count) for key, count in self.counts.items()},
                MISSING: self.share(self.missing),
            },
        }


def progress(plan: Plan, followup: FollowUp, previous: FollowUp | None = None) -> dict[str, Any]:
    """The coordinator's figures: counts and shares per status by focus area, body and
    prevention level; pairs not started; pairs without an entry; and changes since
    ``previous``. Plain data, the context of the report templates and the JSON report."""
    entries = followup.by_pair()
    pairs = plan_pairs(plan)
    by_area = {a.number: Tally(f"{a.number}. {a.title}") for a in plan.focus_areas}
    by_body = {b.id: Tally(b.name) for b in plan.bodies}
    by_level = {lv.id: Tally(lv.name) for lv in plan.levels}
    overall = Tally("Alla")
    not_started, missing, reported = [], [], []
    for pair in pairs:
        entry = entries.get(pair.key)
        tallies: Iterable[Tally] = (
            overall,
            by_area[pair.area.number],
            by_body[pair.body],
            *(by_level[lv] for lv in pair.action.levels),
        )
        status = status_of(entry)
        for tally in tallies:
            if status == MISSING:
                tally.missing += 1
            else:
                tally.counts[status] += 1
        record = _pair_record(plan, pair)
        reported.append({**record, **_entry_record(entry)})
        if status == MISSING:
            missing.append(record)
        elif status == NOT_STARTED:
            not_started.append(record)
    result: dict[str, Any] = {
        "period": {"year": followup.period.year, "part": followup.period.part},
        "statuses": [{"id": key, "name": name} for key, name in STATUS_NAMES.items()]
        + [{"id": MISSING, "name": "saknas (ingen rapport)"}],
        "overall": overall.as_dict(),
        "focus_areas": [t.as_dict() for t in by_area.values()],
        "bodies": [t.as_dict() for t in by_body.values() if t.total],
        "levels": [t.as_dict() for t in by_level.values()],
        "pairs": reported,
        "not_started": not_started,
        "missing": missing,
        "silent_bodies": [
            plan.bodies_by_id[body].name
            for body, tally in by_body.items()
            if tally.total and tally.missing == tally.total
        ],
    }
    if previous is not None:
        result["previous_period"] = {
            "year": previous.period.year,
            "part": previous.period.part,
        }
        result["changes"] = _changes(plan, pairs, previous.by_pair(), entries)
    return result


def _pair_record(plan: Plan, pair: Pair) -> dict[str, Any]:
    return {
        "action": pair.action.id,
        "text": pair.action.text,
        "body": plan.bodies_by_id[pair.body].name,
        "body_id": pair.body,
        "role": pair.role,
    }


def _entry_record(entry: Entry | None) -> dict[str, Any]:
    """What a body wrote about a pair: its status (``saknas`` without an entry or a status),
    comment, evidence and date."""
    if entry is None:
        return {"status": MISSING, "comment": "", "evidence": [], "date": None}
    return {
        "status": status_of(entry),
        "comment": entry.comment,
        "evidence": list(entry.evidence),
        "date": entry.date,
    }


def _changes(
    plan: Plan,
    pairs: list[Pair],
    before: dict[tuple[str, str], Entry],
    after: dict[tuple[str, str], Entry],
) -> list[dict[str, Any]]:
    changes = []
    for pair in pairs:
        old, new = before.get(pair.key), after.get(pair.key)
        old_status, new_status = status_of(old), status_of(new)
        if old_status != new_status:
            changes.append({**_pair_record(plan, pair), "from": old_status, "to": new_status})
    return changes
