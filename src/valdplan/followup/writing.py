"""Write follow-up files afresh: the file ``followup init`` makes and ``merge`` writes, with
each action's text as a comment above its entries."""

from __future__ import annotations

import textwrap

from ..files.yaml_text import scalar
from ..messages import N_, words
from ..plan.models import Plan
from ..vocabulary import PART_WORDS, ROLE_WORDS, STATUS_NAMES
from .assessment import assessment_lines
from .identity import plan_record
from .models import Entry, FollowUp, part_words, plan_pairs

# The comment lines at the top of a follow-up file, in the plan's language.
_HEADER = (
    N_("Follow-up: {title}"),
    N_("{organisation}, {part} {year}."),
    N_(
        "One entry per action and body. status is one of: {statuses}; left empty, the body has"
        " not reported."
    ),
    N_("comment is free text, evidence a list of links or documents, date YYYY-MM-DD."),
    N_(
        "Comments become public documents: never write personal identity numbers or other"
        " personal data."
    ),
)


def quote(text: str) -> str:
    """``text`` as a YAML scalar in the layout of ``valdplan fmt``."""
    return scalar(text)


def _one_line(text: str) -> str:
    """``text`` fit for a YAML comment: one line, whatever line breaks it held."""
    return " ".join(text.split())


def render_followup(plan: Plan, followup: FollowUp) -> str:
    """A follow-up file as text: a header, then every entry with its action's text as a
    comment above it, so that whoever fills it in sees what the action is."""
    _ = words(plan.language)
    record = plan_record(plan)
    part = followup.period.part
    values = {
        "title": _one_line(plan.title),
        "organisation": _one_line(plan.organisation),
        "part": _(PART_WORDS[part]) if part in PART_WORDS else part_words(plan, part),
        "year": followup.period.year,
        "statuses": ", ".join(f"{key} ({name})" for key, name in STATUS_NAMES.items()),
    }
    lines = [
        *("# " + _(line).format(**values) for line in _HEADER),
        "plan:",
        f"  organisation: {quote(record['organisation'])}",
        f"  title: {quote(record['title'])}",
        "  period:",
        f"    start: {record['period']['start']}",
        f"    end: {record['period']['end']}",
        f"  fingerprint: {quote(record['fingerprint'])}",
        "period:",
        f"  year: {followup.period.year}",
        f"  part: {followup.period.part}",
        *assessment_lines(plan, followup),
        "entries:" if followup.entries else "entries: []",
    ]
    previous_action = None
    for entry in followup.entries:
        action = plan.actions_by_id[entry.action][1]
        if entry.action != previous_action:
            wrapped = textwrap.wrap(_one_line(f"{action.id} {action.text}"), width=88)
            lines += ["  # " + wrapped[0], *("  #     " + line for line in wrapped[1:])]
            previous_action = entry.action
        role = _(ROLE_WORDS[action.role_of(entry.body) or "responsible"])
        lines += [
            f'  - action: "{entry.action}"',
            f"    body: {entry.body}  # {_one_line(plan.bodies_by_id[entry.body].name)}, {role}",
            "    status:" + (f" {entry.status}" if entry.status else ""),
            f"    comment: {quote(entry.comment)}",
        ]
        if entry.evidence:
            lines.append("    evidence:")
            lines += [f"      - {quote(item)}" for item in entry.evidence]
        if entry.date:
            lines.append(f'    date: "{entry.date}"')
    return "\n".join(lines) + "\n"


def initial_followup(
    plan: Plan, year: int, part: str | None = None, body: str | None = None
) -> FollowUp:
    """A follow-up of ``year``'s period ``part`` (an id of the plan's calendar; None: the
    year's last) with every pair (or the pairs of ``body``, by name or id) not reported yet
    (no status); a year outside the plan's period breaks ``rules.year_in_plan``."""
    from ..plan.query import find_body
    from .rules import of_field, period_in_plan, year_in_plan

    of_field("year", lambda _typed: year_in_plan(plan, year), str(year))
    if part is None:
        part = max(plan.reporting.periods, key=lambda period: period.as_of).id
    part = of_field("part", lambda typed: period_in_plan(plan, typed), part)
    body = find_body(plan, body).id if body is not None else None
    entries = [
        Entry.model_validate({"action": p.action.id, "body": p.body})
        for p in plan_pairs(plan, body)
    ]
    return FollowUp.model_validate(
        {"plan": plan_record(plan), "period": {"year": year, "part": part}, "entries": entries}
    )
