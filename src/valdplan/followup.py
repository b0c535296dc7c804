"""Follow-up of the plan: what each body has done with each of its actions, per period.

A follow-up file holds one entry per (action, body) pair, where the body is responsible or
co-responsible for the action, with a status, a comment and optionally evidence and a date.
It is validated against the plan like the plan itself, edited in place without touching
anything but the edited values, merged from the boards' own files, and summarised in a
progress report.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from .errors import FileProblems, Problem, ValdplanError
from .models import (
    Action,
    ActionId,
    FocusArea,
    Plan,
    Slug,
    StrictModel,
    Text,
    iso_date,
    no_control_characters,
)

if TYPE_CHECKING:
    from .yaml_data import Loc, YamlDocument

# Status ids (what files store) and the Swedish names people read and may also type.
STATUSES: dict[str, str] = {
    "ej-paborjad": "ej påbörjad",
    "pagaende": "pågående",
    "genomford": "genomförd",
    "ej-aktuell": "ej aktuell",
}
NOT_STARTED = "ej-paborjad"
DONE = "genomford"
PARTS = ("delår", "helår")
Role = Literal["responsible", "co-responsible"]


def status_id(typed: str) -> str | None:
    """The status id for an id or display name in any case, with or without å/ä/ö."""
    from .query import normalise

    wanted = normalise(typed)
    for key, name in STATUSES.items():
        if wanted in (normalise(key), normalise(name)):
            return key
    return None


def _status(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    found = status_id(value)
    if found is None:
        raise PydanticCustomError(
            "status",
            "'{value}' is not a status; use one of: {known}",
            {"value": value[:40], "known": status_choices()},
        )
    return found


def status_choices() -> str:
    """The statuses for messages: "ej-paborjad (ej påbörjad), pagaende (pågående), …"."""
    return ", ".join(f"{key} ({name})" for key, name in STATUSES.items())


ROLE_NAMES_SV = {"responsible": "ansvarig", "co-responsible": "medansvarig"}


def _iso_date(value: str) -> str:
    try:
        return iso_date(value)
    except ValueError:
        raise PydanticCustomError(
            "date", "'{value}' is not a date; write it as YYYY-MM-DD", {"value": value[:40]}
        ) from None


StatusId = Annotated[
    str,
    BeforeValidator(_status),
    WithJsonSchema({"type": "string", "enum": [*STATUSES, *STATUSES.values()]}),
]
IsoDate = Annotated[
    str,
    AfterValidator(_iso_date),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
]


class FollowUpPeriod(StrictModel):
    """Which report this is: the year and delår (interim) or helår (full year)."""

    year: int = Field(ge=2000, le=2200, description="Year followed up (år), e.g. 2025.")
    part: Literal["delår", "helår"] = Field(description="delår (interim) or helår (full year).")


class Entry(StrictModel):
    """What one body has done with one action (uppföljningspost)."""

    action: ActionId = Field(description='Action id as in the plan (åtgärd), e.g. "4:4".')
    body: Slug = Field(description="Body id from the plan (organ), e.g. socialnamnden.")
    status: StatusId = Field(
        description="ej-paborjad (ej påbörjad), pagaende (pågående), genomford (genomförd)"
        " or ej-aktuell (ej aktuell)."
    )
    comment: Annotated[str, AfterValidator(no_control_characters)] = Field(
        "", description="Free text (kommentar); becomes a public document: no personal data."
    )
    evidence: tuple[Text, ...] = Field((), description="Links or references (underlag).")
    date: IsoDate | None = Field(None, description="When it was assessed (datum), YYYY-MM-DD.")

    @property
    def pair(self) -> tuple[str, str]:
        return (self.action, self.body)


class FollowUp(StrictModel):
    """A follow-up file: one period's entries (uppföljning)."""

    period: FollowUpPeriod = Field(description="The period followed up (period).")
    entries: tuple[Entry, ...] = Field((), description="One entry per action and body (poster).")

    def by_pair(self) -> dict[tuple[str, str], Entry]:
        return {entry.pair: entry for entry in self.entries}


@dataclass(frozen=True)
class Pair:
    """An (action, body) pair the plan asks a follow-up for."""

    area: FocusArea
    action: Action
    body: str
    role: Role

    @property
    def key(self) -> tuple[str, str]:
        return (self.action.id, self.body)


