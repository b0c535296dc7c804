"""The output formats: which formats each kind of document is written in, declared once.
``--format`` choices, completion and help read this table; the renderers of each format are
registered by the module of their document (``tables``, ``checklist_cache``, ``report``…).

Kept apart from the renderers so that reading ``--format`` costs no import of the plan's
models or of Jinja.
"""

from __future__ import annotations

from typing import Literal, get_args

from ..messages import N_

# What valdplan writes, and in which formats; each tuple's first format is listed first in
# help and messages.
RecordFormat = Literal["table", "json", "csv", "md"]
ShowFormat = Literal["text", "json"]
ValidationFormat = Literal["text", "github", "sarif"]
Format = Literal["md", "html", "docx"]  # checklists and builds
DiffFormat = Literal["md", "html", "json"]
ReportFormat = Literal["md", "html", "json", "docx"]
SheetFormat = Literal["xlsx", "csv"]

RECORD_FORMATS: tuple[RecordFormat, ...] = get_args(RecordFormat)
SHOW_FORMATS: tuple[ShowFormat, ...] = get_args(ShowFormat)
VALIDATION_FORMATS: tuple[ValidationFormat, ...] = get_args(ValidationFormat)
FORMATS: tuple[Format, ...] = get_args(Format)
DIFF_FORMATS: tuple[DiffFormat, ...] = get_args(DiffFormat)
REPORT_FORMATS: tuple[ReportFormat, ...] = get_args(ReportFormat)
SHEET_FORMATS: tuple[SheetFormat, ...] = get_args(SheetFormat)

# Formats that are bytes for a file, never text for a terminal.
BINARY_FORMATS = frozenset({"docx", "xlsx"})
# Format names that are words: each may be typed in either language (``--format tabell``).
FORMAT_WORDS = {"table": N_("table"), "text": N_("text")}
# Word documents are one per body, without an index of their own.
INDEX_NAMES: dict[Format, str] = {"md": "README.md", "html": "index.html"}
