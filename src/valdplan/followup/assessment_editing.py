"""``followup set`` for the coordinator's text: the whole plan's or a focus area's assessment
and recommendations, and a prerequisite's status and comment, edited in place like an entry.

A value whose key is in the file replaces the old value and nothing else; a missing key is
added at the end of its mapping; a missing focus area, prerequisite or the whole part is
written as ``merge`` writes it (``assessment.area_lines``), with every prerequisite of the
focus area, so that the coordinator sees what else there is to fill in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ValdplanError
from ..files.locations import Loc
from ..messages import _
from ..plan.models import Plan
from . import rules
from .assessment import (
    FocusAreaAssessment,
    PrerequisiteAssessment,
    area_lines,
    full_assessments,
    prerequisite_lines,
)
from .editing import EditResult, apply_edit, refuse_identity_numbers, replacement, splice
from .loading import LoadedFollowUp


@dataclass(frozen=True)
class TextChange:
    """What to set of the coordinator's text (None: leave as it is). Without ``focus_area``
    it is the whole plan's; with ``prerequisite`` one prerequisite's status and comment (a
    status of "" makes it not assessed)."""

    focus_area: int | None = None
    prerequisite: int | None = None
    assessment: str | None = None
    recommendations: str | None = None
    status: str | None = None
    comment: str | None = None

    def values(self) -> dict[str, Any]:
        """The keys to set and their values, each through its rule (named by its option)."""
        found: dict[str, Any] = {}
        for key in ("assessment", "recommendations", "comment"):
            value = getattr(self, key)
            if value is not None:
                found[key] = rules.of_field(key, rules.assessment, value)
                refuse_identity_numbers(f"--{key}", [value])
        if self.status is not None:
            found["status"] = (
                rules.of_field("status", rules.prerequisite_state, self.status.strip())
                if self.status.strip()
                else None
            )
        return found


def set_text(path: Path, plan: Plan, change: TextChange) -> EditResult:
    """Set the coordinator's text in the follow-up file at ``path``, in place."""
    area = None
    if change.focus_area is not None:
        area = rules.of_field(
            "focus-area", lambda _typed: rules.focus_area_in_plan(plan, change.focus_area or 0), ""
        )
    if change.prerequisite is not None:
        assert area is not None  # the command line asks for --focus-area
        rules.of_field(
            "prerequisite",
            lambda _typed: rules.prerequisite_in_area(area, change.prerequisite or 0),
            "",
        )
    values = change.values()

    def edited(loaded: LoadedFollowUp) -> str:
        if not any((key,) in loaded.document.spans for key in _TOP_KEYS):
            return splice(loaded.text, [_whole_form(loaded, plan, change, values)])
        if area is None:
            return splice(loaded.text, _set_keys(loaded, (), values))
        return _set_in_area(loaded, plan, area.number, change.prerequisite, values)

    return apply_edit(path, plan, edited)


Edit = tuple[int, int, str]
_TOP_KEYS = ("assessment", "recommendations", "focus_areas")


def _whole_form(
    loaded: LoadedFollowUp, plan: Plan, change: TextChange, values: dict[str, Any]
) -> Edit:
    """The coordinator's whole part, as ``merge`` writes it, with ``values`` set, for a file
    that has none of it yet."""
    from .assessment import assessment_lines

    areas = full_assessments(plan)
    followup = loaded.followup
    if change.focus_area is None:
        followup = followup.model_copy(update=values)
    else:
        areas = tuple(
            _with(item, change.prerequisite, values)
            if item.focus_area == change.focus_area
            else item
            for item in areas
        )
    return _before_entries(
        loaded, assessment_lines(plan, followup.model_copy(update={"focus_areas": areas}))
    )


def _set_in_area(
    loaded: LoadedFollowUp,
    plan: Plan,
    number: int,
    prerequisite: int | None,
    values: dict[str, Any],
) -> str:
    """The text with ``values`` set on focus area ``number`` (or its ``prerequisite``),
    adding whatever part of the structure the file lacks."""
    area = rules.focus_area_in_plan(plan, number)
    items = loaded.followup.focus_areas
    index = next((n for n, item in enumerate(items) if item.focus_area == number), None)
    if index is None:
        full = _with(full_assessments(plan)[plan.focus_areas.index(area)], prerequisite, values)
        if ("focus_areas",) not in loaded.document.spans:
            edit = _before_entries(loaded, ["focus_areas:", *area_lines(area, full, "  ")])
        else:
            edit = _append_item(loaded, ("focus_areas",), lambda d: area_lines(area, full, d))
        return splice(loaded.text, [edit])
    loc: Loc = ("focus_areas", index)
    if prerequisite is None:
        return splice(loaded.text, _set_keys(loaded, loc, values))
    known = items[index].prerequisites
    position = next((n for n, p in enumerate(known) if p.number == prerequisite), None)
    if position is not None:
        return splice(loaded.text, _set_keys(loaded, (*loc, "prerequisites", position), values))
    item = PrerequisiteAssessment.model_validate({"number": prerequisite, **values})
    where: Loc = (*loc, "prerequisites")
    if known:
        edit = _append_item(loaded, where, lambda dash: prerequisite_lines(area, item, dash))
    elif where in loaded.document.spans:  # "prerequisites: []" becomes a block list
        dash = " " * (_column(loaded, where) + 2)
        newline = _newline(loaded)
        block = "".join(newline + line for line in prerequisite_lines(area, item, dash))
        value_end = _end(loaded, where)
        edit = (loaded.document.key_spans[where][1], value_end, ":" + block)
    else:
        dash = " " * (_column(loaded, (*loc, "focus_area")) + 2)
        edit = _insert_keys(
            loaded, loc, ["prerequisites:"], tuple(prerequisite_lines(area, item, dash))
        )
    return splice(loaded.text, [edit])


