"""Merge the boards' follow-up files into one, refusing entries that disagree."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import FileProblems, Problem, ValdplanError
from ..files.locations import Loc, format_loc
from ..messages import _
from ..plan.models import Plan
from .assessment import AREA_FIELDS, FocusAreaAssessment
from .loading import LoadedFollowUp
from .models import Entry, FollowUp, plan_pairs
from .rules import status_word


def merge_files(paths: Sequence[Path], plan: Plan) -> tuple[FollowUp, list[Problem]]:
    """The merge of the follow-up files at ``paths``, and the warnings of every file and of
    the contact details the merged file is written with (once each, where first read)."""
    from .loading import load_followup
    from .privacy import contact_detail_warnings, texts_of

    loaded = [load_followup(path, plan) for path in paths]
    merged = merge(loaded, plan)
    warnings = [warning for one in loaded for warning in one.warnings]
    seen: set[tuple[tuple[str, str], str]] = set()
    for one in loaded:
        warnings += contact_detail_warnings(one.name, one.followup, one.document, seen)
        seen |= texts_of(one.followup)
    return merged, warnings


def merge(files: Sequence[LoadedFollowUp], plan: Plan) -> FollowUp:
    """One follow-up from the boards' files. A pair in several files must agree; an entry
    still as ``init`` wrote it gives way to a filled-in one. Disagreements are refused."""
    periods = {(f.followup.period.year, f.followup.period.part) for f in files}
    if len(periods) > 1:
        listed = ", ".join(
            f"{f.name}: {f.followup.period.part} {f.followup.period.year}" for f in files
        )
        raise ValdplanError(
            _("the files are for different periods ({periods})").format(periods=listed)
        )
    chosen: dict[tuple[str, str], tuple[Entry, LoadedFollowUp, int]] = {}
    conflicts: list[Problem] = identity_number_problems(files)
    for loaded in files:
        for index, entry in enumerate(loaded.followup.entries):
            if entry.pair not in chosen or chosen[entry.pair][0].untouched:
                chosen[entry.pair] = (entry, loaded, index)
                continue
            kept, other, other_index = chosen[entry.pair]
            if entry == kept or entry.untouched:
                continue
            line, column = loaded.document.position(("entries", index))
            first_line = other.document.position(("entries", other_index))[0]
            if entry.status != kept.status:
                template = _(
                    "conflict for {action} {body}: status differs from {other}:{line} (here"
                    " {here}, there {there})"
                )
            else:
                template = _(
                    "conflict for {action} {body}: comment, evidence or date differs from"
                    " {other}:{line} (here {here}, there {there})"
                )
            message = template.format(
                action=entry.action,
                body=entry.body,
                other=other.name,
                line=first_line,
                here=status_word(entry.status),
                there=status_word(kept.status),
            )
            conflicts.append(Problem(loaded.name, line, column, message))
    texts, text_conflicts = _merged_assessments(files)
    conflicts += text_conflicts
    if conflicts:
        raise FileProblems(conflicts)
    order = {pair.key: n for n, pair in enumerate(plan_pairs(plan))}
    entries = sorted((entry for entry, _, _ in chosen.values()), key=lambda e: order[e.pair])
    return FollowUp(
        period=files[0].followup.period,
        assessment=texts.pop(("assessment",), ""),
        recommendations=texts.pop(("recommendations",), ""),
        focus_areas=_focus_areas(plan, texts),
        entries=tuple(entries),
    )


# Where a text of the coordinator's part belongs, whatever its place in a file: ("assessment",),
# (focus area, field) or (focus area, prerequisite, field).
TextKey = tuple[int | str, ...]


def _assessment_values(loaded: LoadedFollowUp) -> Iterator[tuple[TextKey, Loc, str]]:
    """Every value of the coordinator's part of a file: where it belongs, where it stands."""
    followup = loaded.followup
    yield ("assessment",), ("assessment",), followup.assessment
    yield ("recommendations",), ("recommendations",), followup.recommendations
    for index, item in enumerate(followup.focus_areas):
        for key in AREA_FIELDS:
            yield (item.focus_area, key), ("focus_areas", index, key), getattr(item, key)
        for number, prerequisite in enumerate(item.prerequisites):
            for key in ("status", "comment"):
                loc = ("focus_areas", index, "prerequisites", number, key)
                yield (item.focus_area, prerequisite.number, key), loc, getattr(prerequisite, key)


