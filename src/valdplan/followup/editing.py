"""Edit a follow-up file in place: only the changed values are rewritten, so comments, key
order and quoting stay as the user left them; the result is checked before it is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import FileProblems, Problem, ValdplanError
from ..files.locations import Loc
from ..files.yaml_text import double_quoted
from ..messages import _
from ..plan.models import Plan
from .loading import LoadedFollowUp, load_followup, parse_followup
from .models import NOT_STARTED, STATUSES
from .writing import quote

_ENTRY_KEYS = ("action", "body", "status", "comment", "evidence", "date")


@dataclass(frozen=True)
class Change:
    """New values for some fields of one entry (None: leave the field as it is; a date of ""
    removes the date)."""

    status: str | None = None
    comment: str | None = None
    evidence: tuple[str, ...] | None = None
    date: str | None = None

    def fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def _yaml_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, tuple):
        # Inside [...] a plain scalar may not hold ":" (URLs): always double-quote there.
        return "[" + ", ".join(double_quoted(item) for item in value) + "]"
    if isinstance(value, str) and value in STATUSES:
        return value
    return quote(value)


def edit_text(loaded: LoadedFollowUp, plan: Plan, changes: dict[tuple[str, str], Change]) -> str:
    """The follow-up text with ``changes`` applied. Only the changed values are rewritten:
    comments, key order, quoting and every other byte stay as they are. Pairs without an
    entry are appended at the end of the entries list. Linear in the file and the changes."""
    document = loaded.document
    newline = "\r\n" if "\r\n" in loaded.text else "\n"
    indexes = loaded.entry_indexes()
    keys_column = _keys_column(loaded)
    edits: list[tuple[int, int, str]] = []
    appended: list[str] = []
    for pair, change in changes.items():
        index = indexes.get(pair)
        if index is None:
            appended.append(_new_entry(pair, change, newline, keys_column))
            continue
        loc: Loc = ("entries", index)
        current = loaded.followup.entries[index]
        missing_keys = []
        for key, value in change.fields().items():
            if key == "date" and value == "":
                value = None
            if getattr(current, key) == value:
                continue
            if (*loc, key) in document.spans:
                start, end = _value_span(loaded, (*loc, key))
                edits.append((start, end, _yaml_value(value)))
            elif value is not None:
                missing_keys.append(f"{key}: {_yaml_value(value)}")
        if missing_keys:
            edits.append(_insertion(loaded, loc, missing_keys, newline))
    if appended:
        edits.append(_append(loaded, "".join(appended), newline))
    return _splice(loaded.text, edits)


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each span [start, end) replaced, in one pass (edits do not overlap)."""
    parts = []
    position = 0
    for start, end, replacement in sorted(edits):
        parts += [text[position:start], replacement]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _append(loaded: LoadedFollowUp, block: str, newline: str) -> tuple[int, int, str]:
    """Where and how to add new entry lines ``block`` to the entries list."""
    start, end = loaded.document.spans[("entries",)]
    if not loaded.followup.entries:  # "entries: []" becomes "entries:" and a block list
        key_end = loaded.document.key_spans[("entries",)][1]
        return (key_end, end, ":" + newline + block.removesuffix(newline))
    if loaded.text[start] == "[":
        raise ValdplanError(
            _(
                "{file}: the entries are written in flow style ([...]); write them as a block"
                " list to let valdplan add entries"
            ).format(file=loaded.name)
        )
    if end > 0 and loaded.text[end - 1] != "\n":
        return (end, end, newline + block)
    return (end, end, block)


def _keys_column(loaded: LoadedFollowUp) -> int:
    """The column of the keys of the existing entries (5 in "  - action:"), else 5."""
    first = loaded.document.value_positions.get(("entries", 0))
    if first is None or loaded.text[loaded.document.spans[("entries", 0)][0]] == "{":
        return 5
    return max(first[1], 3)


