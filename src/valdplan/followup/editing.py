"""Edit a follow-up file in place: only the changed values are rewritten, so comments, key
order and quoting stay as the user left them; the result is checked before it is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import FileProblems, Problem, ValdplanError
from ..files.locations import Loc
from ..files.yaml_text import double_quoted
from ..messages import _
from ..plan.models import Plan
from ..vocabulary import STATUS_IDS
from . import rules
from .loading import LoadedFollowUp, file_warnings, load_followup, parse_followup
from .writing import quote

_ENTRY_KEYS = ("action", "body", "status", "comment", "evidence", "date")


@dataclass(frozen=True)
class Change:
    """New values for some fields of one entry (None: leave the field as it is; a status of
    "" makes the entry unreported, a date of "" removes the date)."""

    status: str | None = None
    comment: str | None = None
    evidence: tuple[str, ...] | None = None
    date: str | None = None

    def fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def checked(self) -> Change:
        """The change with every value put through its rule (``rules``), as typed on the
        command line: a broken rule names its field."""
        status, comment, date = self.status, self.comment, self.date
        if status:  # "" leaves the entry unreported
            status = rules.of_field("status", rules.status, status.strip())
        if comment is not None:
            comment = rules.of_field("comment", rules.comment, comment)
        if date:  # "" removes the date
            date = rules.of_field("date", rules.date, date.strip())
        evidence = self.evidence
        if evidence is not None:
            evidence = tuple(rules.of_field("evidence", rules.control_free, e) for e in evidence)
        refuse_identity_numbers("--comment", [comment or ""])
        refuse_identity_numbers("--evidence", list(evidence or ()))
        return Change(status, comment, evidence, date)


def refuse_identity_numbers(field: str, texts: list[str]) -> None:
    """A ``ValdplanError`` naming ``field`` when one of ``texts`` holds an identity number."""
    from .privacy import identity_number_problem

    for text in texts:
        problem = identity_number_problem(text)
        if problem is not None:
            raise ValdplanError(f"{field}: {problem}")


def _yaml_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, tuple):
        # Inside [...] a plain scalar may not hold ":" (URLs): always double-quote there.
        return "[" + ", ".join(double_quoted(item) for item in value) + "]"
    if isinstance(value, str) and value in STATUS_IDS:
        return value
    return quote(value)


def edit_text(loaded: LoadedFollowUp, plan: Plan, changes: dict[tuple[str, str], Change]) -> str:
    """The follow-up text with ``changes`` applied. Only the changed values are rewritten:
    comments, key order, quoting and every other byte stay as they are. Pairs without an
    entry are appended at the end of the entries list. Linear in the file and the changes."""
    document = loaded.document
    newline = "\r\n" if "\r\n" in loaded.text else "\n"
    indexes = loaded.entry_indexes()
    keys_column = 0  # found when the first entry is added: it needs the file's positions
    edits: list[tuple[int, int, str]] = []
    appended: list[str] = []
    for pair, change in changes.items():
        index = indexes.get(pair)
        if index is None:
            keys_column = keys_column or _keys_column(loaded)
            appended.append(_new_entry(pair, change, newline, keys_column))
            continue
        loc: Loc = ("entries", index)
        current = loaded.followup.entries[index]
        missing_keys = []
        for key, value in change.fields().items():
            if key in ("date", "status") and value == "":
                value = None
            if getattr(current, key) == value:
                continue
            if (*loc, key) in document.spans:
                edits.append(replacement(loaded, (*loc, key), value))
            elif value is not None:
                missing_keys.append(f"{key}: {_yaml_value(value)}")
        if missing_keys:
            edits.append(_insertion(loaded, loc, missing_keys, newline))
    if appended:
        edits.append(_append(loaded, "".join(appended), newline))
    return splice(loaded.text, edits)


def replacement(loaded: LoadedFollowUp, loc: Loc, value: Any) -> tuple[int, int, str]:
    """The edit that gives the key at ``loc`` its new value. An unreported status is written
    as nothing after the colon (``status:``), as ``init`` writes it, and an empty value gets
    its space back when it is filled in."""
    start, end = _value_span(loaded, loc)
    if value is None and loc[-1] == "status":
        return (loaded.document.key_spans[loc][1] + 1, end, "")
    text = _yaml_value(value)
    return (start, end, " " + text if start == end else text)


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
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
    lines.append(f"{indent}status:" + (f" {change.status}" if change.status else ""))
    lines.append(f"{indent}comment: {quote(change.comment or '')}")
    if change.evidence:
        lines.append(f"{indent}evidence: {_yaml_value(change.evidence)}")
    if change.date:
        lines.append(f'{indent}date: "{change.date}"')
    return "".join(line + newline for line in lines)


@dataclass
class EditResult:
    """What an in-place edit did: whether the file changed, and the warnings of the file as
    it is now (identity numbers, an unrecorded plan, invisible characters) and of what the
    edit wrote (e-mail addresses, phone numbers)."""

    changed: bool
    warnings: list[Problem] = field(default_factory=list)


Changes = dict[tuple[str, str], Change]


def apply_changes(
    path: Path, plan: Plan, changes: Changes | Callable[[LoadedFollowUp], Changes]
) -> EditResult:
    """Apply ``changes`` to the follow-up file at ``path`` in place (or the changes a function
    makes of the loaded file, for changes that depend on its period)."""

    def edited(loaded: LoadedFollowUp) -> str:
        return edit_text(loaded, plan, changes(loaded) if callable(changes) else changes)

    return apply_edit(path, plan, edited)


def apply_edit(path: Path, plan: Plan, edit: Callable[[LoadedFollowUp], str]) -> EditResult:
    """Write the text ``edit`` makes of the loaded follow-up file at ``path``. The file is
    read, changed, checked and written under its edit lock, so that concurrent edits all
    land; nothing is written when the result would not be a valid follow-up."""
    from ..files.locking import editing
    from ..files.writing import write_file
    from .privacy import contact_detail_warnings, texts_of

    with editing(path):
        loaded = load_followup(path, plan)
        text = edit(loaded)
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
    # Contact details are warned about here, where they are written, and only the new ones.
    warnings = file_warnings(loaded.name, text, followup, document, plan)
    warnings += contact_detail_warnings(loaded.name, followup, document, texts_of(loaded.followup))
    return EditResult(True, warnings)


def set_entry(
    path: Path,
    plan: Plan,
    action_id: str,
    body: str,
    change: Change,
    add_evidence: tuple[str, ...] = (),
    clear_evidence: bool = False,
) -> EditResult:
    """Set one entry's fields in the file at ``path``, in place. ``action_id`` and ``body``
    may be written as people type them; every value goes through its rule first.
    ``add_evidence`` items come after the entry's own (none, with ``clear_evidence``)."""
    from ..plan.query import find_action, find_body

    _area, action = find_action(plan, action_id)
    body_id = find_body(plan, body).id
    rules.body_on_action(plan, action, body_id)
    checked = change.checked()
    if add_evidence or clear_evidence:
        Change(evidence=add_evidence).checked()

    def for_file(loaded: LoadedFollowUp) -> Changes:
        nonlocal checked
        if add_evidence or clear_evidence:
            index = loaded.entry_indexes().get((action.id, body_id))
            own = () if clear_evidence or index is None else loaded.followup.entries[index].evidence
            checked = replace(checked, evidence=(*own, *add_evidence))
        if checked.date:
            year = loaded.followup.period.year
            rules.of_field("date", lambda date: rules.date_in_period(date, year), checked.date)
        return {(action.id, body_id): checked}

    return apply_changes(path, plan, for_file)
