"""The context of a checklist: the selected actions grouped by focus area, each as a plain
record ready to print (documented in docs/templates.md), so that a user's own templates need
no knowledge of valdplan's models."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import vocabulary
from ..plan.ids import anchor
from ..plan.models import Action, FocusArea, Plan
from ..plan.query import Selection
from ..vocabulary import Language
from .bidi import isolate
from .checklist_intro import STATUS_SYMBOLS, page_intro, status_counts, tick_key
from .context import count_label, period_name, plan_context, role_counts
from .deadline import reporting_context
from .goals import served_goals
from .labels import LABELS
from .links import web_address

if TYPE_CHECKING:
    from ..followup.models import Entry, FollowUp


def selection_subject(selection: Selection, labels: dict[str, str]) -> str:
    """Whom or what a selection is for, in words that follow "Checklista för":
    ``Barn- och skolnämnden``, ``Barn- och skolnämnden som ansvarig``, ``preventionsnivå
    Universell``. Each name from the plan is isolated (``bidi.isolate``: only one with
    right-to-left letters or bidi controls), so that an override in it cannot reverse the
    words composed after it in the title."""
    parts = []
    if selection.body is not None:
        if selection.role == "any":
            parts.append(isolate(selection.body.name))
        else:
            role = labels[
                "role_responsible" if selection.role == "responsible" else "role_co_responsible"
            ]
            parts.append(
                labels["subject_role"].format(body=isolate(selection.body.name), role=role)
            )
    if selection.level is not None:
        parts.append(labels["subject_level"].format(name=isolate(selection.level.name)))
    if selection.focus_area is not None:
        area = selection.focus_area
        parts.append(
            labels["subject_focus_area"].format(number=area.number, title=isolate(area.title))
        )
    return ", ".join(parts) if parts else labels["subject_all"]


def checklist_title(subject: str, period: str | None, labels: dict[str, str]) -> str:
    """The one title pattern of checklists: ``Checklista för Barn- och skolnämnden``, and
    with a follow-up its period after a comma: ``Checklista för …, helår 2025``."""
    title = labels["checklist_for"].format(subject=subject)
    return f"{title}, {period}" if period else title


@dataclass(frozen=True)
class Evidence:
    """One item of a follow-up entry's evidence: its text, and a link when it is a web or
    e-mail address (``links.web_address``: no ``javascript:`` can become a link)."""

    text: str
    href: str | None


@dataclass(frozen=True)
class FollowUpRecord:
    """What the follow-up file says about one (action, body) pair of an item."""

    body: str  # the body's name
    role: str  # "ansvarig" / "medansvarig"
    status_id: str  # "genomford" … or "saknas" (no entry)
    status: str  # "Genomförd"
    date: str | None
    comment: str
    evidence: list[Evidence]
    symbol: str = ""  # the status's symbol, as the summary shows it: "✓"


@dataclass(frozen=True)
class Detail:
    """A line of its own on a checklist item, for a field its model declares so
    (``Shown(checklist=True)``): the field's label in the document's language and its value."""

    label: str
    text: str


def _details(action: Action, lang: Language) -> list[Detail]:
    from ..messages import words
    from ..plan.declaration import detail_lines

    translate = words(lang)
    return [Detail(translate(label), text) for label, text in detail_lines(action)]


@dataclass(frozen=True)
class ChecklistItem:
    """One action as a checklist shows it."""

    id: str
    anchor: str
    text: str
    examples: tuple[str, ...]
    role: str | None  # the selected body's role, as a label; None without a body filter
    responsible: list[str]
    co_responsible: list[str]
    others: list[str]  # other bodies as "Name (role)", for a body's checklist
    levels: list[str]
    statuses: list[str] = field(default_factory=list)  # "genomförd" or "Organ: genomförd"
    done: bool = False
    role_id: str | None = None  # "responsible" / "co-responsible"; None without a body filter
    other_levels: list[str] = field(default_factory=list)  # levels but the page's own
    followup: list[FollowUpRecord] = field(default_factory=list)
    long: bool = False  # likely over a third of an A4 page: may break across pages
    also_responsible: list[str] = field(default_factory=list)  # the other responsible bodies
    also_co_responsible: list[str] = field(default_factory=list)  # the other co-responsible
    details: list[Detail] = field(default_factory=list)  # the fields declared for checklists


@dataclass(frozen=True)
class ChecklistGroup:
    number: int
    title: str
    items: list[ChecklistItem]
    anchor: str = ""  # HTML id of its section: "fokusomrade-4"
    md_anchor: str | None = None  # the explicit anchor of its Markdown heading
    count_text: str = ""


# Printed size of a card, in lines of 10.5 pt text (21 CSS px) on A4 (see _is_long): the
# page box is 261 mm high, and a third of it holds 15 such lines. Measured in Chromium with
# DejaVu Sans, the widest common fallback of system-ui; narrower fonts print shorter cards.
_LINES_PER_THIRD = 15
_CHARS_PER_LINE = 70  # the action's text, beside the box
_CHARS_PER_DETAIL_LINE = 58  # a value beside its label


def _lines(text: str, width: int) -> int:
    return max(1, -(-len(text) // width))


def _is_long(head: str, details: list[str]) -> bool:
    """Whether the printed card is likely to take more than a third of an A4 page: only
    then may it break across pages (a short card is moved whole to the next page). An
    estimate from the length of its texts, one value per line of ``details``, as print runs
    no script; the padding takes one line."""
    lines = 1 + _lines(head, _CHARS_PER_LINE)
    lines += sum(_lines(detail, _CHARS_PER_DETAIL_LINE) for detail in details)
    return lines > _LINES_PER_THIRD


def _evidence(entry: Entry | None) -> list[Evidence]:
    if entry is None:
        return []
    return [Evidence(text, web_address(text)) for text in entry.evidence]


def _followup(
    plan: Plan,
    action: Action,
    bodies: list[str],
    entries: dict[tuple[str, str], Entry],
    labels: dict[str, str],
    status_names: dict[str, str],
) -> list[FollowUpRecord]:
    from ..followup.models import status_of

    records = []
    for body_id in bodies:
        entry = entries.get((action.id, body_id))
        status = status_of(entry)
        role = action.role_of(body_id)
        records.append(
            FollowUpRecord(
                body=plan.bodies_by_id[body_id].name,
                role=labels["role_responsible" if role == "responsible" else "role_co_responsible"],
                status_id=status,
                status=status_names[status],
                date=entry.date if entry is not None else None,
                comment=entry.comment if entry is not None else "",
                evidence=_evidence(entry),
                symbol=STATUS_SYMBOLS[status],
            )
        )
    return records


def _item(
    plan: Plan,
    action: Action,
    html_id: str,
    selection: Selection,
    labels: dict[str, str],
    entries: dict[tuple[str, str], Entry] | None,
    status_names: dict[str, str],
    lang: Language,
) -> ChecklistItem:
    names = plan.bodies_by_id
    role = role_id = None
    others: list[str] = []
    also_responsible: list[str] = []
    also_co_responsible: list[str] = []
    if selection.body is not None:
        role_id = action.role_of(selection.body.id)
        role = labels["responsible"] if role_id == "responsible" else labels["co_responsible"]
        own = selection.body.id
        also_responsible = [names[b].name for b in action.responsible if b != own]
        also_co_responsible = [names[b].name for b in action.co_responsible if b != own]
        others = [f"{name} ({labels['role_responsible']})" for name in also_responsible]
        others += [f"{name} ({labels['role_co_responsible']})" for name in also_co_responsible]
    levels = [plan.levels_by_id[lv].name for lv in action.levels]
    own_level = selection.level.name if selection.level is not None else None
    other_levels = [name for name in levels if name != own_level]
    records: list[FollowUpRecord] = []
    done = False
    if entries is not None:
        from ..vocabulary import DONE

        bodies = [*action.responsible, *action.co_responsible]
        if selection.body is not None:
            bodies = [selection.body.id]
        records = _followup(plan, action, bodies, entries, labels, status_names)
        done = all(record.status_id == DONE for record in records)
    item = ChecklistItem(
        id=action.id,
        anchor=html_id,
        text=action.text,
        examples=action.examples,
        role=role,
        responsible=[names[b].name for b in action.responsible],
        co_responsible=[names[b].name for b in action.co_responsible],
        others=others,
        also_responsible=also_responsible,
        also_co_responsible=also_co_responsible,
        levels=levels,
        statuses=[
            r.status if selection.body is not None else f"{r.body}: {r.status}" for r in records
        ],
        done=done,
        role_id=role_id,
        other_levels=other_levels,
        followup=records,
        details=_details(action, lang),
    )
    details = [
        *(detail.text for detail in item.details),
        ", ".join(also_responsible),
        ", ".join(also_co_responsible),
    ]
    details += [", ".join(other_levels), *action.examples]
    for record in records:
        details += [record.status, record.date or "", record.comment]
        details += [evidence.text for evidence in record.evidence]
    if selection.body is None and not records:
        details += [", ".join(item.responsible), ", ".join(item.co_responsible)]
    if _is_long(f"{labels['action']} {item.id} {item.text}", [d for d in details if d]):
        item = ChecklistItem(**{**item.__dict__, "long": True})
    return item


def _groups(
    selection: Selection, labels: dict[str, str], followup: FollowUp | None, lang: Language
) -> list[ChecklistGroup]:
    groups: list[ChecklistGroup] = []
    current: FocusArea | None = None
    anchors: set[str] = set()
    status_names = vocabulary.status_names(lang)
    entries = followup.by_pair() if followup is not None else None
    for area, action in selection.items:
        if current is None or area.number != current.number:
            # The same anchor in HTML and, written into the Markdown heading, on GitHub and
            # GitLab: ASCII, lower case, single hyphens, so that both forges' rules keep it.
            html_id = f"fokusomrade-{area.number}"
            groups.append(ChecklistGroup(area.number, area.title, [], html_id, html_id))
            current = area
        groups[-1].items.append(
            _item(
                selection.plan,
                action,
                _unique_anchor(anchor(action.id), anchors),
                selection,
                labels,
                entries,
                status_names,
                lang,
            )
        )
    return [
        ChecklistGroup(
            g.number, g.title, g.items, g.anchor, g.md_anchor, count_label(len(g.items), labels)
        )
        for g in groups
    ]


def _unique_anchor(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``… when free ids such as A.1 and A-1 give the same anchor."""
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    taken.add(candidate)
    return candidate


