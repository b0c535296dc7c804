"""Edit a follow-up file in place: only the changed values are rewritten, so comments, key
order and quoting stay as the user left them; the result is checked before it is written."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import FileProblems, ValdplanError
from ..files.yaml_events import Loc
from ..plan.models import Plan
from .loading import LoadedFollowUp, parse_followup
from .models import NOT_STARTED, STATUSES
from .writing import quote


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
        return "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in value) + "]"
    if isinstance(value, str) and value in STATUSES:
        return value
    return quote(value)


def edit_text(loaded: LoadedFollowUp, plan: Plan, changes: dict[tuple[str, str], Change]) -> str:
    """The follow-up text with ``changes`` applied. Only the changed values are rewritten:
    comments, key order, quoting and every other byte stay as they are. Pairs without an
    entry are appended at the end of the entries list."""
    text = loaded.text
    document = loaded.document
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[tuple[int, int, str]] = []
    appended: list[str] = []
    for pair, change in changes.items():
        index = loaded.entry_index(pair)
        if index is None:
            appended.append(_new_entry(pair, change, newline, _keys_column(loaded)))
            continue
        loc: Loc = ("entries", index)
        current = loaded.followup.entries[index]
        wanted = change.fields()
        missing_keys = []
        for key, value in wanted.items():
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
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _append(loaded: LoadedFollowUp, block: str, newline: str) -> tuple[int, int, str]:
    """Where and how to add new entry lines ``block`` to the entries list."""
    start, end = loaded.document.spans[("entries",)]
    if not loaded.followup.entries:  # "entries: []" becomes "entries:" and a block list
        key_end = loaded.document.key_spans[("entries",)][1]
        return (key_end, end, ":" + newline + block.removesuffix(newline))
    if loaded.text[start] == "[":
        raise ValdplanError(
            f"{loaded.name}: the entries are written in flow style ([...]); write them as a"
            " block list to let valdplan add entries"
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
    start, _ = document.spans[loc]
    if loaded.text[start] == "{":
        raise ValdplanError(
            f"{loaded.name}:{document.position(loc)[0]}: this entry is written in flow style"
            " ({...}); write it as a block to let valdplan add keys to it"
        )
    keys = [k for k in document.key_positions if k[:-1] == loc]
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


def write_followup_text(loaded: LoadedFollowUp, plan: Plan, text: str) -> bool:
    """Check ``text`` is still a valid follow-up, then write it atomically over the file.
    Returns False (and writes nothing) when the text is unchanged."""
    from ..files.writing import write_file

    if text == loaded.text:
        return False
    try:
        parse_followup(text, loaded.name, plan)  # never write what valdplan cannot read back
    except FileProblems as err:
        raise ValdplanError(
            f"{loaded.name}: the edit would make the file invalid ({err.problems[0].message});"
            " the file is left as it was"
        ) from None
    raw_bom = loaded.path.read_bytes().startswith(b"\xef\xbb\xbf")
    write_file(loaded.path, ("\ufeff" if raw_bom else "") + text)
    return True


def set_entry(
    loaded: LoadedFollowUp, plan: Plan, action_id: str, body: str, change: Change
) -> bool:
    """Set one entry's fields in the file, in place; returns whether the file changed."""
    from ..plan.query import find_action, find_body

    _, action = find_action(plan, action_id)
    body_id = find_body(plan, body).id
    if action.role_of(body_id) is None:
        name = plan.bodies_by_id[body_id].name
        raise ValdplanError(f"{name} is neither responsible nor co-responsible for {action.id}")
    return write_followup_text(
        loaded, plan, edit_text(loaded, plan, {(action.id, body_id): change})
    )