def _with(
    item: FocusAreaAssessment, prerequisite: int | None, values: dict[str, Any]
) -> FocusAreaAssessment:
    if prerequisite is None:
        return item.model_copy(update=values)
    prerequisites = tuple(
        p.model_copy(update=values) if p.number == prerequisite else p for p in item.prerequisites
    )
    return item.model_copy(update={"prerequisites": prerequisites})


def _set_keys(loaded: LoadedFollowUp, loc: Loc, values: dict[str, Any]) -> list[Edit]:
    """The edits that set each key of ``values`` in the mapping at ``loc`` (() is the
    file's top level): replaced where it is, added where it is not."""
    from .writing import quote

    edits = []
    missing = []
    for key, value in values.items():
        if (*loc, key) in loaded.document.spans:
            edits.append(replacement(loaded, (*loc, key), value))
        else:
            missing.append(f"{key}:" + ("" if value is None else f" {quote(value)}"))
    if missing and loc == ():
        areas = loaded.document.key_spans.get(("focus_areas",))
        edits.append(_before_entries(loaded, missing, areas))
    elif missing:
        edits.append(_insert_keys(loaded, loc, missing))
    return edits


def _newline(loaded: LoadedFollowUp) -> str:
    return "\r\n" if "\r\n" in loaded.text else "\n"


def _line_after(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (after its line break)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end + 1


def _node(loaded: LoadedFollowUp, loc: Loc) -> Any:
    """The raw data at ``loc``."""
    node: Any = loaded.document.data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _end(loaded: LoadedFollowUp, loc: Loc) -> int:
    """Where the last value under ``loc`` ends: the comments after it belong to what
    follows, so the end of the innermost last scalar, not the end of the node."""
    spans = loaded.document.spans
    leaf = loc
    node = _node(loaded, loc)
    while isinstance(node, (dict, list)) and node:
        last: str | int = list(node)[-1] if isinstance(node, dict) else len(node) - 1
        if (*leaf, last) not in spans:
            break
        leaf = (*leaf, last)
        node = node[last]  # type: ignore[index]
    start, stop = spans[leaf]
    return start + len(loaded.text[start:stop].rstrip())


def _column(loaded: LoadedFollowUp, loc: Loc) -> int:
    """The 0-based column of the key at ``loc``."""
    return loaded.document.key_positions[loc][1] - 1


def _insertion(loaded: LoadedFollowUp, position: int, lines: list[str]) -> Edit:
    newline = _newline(loaded)
    text = loaded.text
    prefix = newline if position == len(text) and text and not text.endswith("\n") else ""
    return (position, position, prefix + "".join(line + newline for line in lines))


def _insert_keys(
    loaded: LoadedFollowUp, loc: Loc, lines: list[str], indented: tuple[str, ...] = ()
) -> Edit:
    """``lines`` at the end of the block mapping at ``loc``, at its keys' indentation (then
    ``indented``, as they are)."""
    start = loaded.document.spans[loc][0]
    if loaded.text[start] == "{":
        raise ValdplanError(_flow_message(loaded, loc))
    node = _node(loaded, loc)
    keys = [(*loc, key) for key in node] if isinstance(node, dict) else []
    first = min(
        (key for key in keys if key in loaded.document.key_positions),
        key=lambda key: loaded.document.key_positions[key],
    )
    indent = " " * _column(loaded, first)
    position = _line_after(loaded.text, _end(loaded, loc))
    return _insertion(loaded, position, [indent + line for line in lines] + list(indented))


def _append_item(loaded: LoadedFollowUp, loc: Loc, lines: Callable[[str], list[str]]) -> Edit:
    """The lines ``lines(dash)`` makes at the end of the block list at ``loc``, their dash
    under the dash of its first item."""
    start = loaded.document.spans[loc][0]
    if loaded.text[start] == "[":
        raise ValdplanError(_flow_message(loaded, loc))
    dash = " " * (loaded.document.value_positions[(*loc, 0)][1] - 3)
    position = _line_after(loaded.text, _end(loaded, loc))
    return _insertion(loaded, position, lines(dash))


def _before_entries(
    loaded: LoadedFollowUp, lines: list[str], before: tuple[int, int] | None = None
) -> Edit:
    """Top-level ``lines`` just before the entries (at the end of a file without any), or
    before the key at ``before``."""
    span = before or loaded.document.key_spans.get(("entries",))
    if span is None:
        return _insertion(loaded, len(loaded.text), lines)
    return _insertion(loaded, loaded.text.rfind("\n", 0, span[0]) + 1, lines)


def _flow_message(loaded: LoadedFollowUp, loc: Loc) -> str:
    from ..files.locations import format_loc

    return _(
        "{file}:{line}: {field} is written in flow style ([...] or {{...}}); write it as a"
        " block to let valdplan add to it"
    ).format(file=loaded.name, line=loaded.document.position(loc)[0], field=format_loc(loc))
