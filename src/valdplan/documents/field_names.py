"""The Swedish words the change annex uses for the plan's fields and lists, so that every
change names what changed ("Syftet har ändrats: …", "Preventionsnivån Selektiv: namnet har
ändrats: …").

Keys are the ``field`` of a change (``plan.diff``): the path of a field without list keys.
"""

from __future__ import annotations

from dataclasses import dataclass

# Fields of the plan itself and of its single parts, each the subject of a sentence.
PLAN_FIELDS: dict[str, str] = {
    "title": "Titeln",
    "language": "Språket",
    "organisation": "Organisationen",
    "period": "Perioden",
    "replaces.title": "Titeln på planen den ersätter",
    "replaces.period": "Perioden för planen den ersätter",
    "replaces.expires": "Slutdatumet för planen den ersätter",
    "owner.board": "Uppdragsgivaren",
    "owner.office": "Det samordnande kontoret",
    "purpose": "Syftet",
    "target_groups": "Målgrupperna",
    "responsibility": "Texten om ansvar, genomförande och uppföljning",
    "follow_up": "Meningen om uppföljning",
    "id_style": "Formen på åtgärdernas id",
}

# Fields of the items of a list, named after the item ("Styrdokumentet X: nivån har …").
ITEM_FIELDS: dict[str, str] = {
    "governing_documents.scope": "nivån",
    "governing_documents.period": "perioden",
    "governing_documents.references": "hänvisningarna",
    "governing_documents.note": "anmärkningen",
    "sections.paragraphs": "texten",
    "levels.name": "namnet",
    "levels.aliases": "alias",
    "levels.definition": "definitionen",
    "levels.examples": "exemplen",
    "glossary.section": "avsnittet",
    "glossary.definition": "definitionen",
    "body_kinds.name": "namnet",
    "body_kinds.plural": "pluralformen",
    "body_kinds.name_en": "det engelska namnet",
    "body_kinds.plural_en": "den engelska pluralformen",
    "focus_areas.introduction": "inledningen",
    "focus_areas.prerequisites": "det som behöver vara på plats",
}


@dataclass(frozen=True)
class ListWords:
    """The words of one list of the plan in the change annex: its heading, what an item is
    called ("Styrdokumentet {item}"), the sentences for an item added and removed, and the
    sentence for a new order."""

    heading: str
    item: str
    added: str
    removed: str
    order: str


LISTS: dict[str, ListWords] = {
    "governing_documents": ListWords(
        "Styrdokument",
        "Styrdokumentet {item}",
        "Nytt styrdokument: {item}.",
        "Styrdokumentet {item} har tagits bort.",
        "Styrdokumenten står i ny ordning: {order}.",
    ),
    "sections": ListWords(
        "Övriga avsnitt",
        "Avsnittet {item}",
        "Nytt avsnitt: {item}.",
        "Avsnittet {item} har tagits bort.",
        "Avsnitten står i ny ordning: {order}.",
    ),
    "levels": ListWords(
        "Preventionsnivåer",
        "Preventionsnivån {item}",
        "Ny preventionsnivå: {item}.",
        "Preventionsnivån {item} har tagits bort.",
        "Preventionsnivåerna står i ny ordning: {order}.",
    ),
    "glossary": ListWords(
        "Begrepp och perspektiv",
        "Begreppet {item}",
        "Nytt begrepp: {item}.",
        "Begreppet {item} har tagits bort.",
        "Begreppen står i ny ordning: {order}.",
    ),
    "body_kinds": ListWords(
        "Organtyper",
        "Organtypen {item}",
        "Ny organtyp: {item}.",
        "Organtypen {item} har tagits bort.",
        "Organtyperna står i ny ordning: {order}.",
    ),
    # The heading over the bodies comes from the plan's kinds ("Nämnder, bolag och råd").
    "bodies": ListWords(
        "",
        "{item}",
        "Nytt organ: {item} ({kind}).",
        "{item} finns inte längre med.",
        "Organen står i ny ordning: {order}.",
    ),
    "focus_areas": ListWords(
        "Fokusområden",
        "Fokusområde {number}",
        "Nytt fokusområde {number}: {item}.",
        "Fokusområde {number} ({item}) har tagits bort.",
        "Fokusområdena står i ny ordning: {order}.",
    ),
}
