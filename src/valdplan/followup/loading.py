"""Load a follow-up file: read it, validate it against the plan, and keep the positions of
its entries for edits and messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem, RuleBroken
from ..files.locations import Loc
from ..files.yaml_events import YamlDocument
from ..messages import _
from ..plan.models import Plan
from . import rules
from .models import FollowUp


@dataclass
class LoadedFollowUp:
    """A validated follow-up file with the positions of its entries, for edits and messages."""

    path: Path
    name: str
    text: str
    followup: FollowUp
    document: YamlDocument
    warnings: list[Problem] = field(default_factory=list)
    bom: bool = False

    def entry_indexes(self) -> dict[tuple[str, str], int]:
        """Where each (action, body) pair stands in the entries list."""
        return {entry.pair: index for index, entry in enumerate(self.followup.entries)}


def reference_problems(data: Any, plan: Plan) -> list[tuple[Loc, str]]:
    """A period the plan's calendar lacks, entries naming actions or bodies the plan lacks,
    bodies not on the action, dates outside the period followed up, and pairs listed twice.
    Works on raw data so that it reports together with structural problems."""
    from .assessment import reference_problems as assessment_problems

    if not isinstance(data, dict):
        return []
    period = data.get("period")
    problems: list[tuple[Loc, str]] = assessment_problems(data, plan)
    problems += period_problems(period, plan)
    if not isinstance(data.get("entries"), list):
        return problems
    year = period.get("year") if isinstance(period, dict) else None
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(data["entries"]):
        if not isinstance(entry, dict):
            continue
        loc: Loc = ("entries", index)
        problems += _entry_problems(entry, loc, plan, year)
        action_id, body = entry.get("action"), entry.get("body")
        if isinstance(action_id, str) and isinstance(body, str):
            if (action_id, body) in seen:
                first = seen[(action_id, body)]
                message = _("{action} {body} is listed twice (also entries[{first}])").format(
                    action=action_id, body=body, first=first
                )
                problems.append((loc, message))
            else:
                seen[(action_id, body)] = index
    return problems


def period_problems(period: Any, plan: Plan) -> list[tuple[Loc, str]]:
    """A period whose part is no period id of the plan's reporting calendar (a part that is
    no id at all is the model's to report)."""
    from ..plan.fields import is_period_id
    from ..plan.query import unknown_period

    part = period.get("part") if isinstance(period, dict) else None
    if not isinstance(part, str) or not is_period_id(part) or plan.reporting.period(part):
        return []
    return [(("period", "part"), unknown_period(plan, part))]


def _entry_problems(
    entry: dict[str, Any], loc: Loc, plan: Plan, year: Any
) -> list[tuple[Loc, str]]:
    """The rules of ``rules`` that need the plan or the period, for one raw entry (the models
    check the rest)."""
    problems: list[tuple[Loc, str]] = []
    action_id, body, date = entry.get("action"), entry.get("body"), entry.get("date")
    action = None
    try:
        if isinstance(action_id, str):
            action = rules.action_in_plan(plan, action_id)
    except RuleBroken as err:
        problems.append(((*loc, "action"), str(err)))
    try:
        if isinstance(body, str):
            rules.body_in_plan(plan, body)
            if action is not None:
                rules.body_on_action(plan, action, body)
    except RuleBroken as err:
        problems.append(((*loc, "body"), str(err)))
    # A date that is no date is the model's to report; a real one must fit the period.
    if isinstance(date, str) and isinstance(year, str) and year.isdigit():
        try:
            real = rules.date(date)
        except RuleBroken:
            return problems
        try:
            rules.date_in_period(real, int(year))
        except RuleBroken as err:
            problems.append(((*loc, "date"), str(err)))
    return problems


def parse_followup(text: str, name: str, plan: Plan) -> tuple[FollowUp, YamlDocument]:
    """Validate follow-up ``text`` against ``plan``; every problem is located in ``name``."""
    from ..plan.document import other_kind_problems, parse_document
    from .identity import identity_problems

    given_a_plan = _(
        "this is a plan, not a follow-up file: give it with --plan, and here a follow-up"
        " file (valdplan followup init writes one)"
    )
    return parse_document(
        FollowUp,
        text,
        name,
        _("the file holds no follow-up"),
        lambda data: reference_problems(data, plan),
        gate=lambda data: (
            other_kind_problems(data, "entries", "focus_areas", given_a_plan)
            or identity_problems(data, plan)
        ),
    )


def load_followup(path: Path, plan: Plan, shown_as: str | None = None) -> LoadedFollowUp:
    """Read and validate the follow-up file at ``path`` against ``plan``.

    A file whose bytes were validated before against the same plan by this version of
    valdplan comes from the cache (a 29,000-entry file: 0.4 s less); only valid files are
    cached, so problems are always found by a full parse. Warnings are worked out anew."""
    from ..files import cache
    from ..files.reading import decode, read_source
    from ..files.yaml_events import read_later
    from ..plan.construct import from_cache
    from ..plan.document import keys_of

    name = shown_as if shown_as is not None else str(path)
    raw = read_source(path, name)
    text = decode(raw, name)
    slot, key = cache.Inputs(path, [raw, plan_digest(plan)]).address()
    payload = cache.get("followup", slot, key) if slot is not None else None
    followup = from_cache(FollowUp, payload) if payload is not None else None
    if followup is not None:
        document = read_later(text, name, keys_of(FollowUp))
    else:
        followup, document = parse_followup(text, name, plan)
        if slot is not None:
            cache.put("followup", slot, key, followup.model_dump_json())
    loaded = LoadedFollowUp(path, name, text, followup, document)
    loaded.bom = raw.startswith(b"\xef\xbb\xbf")
    loaded.warnings = file_warnings(name, text, followup, document, plan)
    return loaded


_DIGESTS: dict[int, tuple[Any, bytes]] = {}


def plan_digest(plan: Plan) -> bytes:
    """SHA-256 of everything in ``plan``, once per plan a run holds: what a follow-up file
    was checked against, for its cache entry."""
    import hashlib
    import weakref

    known = _DIGESTS.get(id(plan))
    if known is not None and known[0]() is plan:
        return known[1]
    digest = hashlib.sha256(plan.model_dump_json().encode("utf-8")).digest()
    _DIGESTS[id(plan)] = (weakref.ref(plan), digest)
    return digest


def file_warnings(
    name: str, text: str, followup: FollowUp, document: YamlDocument, plan: Plan
) -> list[Problem]:
    """Every warning about a follow-up file, computed here once for every command that
    reads or edits one: its plan record, personal data, invisible characters."""
    from ..files.reading import invisible_character_warnings
    from .identity import identity_warnings
    from .privacy import assessment_warnings, personal_data_warnings

    warnings = identity_warnings(name, followup, document, plan)
    warnings += personal_data_warnings(name, followup, document)
    warnings += assessment_warnings(name, followup, document)
    warnings += invisible_character_warnings(text, name)
    return warnings