def plan_pairs(plan: Plan, body: str | None = None) -> list[Pair]:
    """Every (action, body) pair of the plan in document order, or one body's pairs."""
    pairs = []
    for area, action in plan.actions():
        for body_id in action.responsible:
            pairs.append(Pair(area, action, body_id, "responsible"))
        for body_id in action.co_responsible:
            pairs.append(Pair(area, action, body_id, "co-responsible"))
    return [pair for pair in pairs if body is None or pair.body == body]


@dataclass
class LoadedFollowUp:
    """A validated follow-up file with the positions of its entries, for edits and messages."""

    path: Path
    name: str
    text: str
    followup: FollowUp
    document: YamlDocument
    warnings: list[Problem] = field(default_factory=list)

    def entry_index(self, pair: tuple[str, str]) -> int | None:
        for index, entry in enumerate(self.followup.entries):
            if entry.pair == pair:
                return index
        return None


def reference_problems(data: Any, plan: Plan) -> list[tuple[Loc, str]]:
    """Entries naming actions or bodies the plan lacks, bodies not on the action, and pairs
    listed twice. Works on raw data so that it reports together with structural problems."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return []
    actions = {action_id: action for action_id, (_, action) in plan.actions_by_id.items()}
    problems: list[tuple[Loc, str]] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(data["entries"]):
        if not isinstance(entry, dict):
            continue
        action_id, body = entry.get("action"), entry.get("body")
        loc: Loc = ("entries", index)
        action = actions.get(action_id) if isinstance(action_id, str) else None
        if isinstance(action_id, str) and action is None:
            problems.append(((*loc, "action"), f"no action '{action_id}' in the plan"))
        if isinstance(body, str) and body not in plan.bodies_by_id:
            problems.append(((*loc, "body"), f"'{body}' is not a body of the plan"))
        elif action is not None and isinstance(body, str) and action.role_of(body) is None:
            name = plan.bodies_by_id[body].name
            problems.append(
                (
                    (*loc, "body"),
                    f"{name} is neither responsible nor co-responsible for {action.id}",
                )
            )
        if isinstance(action_id, str) and isinstance(body, str):
            if (action_id, body) in seen:
                first = seen[(action_id, body)]
                problems.append(
                    (loc, f"{action_id} {body} is listed twice (also entries[{first}])")
                )
            else:
                seen[(action_id, body)] = index
    return problems


def parse_followup(text: str, name: str, plan: Plan) -> tuple[FollowUp, YamlDocument]:
    """Validate follow-up ``text`` against ``plan``; every problem is located in ``name``."""
    from .loader import parse_document

    return parse_document(
        FollowUp, text, name, "follow-up", lambda data: reference_problems(data, plan)
    )


def load_followup(path: Path, plan: Plan, shown_as: str | None = None) -> LoadedFollowUp:
    """Read and validate the follow-up file at ``path`` against ``plan``."""
    from .privacy import personal_data_warnings
    from .sources import decode, read_source

    name = shown_as if shown_as is not None else str(path)
    text = decode(read_source(path, name), name)
    followup, document = parse_followup(text, name, plan)
    loaded = LoadedFollowUp(path, name, text, followup, document)
    loaded.warnings = personal_data_warnings(loaded)
    return loaded


# --- writing follow-up files -------------------------------------------------------------

_HEADER = """\
# Uppföljning: {title}
# {organisation}, {part} {year}.
# En post per åtgärd och organ. status är en av: {statuses}.
# comment är fri text, evidence en lista med länkar eller underlag, date ÅÅÅÅ-MM-DD.
# Kommentarer blir allmänna handlingar: skriv aldrig personnummer eller andra personuppgifter.
"""


def quote(text: str) -> str:
    """``text`` as a YAML scalar in the layout of ``valdplan fmt``."""
    from .formatting import scalar

    return scalar(text)


def render_followup(plan: Plan, followup: FollowUp) -> str:
    """A follow-up file as text: a header, then every entry with its action's text as a
    comment above it, so that whoever fills it in sees what the action is."""
    lines = [
        _HEADER.format(
            title=plan.title,
            organisation=plan.organisation,
            part=followup.period.part,
            year=followup.period.year,
            statuses=", ".join(f"{key} ({name})" for key, name in STATUSES.items()),
        ).rstrip("\n"),
        "period:",
        f"  year: {followup.period.year}",
        f"  part: {followup.period.part}",
        "entries:" if followup.entries else "entries: []",
    ]
    previous_action = None
    for entry in followup.entries:
        action = plan.actions_by_id[entry.action][1]
        if entry.action != previous_action:
            wrapped = textwrap.wrap(f"{action.id} {action.text}", width=88)
            lines += ["  # " + wrapped[0], *("  #     " + line for line in wrapped[1:])]
            previous_action = entry.action
        role = ROLE_NAMES_SV[action.role_of(entry.body) or "responsible"]
        lines += [
            f'  - action: "{entry.action}"',
            f"    body: {entry.body}  # {plan.bodies_by_id[entry.body].name}, {role}",
            f"    status: {entry.status}",
            f"    comment: {quote(entry.comment)}",
        ]
        if entry.evidence:
            lines.append("    evidence:")
            lines += [f"      - {quote(item)}" for item in entry.evidence]
        if entry.date:
            lines.append(f'    date: "{entry.date}"')
    return "\n".join(lines) + "\n"


def initial_followup(plan: Plan, year: int, part: str, body: str | None = None) -> FollowUp:
    """A follow-up with every pair (or one body's) not started."""
    entries = [
        Entry.model_validate({"action": p.action.id, "body": p.body, "status": NOT_STARTED})
        for p in plan_pairs(plan, body)
    ]
    return FollowUp.model_validate({"period": {"year": year, "part": part}, "entries": entries})


# --- editing in place --------------------------------------------------------------------


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
    from .output import write_file

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
    from .query import find_action, find_body

    _, action = find_action(plan, action_id)
    body_id = find_body(plan, body).id
    if action.role_of(body_id) is None:
        name = plan.bodies_by_id[body_id].name
        raise ValdplanError(f"{name} is neither responsible nor co-responsible for {action.id}")
    return write_followup_text(
        loaded, plan, edit_text(loaded, plan, {(action.id, body_id): change})
    )


# --- merging -----------------------------------------------------------------------------


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


# --- progress ----------------------------------------------------------------------------

MISSING = "saknas"
# Status names in each language; the follow-up files always store the ids.
STATUS_NAMES: dict[str, dict[str, str]] = {
    "sv": {
        "genomford": "Genomförd",
        "pagaende": "Pågående",
        "ej-paborjad": "Ej påbörjad",
        "ej-aktuell": "Ej aktuell",
        MISSING: "Saknar rapport",
    },
    "en": {
        "genomford": "Done",
        "pagaende": "In progress",
        "ej-paborjad": "Not started",
        "ej-aktuell": "Not applicable",
        MISSING: "Not reported",
    },
}


@dataclass
class Tally:
    """Counts per status for a group of pairs, with the pairs that have no entry."""

    label: str
    counts: dict[str, int] = field(default_factory=lambda: {key: 0 for key in STATUSES})
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
    not_started, missing = [], []
    for pair in pairs:
        entry = entries.get(pair.key)
        tallies: Iterable[Tally] = (
            overall,
            by_area[pair.area.number],
            by_body[pair.body],
            *(by_level[lv] for lv in pair.action.levels),
        )
        for tally in tallies:
            if entry is None:
                tally.missing += 1
            else:
                tally.counts[entry.status] += 1
        record = _pair_record(plan, pair)
        if entry is None:
            missing.append(record)
        elif entry.status == NOT_STARTED:
            not_started.append(record)
    result: dict[str, Any] = {
        "period": {"year": followup.period.year, "part": followup.period.part},
        "statuses": [{"id": key, "name": name} for key, name in STATUSES.items()]
        + [{"id": MISSING, "name": "saknas (ingen rapport)"}],
        "overall": overall.as_dict(),
        "focus_areas": [t.as_dict() for t in by_area.values()],
        "bodies": [t.as_dict() for t in by_body.values() if t.total],
        "levels": [t.as_dict() for t in by_level.values()],
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
        "role": pair.role,
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
        old_status = old.status if old else MISSING
        new_status = new.status if new else MISSING
        if old_status != new_status:
            changes.append({**_pair_record(plan, pair), "from": old_status, "to": new_status})
    return changes