def _value_span(loaded: LoadedFollowUp, loc: Loc) -> tuple[int, int]:
    """Where the value at ``loc`` stands in the text. The parser ends a block scalar or block
    list at the next token, which may be lines later: trailing whitespace is not the value's."""
    start, end = loaded.document.spans[loc]
    return start, start + len(loaded.text[start:end].rstrip())


def _insertion(
    loaded: LoadedFollowUp, loc: Loc, lines: list[str], newline: str
) -> tuple[int, int, str]:
    """New ``key: value`` lines at the end of the block-style entry at ``loc``."""
    document = loaded.document
    start = document.spans[loc][0]
    if loaded.text[start] == "{":
        raise ValdplanError(
            _(
                "{file}:{line}: this entry is written in flow style ({{...}}); write it as a"
                " block to let valdplan add keys to it"
            ).format(file=loaded.name, line=document.position(loc)[0])
        )
    keys = [(*loc, key) for key in _ENTRY_KEYS if (*loc, key) in document.key_positions]
    indent = " " * (document.key_positions[keys[0]][1] - 1)
    end = max(_value_span(loaded, k)[1] for k in keys)
    line_end = loaded.text.find("\n", end)
    position = len(loaded.text) if line_end < 0 else line_end + 1
    prefix = newline if line_end < 0 else ""
    return (position, position, prefix + "".join(f"{indent}{line}{newline}" for line in lines))


def _new_entry(pair: tuple[str, str], change: Change, newline: str, keys_column: int) -> str:
    """An entry in block style, its keys at ``keys_column`` (1-based) like the others."""
    action_id, body = pair
    dash = " " * (keys_column - 3) + "- "
    indent = " " * (keys_column - 1)
    lines = [f'{dash}action: "{action_id}"', f"{indent}body: {body}"]
    lines.append(f"{indent}status: {change.status or NOT_STARTED}")
    lines.append(f"{indent}comment: {quote(change.comment or '')}")
    if change.evidence:
        lines.append(f"{indent}evidence: {_yaml_value(change.evidence)}")
    if change.date:
        lines.append(f'{indent}date: "{change.date}"')
    return "".join(line + newline for line in lines)


@dataclass
class EditResult:
    """What an in-place edit did: whether the file changed, and the warnings of the file as
    it is now (personal data, an unrecorded plan)."""

    changed: bool
    warnings: list[Problem] = field(default_factory=list)


def apply_changes(path: Path, plan: Plan, changes: dict[tuple[str, str], Change]) -> EditResult:
    """Apply ``changes`` to the follow-up file at ``path`` in place. The file is read,
    changed, checked and written under its edit lock, so that concurrent edits all land;
    nothing is written when the result would not be a valid follow-up."""
    from ..files.locking import editing
    from ..files.writing import write_file
    from .identity import identity_warnings
    from .privacy import personal_data_warnings

    with editing(path):
        loaded = load_followup(path, plan)
        text = edit_text(loaded, plan, changes)
        if text == loaded.text:
            return EditResult(False, loaded.warnings)
        try:  # never write what valdplan cannot read back
            followup, document = parse_followup(text, loaded.name, plan)
        except FileProblems as err:
            raise ValdplanError(
                _(
                    "{file}: the edit would make the file invalid ({problem}); the file is left"
                    " as it was"
                ).format(file=loaded.name, problem=err.problems[0].message)
            ) from None
        write_file(path, ("\ufeff" if loaded.bom else "") + text)
    warnings = identity_warnings(loaded.name, followup, document, plan)
    warnings += personal_data_warnings(loaded.name, followup, document)
    return EditResult(True, warnings)


def set_entry(path: Path, plan: Plan, action_id: str, body: str, change: Change) -> EditResult:
    """Set one entry's fields in the file at ``path``, in place."""
    from ..plan.query import find_action, find_body

    _area, action = find_action(plan, action_id)
    body_id = find_body(plan, body).id
    if action.role_of(body_id) is None:
        name = plan.bodies_by_id[body_id].name
        raise ValdplanError(
            _("{body} is neither responsible nor co-responsible for {action}").format(
                body=name, action=action.id
            )
        )
    return apply_changes(path, plan, {(action.id, body_id): change})