def _summary(groups: list[ChecklistGroup], labels: dict[str, str]) -> dict[str, Any]:
    """Counts by the body's role (for a body's checklist) and by focus area."""
    roles = [item.role_id for group in groups for item in group.items]
    return {"roles": role_counts(roles, labels), "areas": groups}


def checklist_context(
    selection: Selection,
    lang: Language = "sv",
    date: str | None = None,
    followup: FollowUp | None = None,
    index_files: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The context of ``checklist.*`` templates (see docs/templates.md). With ``followup``
    every item shows what the file says of its pairs, and done items are ticked.
    ``index_files`` names the index of a build in each format, for the link back to it."""
    labels = LABELS[lang]
    groups = _groups(selection, labels, followup, lang)
    period = None
    if followup is not None:
        period = period_name(selection.plan, followup.period.part, followup.period.year, lang)
    subject = selection_subject(selection, labels)
    body_id = selection.body.id if selection.body is not None else None
    own_period = (followup.period.part, followup.period.year) if followup is not None else None
    lower_period = period[:1].lower() + period[1:] if period else None
    return {
        **plan_context(selection.plan, lang, date),
        "title": checklist_title(subject, lower_period, labels),
        "subject": subject,
        "count": len(selection),
        "count_text": count_label(len(selection), labels),
        "is_body_checklist": selection.body is not None,
        "level_name": selection.level.name if selection.level is not None else None,
        "group_headings": selection.focus_area is None,
        "groups": groups,
        "summary": _summary(groups, labels),
        "intro": page_intro(selection, labels),
        "reporting": reporting_context(selection.plan, body_id, lang, date, own_period),
        "has_statuses": followup is not None,
        "followup_period": period,
        "followup_note": labels["ticks_followup"].format(period=lower_period) if period else "",
        "status_counts": status_counts(groups, lang) if followup is not None else [],
        "status_heading": labels["status_for"].format(period=lower_period) if period else "",
        "tick_key": tick_key(selection),
        "index_files": dict(index_files or {}),
        "goals": served_goals(selection.plan, selection.items),
    }
