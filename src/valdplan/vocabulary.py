"""The closed sets of words valdplan knows, each declared once as a ``Literal``: languages,
roles, parts of the year, statuses and their order, output formats. Models, the schema, command-line
choices, completion and messages all read them from here (``typing.get_args``).

Each set's words for people are msgids (``N_``), translated where they are shown. Importing
this module costs nothing: it needs only ``typing`` and the message markers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar, get_args

# The languages are declared with the catalogs, in ``messages`` (the layer below).
from .messages import LANGUAGES as LANGUAGES
from .messages import N_, words
from .messages import Language as Language

# A body's role on an action, and the --role filter that may also say "either".
Role = Literal["responsible", "co-responsible"]
ROLES: tuple[Role, ...] = get_args(Role)
RoleFilter = Literal["responsible", "co-responsible", "any"]
ROLE_FILTERS: tuple[RoleFilter, ...] = get_args(RoleFilter)
ROLE_WORDS: dict[RoleFilter, str] = {
    "responsible": N_("responsible"),
    "co-responsible": N_("co-responsible"),
    "any": N_("any"),
}

# The periods of a year of the default reporting calendar (a plan without a ``reporting:``
# block), in the order they come within a year: the interim report (delår) before the
# full-year report (helår). A plan's calendar may name others (tertials); these two have
# words in every language.
Part = Literal["delår", "helår"]
PARTS: tuple[Part, ...] = get_args(Part)
PART_WORDS: dict[str, str] = {"delår": N_("interim"), "helår": N_("full year")}

# Status ids (what files store), in the order files, sheets and choices list them.
Status = Literal["ej-paborjad", "pagaende", "genomford", "ej-aktuell"]
STATUS_IDS: tuple[Status, ...] = get_args(Status)
# Their Swedish names are part of the file format: files, spreadsheets and the command line
# accept them whatever the user's language.
STATUS_NAMES: dict[Status, str] = {
    "ej-paborjad": "ej påbörjad",
    "pagaende": "pågående",
    "genomford": "genomförd",
    "ej-aktuell": "ej aktuell",
}
# The same statuses in a message, in the user's language ("done", "genomförd").
STATUS_WORDS: dict[Status, str] = {
    "ej-paborjad": N_("not started"),
    "pagaende": N_("in progress"),
    "genomford": N_("done"),
    "ej-aktuell": N_("not applicable"),
}
NOT_STARTED: Status = "ej-paborjad"
DONE: Status = "genomford"
# Reports list and draw statuses from done to not applicable.
REPORT_ORDER: tuple[Status, ...] = ("genomford", "pagaende", "ej-paborjad", "ej-aktuell")
# What reports count for a pair without a report: no entry, or an entry without a status;
# drawn and listed after every status.
MISSING = "saknas"
COUNTED_ORDER: tuple[str, ...] = (*REPORT_ORDER, MISSING)
_NOT_REPORTED = N_("Not reported")


def status_names(lang: str) -> dict[str, str]:
    """Status names as headings in ``lang`` ("Genomförd", "Done"), with one for the pairs
    that have no entry; the follow-up files always store the ids."""
    translate = words(lang)
    names: dict[str, str] = {key: capitalise(translate(word)) for key, word in STATUS_WORDS.items()}
    return {**names, MISSING: translate(_NOT_REPORTED)}


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


# How far a focus area's prerequisite ("för att uppnå fokusområdet behöver följande vara på
# plats") is in place, as the coordinator assesses it in the follow-up file.
Prerequisite = Literal["pa-plats", "delvis", "ej-pa-plats"]
PREREQUISITE_IDS: tuple[Prerequisite, ...] = get_args(Prerequisite)
# Like the statuses' names, the Swedish names are part of the file format.
PREREQUISITE_NAMES: dict[Prerequisite, str] = {
    "pa-plats": "på plats",
    "delvis": "delvis på plats",
    "ej-pa-plats": "inte på plats",
}
PREREQUISITE_WORDS: dict[Prerequisite, str] = {
    "pa-plats": N_("in place"),
    "delvis": N_("partly in place"),
    "ej-pa-plats": N_("not in place"),
}

# Which way an indicator's figure is better (plan.yaml's indicators, the snapshot, pages).
Direction = Literal["higher", "lower"]
DIRECTIONS: tuple[Direction, ...] = get_args(Direction)

# How far a published site complies with the accessibility law (DIGG's model statement:
# helt, delvis or inte förenlig).
Compliance = Literal["full", "partial", "none"]
COMPLIANCES: tuple[Compliance, ...] = get_args(Compliance)

# The output formats of each kind of document, in the order help and messages list them
# (``documents.formats`` knows more about them).
RecordFormat = Literal["table", "json", "csv", "md"]
ShowFormat = Literal["text", "json"]
ValidationFormat = Literal["text", "github", "sarif"]
Format = Literal["md", "html", "docx"]  # checklists and builds
DiffFormat = Literal["md", "html", "json", "docx"]
ReportFormat = Literal["md", "html", "json", "docx"]
SheetFormat = Literal["xlsx", "csv"]
DueFormat = Literal["table", "json", "csv", "md", "ics"]

RECORD_FORMATS: tuple[RecordFormat, ...] = get_args(RecordFormat)
SHOW_FORMATS: tuple[ShowFormat, ...] = get_args(ShowFormat)
VALIDATION_FORMATS: tuple[ValidationFormat, ...] = get_args(ValidationFormat)
FORMATS: tuple[Format, ...] = get_args(Format)
DIFF_FORMATS: tuple[DiffFormat, ...] = get_args(DiffFormat)
REPORT_FORMATS: tuple[ReportFormat, ...] = get_args(ReportFormat)
SHEET_FORMATS: tuple[SheetFormat, ...] = get_args(SheetFormat)
DUE_FORMATS: tuple[DueFormat, ...] = get_args(DueFormat)

# Which forge's CI files ``valdplan init`` writes into a plan repository.
Forge = Literal["github", "gitlab", "both", "none"]
FORGES: tuple[Forge, ...] = get_args(Forge)

Word = TypeVar("Word", bound=str)


def member(value: str, words: Sequence[Word]) -> Word:
    """``value`` as a word of the closed set ``words`` (so that a checked string keeps its
    ``Literal`` type); ValueError when it is not one."""
    for word in words:
        if word == value:
            return word
    raise ValueError(value)
