"""The names the change annex gives the plan's fields and lists, so that every change says
what changed ("The purpose changed: …", "Prevention level Selective: the name changed: …"):
English msgids, translated into the document's language where the annex is made.

Keys are the ``field`` of a change (``plan.diff``): the path of a field without list keys.
The fields of actions, bodies and focus areas are named on their models instead
(``plan.shown``); the annex asks ``plan.declaration.named`` first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import N_

# Fields of the plan itself and of its single parts, each the subject of a sentence.
PLAN_FIELDS: dict[str, str] = {
    "title": N_("The title"),
    "language": N_("The language"),
    "organisation": N_("The organisation"),
    "period": N_("The period"),
    "replaces.title": N_("The title of the plan it replaces"),
    "replaces.period": N_("The period of the plan it replaces"),
    "replaces.expires": N_("The end date of the plan it replaces"),
    "owner.board": N_("The commissioning body"),
    "owner.office": N_("The coordinating office"),
    "purpose": N_("The purpose"),
    "target_groups": N_("The target groups"),
    "responsibility": N_("The text on responsibility, implementation and follow-up"),
    "follow_up": N_("The sentence on follow-up"),
    "id_style": N_("The form of the action ids"),
    "plan_goals": N_("The goals of the plan as a whole"),
    "reporting.coordinator.name": N_("The coordinator of the follow-up"),
    "reporting.coordinator.address": N_("The address answers go to"),
}

# Fields of the items of a list, named after the item ("Governing document X: the scope …").
ITEM_FIELDS: dict[str, str] = {
    "governing_documents.scope": N_("the scope"),
    "governing_documents.period": N_("the period"),
    "governing_documents.references": N_("the references"),
    "governing_documents.note": N_("the note"),
    "goals.name": N_("the name"),
    "goals.level": N_("the level"),
    "goals.source": N_("the source"),
    "goals.url": N_("the web address"),
    "indicators.name": N_("the name"),
    "indicators.municipality": N_("the municipality"),
    "indicators.compare": N_("the comparison areas"),
    "indicators.goal": N_("the goal"),
    "indicators.focus_area": N_("the focus area"),
    "indicators.better": N_("the better direction"),
    "sections.paragraphs": N_("the text"),
    "levels.name": N_("the name"),
    "levels.aliases": N_("the aliases"),
    "levels.definition": N_("the definition"),
    "levels.examples": N_("the examples"),
    "glossary.section": N_("the section"),
    "glossary.definition": N_("the definition"),
    "body_kinds.name": N_("the name"),
    "body_kinds.plural": N_("the plural"),
    "body_kinds.name_en": N_("the English name"),
    "body_kinds.plural_en": N_("the English plural"),
    "reporting.periods.name": N_("the name"),
    "reporting.periods.as_of": N_("the day it is reported as of"),
    "reporting.periods.due": N_("the due date"),
    "reporting.periods.due_by_kind": N_("the due dates by kind of body"),
    "reporting.periods.document": N_("the document"),
}


@dataclass(frozen=True)
class ListWords:
    """The words of one list of the plan in the change annex, as msgids: its heading, what
    an item is called ("Governing document {item}"), the sentences for an item added and
    removed, and the sentence for a new order. An empty heading has no msgid."""

    heading: str
    item: str
    added: str
    removed: str
    order: str


LISTS: dict[str, ListWords] = {
    "governing_documents": ListWords(
        N_("Governing documents"),
        N_("Governing document {item}"),
        N_("New governing document: {item}."),
        N_("Governing document {item} has been removed."),
        N_("The governing documents are in a new order: {order}."),
    ),
    "goals": ListWords(
        N_("Goals"),
        N_("Goal {item}"),
        N_("New goal: {item}."),
        N_("Goal {item} has been removed."),
        N_("The goals are in a new order: {order}."),
    ),
    "indicators": ListWords(
        N_("Indicators"),
        N_("Indicator {item}"),
        N_("New indicator: {item}."),
        N_("Indicator {item} has been removed."),
        N_("The indicators are in a new order: {order}."),
    ),
    "sections": ListWords(
        N_("Other sections"),
        N_("Section {item}"),
        N_("New section: {item}."),
        N_("Section {item} has been removed."),
        N_("The sections are in a new order: {order}."),
    ),
    "levels": ListWords(
        N_("Prevention levels"),
        N_("Prevention level {item}"),
        N_("New prevention level: {item}."),
        N_("Prevention level {item} has been removed."),
        N_("The prevention levels are in a new order: {order}."),
    ),
    "glossary": ListWords(
        N_("Concepts and perspectives"),
        N_("Concept {item}"),
        N_("New concept: {item}."),
        N_("Concept {item} has been removed."),
        N_("The concepts are in a new order: {order}."),
    ),
    "body_kinds": ListWords(
        N_("Body kinds"),
        N_("Body kind {item}"),
        N_("New body kind: {item}."),
        N_("Body kind {item} has been removed."),
        N_("The body kinds are in a new order: {order}."),
    ),
    # The heading over the bodies comes from the plan's kinds ("Nämnder, bolag och råd"),
    # and a body is named by its name alone.
    "bodies": ListWords(
        "",
        "{item}",
        N_("New body: {item} ({kind})."),
        N_("{item} is no longer included."),
        N_("The bodies are in a new order: {order}."),
    ),
    # The reporting periods are part of the plan's own fields in the annex ("Overall").
    "reporting.periods": ListWords(
        "",
        N_("Reporting period {item}"),
        N_("New reporting period: {item}."),
        N_("Reporting period {item} has been removed."),
        N_("The reporting periods are in a new order: {order}."),
    ),
    "focus_areas": ListWords(
        N_("Focus areas"),
        N_("Focus area {number}"),
        N_("New focus area {number}: {item}."),
        N_("Focus area {number} ({item}) has been removed."),
        N_("The focus areas are in a new order: {order}."),
    ),
}

# The attribute that names an item of each list in a sentence.
DISPLAY = {
    "governing_documents": "name",
    "goals": "name",
    "indicators": "name",
    "sections": "title",
    "levels": "name",
    "glossary": "term",
    "body_kinds": "name",
    "bodies": "name",
    "focus_areas": "title",
}
# The lists in the order of the annex, between the plan's own fields and the actions.
ORDER = ("governing_documents", "goals", "indicators", "sections", "levels", "glossary",
         "focus_areas", "body_kinds", "bodies")  # fmt: skip
