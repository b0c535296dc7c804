"""Merge the boards' follow-up files into one, refusing entries that disagree."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import FileProblems, Problem, ValdplanError
from ..plan.models import Plan
from .loading import LoadedFollowUp
from .models import NOT_STARTED, STATUSES, Entry, FollowUp, plan_pairs


def _untouched(entry: Entry) -> bool:
    return entry.status == NOT_STARTED and not (entry.comment or entry.evidence or entry.date)


def merge(files: Sequence[LoadedFollowUp], plan: Plan) -> FollowUp:
    """One follow-up from the boards' files. A pair in several files must agree; an entry
    still as ``init`` wrote it gives way to a filled-in one. Disagreements are refused."""
    periods = {(f.followup.period.year, f.followup.period.part) for f in files}
    if len(periods) > 1:
        listed = ", ".join(
            f"{f.name}: {f.followup.period.part} {f.followup.period.year}" for f in files
        )
        raise ValdplanError(f"the files are for different periods ({listed})")
    chosen: dict[tuple[str, str], tuple[Entry, LoadedFollowUp, int]] = {}
    conflicts: list[Problem] = []
    for loaded in files:
        for index, entry in enumerate(loaded.followup.entries):
            if entry.pair not in chosen or _untouched(chosen[entry.pair][0]):
                chosen[entry.pair] = (entry, loaded, index)
                continue
            kept, other, other_index = chosen[entry.pair]
            if entry == kept or _untouched(entry):
                continue
            line, column = loaded.document.position(("entries", index))
            first_line = other.document.position(("entries", other_index))[0]
            what = "status" if entry.status != kept.status else "comment, evidence or date"
            message = (
                f"conflict for {entry.action} {entry.body}: {what} differs from"
                f" {other.name}:{first_line} (here {STATUSES[entry.status]},"
                f" there {STATUSES[kept.status]})"
            )
            conflicts.append(Problem(loaded.name, line, column, message))
    if conflicts:
        raise FileProblems(conflicts)
    order = {pair.key: n for n, pair in enumerate(plan_pairs(plan))}
    entries = sorted((entry for entry, _, _ in chosen.values()), key=lambda e: order[e.pair])
    return FollowUp(period=files[0].followup.period, entries=tuple(entries))