def _merged_assessments(
    files: Sequence[LoadedFollowUp],
) -> tuple[dict[TextKey, str], list[Problem]]:
    """The coordinator's texts of all ``files``: a value given in one file is taken, the same
    value in several is taken once, different values are refused (one problem each)."""
    chosen: dict[TextKey, tuple[str, LoadedFollowUp, Loc]] = {}
    conflicts = []
    for loaded in files:
        for key, loc, value in _assessment_values(loaded):
            if not value:
                continue
            if key not in chosen:
                chosen[key] = (value, loaded, loc)
                continue
            kept, other, other_loc = chosen[key]
            if value != kept:
                line, column = loaded.document.position(loc)
                message = _("conflict: {field} differs from {other}:{line}").format(
                    field=format_loc(loc),
                    other=other.name,
                    line=other.document.position(other_loc)[0],
                )
                conflicts.append(Problem(loaded.name, line, column, message))
    return {key: value for key, (value, _, _) in chosen.items()}, conflicts


def _focus_areas(plan: Plan, texts: dict[TextKey, str]) -> tuple[FocusAreaAssessment, ...]:
    """Every focus area and prerequisite of the plan with the merged texts (all empty when
    no file had any: the merged file still holds the form for the coordinator)."""
    from .assessment import full_assessments

    given: dict[int, dict[str, Any]] = {}
    for key, value in texts.items():
        area = given.setdefault(int(key[0]), {"focus_area": key[0], "prerequisites": {}})
        if len(key) == 2:
            area[str(key[1])] = value
        else:
            area["prerequisites"].setdefault(key[1], {"number": key[1]})[str(key[2])] = value
    items = tuple(
        FocusAreaAssessment.model_validate(
            {**area, "prerequisites": list(area["prerequisites"].values())}
        )
        for area in given.values()
    )
    return full_assessments(plan, items)


def merged_note(plan: Plan, count: int, followup: FollowUp) -> str:
    """The note that ``count`` files of one period were merged before counting."""
    from .models import period_words

    return _("{count} files of {period} merged ({entries} entries)").format(
        count=count, period=period_words(followup.period, plan), entries=len(followup.entries)
    )


def identity_number_problems(files: Sequence[LoadedFollowUp]) -> list[Problem]:
    """Every comment and evidence item of ``files`` holding an identity number: a merge
    writes a new public record, so it refuses them (loading only warns)."""
    from .assessment import assessment_texts
    from .privacy import identity_number_problem

    problems = []
    for loaded in files:
        for loc, text in assessment_texts(loaded.followup):
            problem = identity_number_problem(text)
            if problem is not None:
                line, column = loaded.document.position(loc)
                message = f"{format_loc(loc)}: {problem}"
                problems.append(Problem(loaded.name, line, column, message))
        for index, entry in enumerate(loaded.followup.entries):
            texts: list[tuple[tuple[str | int, ...], str]] = [(("comment",), entry.comment)]
            texts += [(("evidence", n), item) for n, item in enumerate(entry.evidence)]
            for where, text in texts:
                problem = identity_number_problem(text)
                if problem is not None:
                    loc = ("entries", index, *where)
                    line, column = loaded.document.position(loc)
                    field = ".".join(str(part) for part in where)
                    message = f"entries[{index}].{field}: {problem}"
                    problems.append(Problem(loaded.name, line, column, message))
    return problems
