"""What documents know about the output formats beyond their names (``vocabulary`` declares
which formats each kind of document is written in): which are binary, which are words, the
index file of each. The renderers of each format are registered in one table per document
(``listing``, ``action_text``, ``annotations``, ``checklist_cache``, ``report_document``).

Kept apart from the renderers so that reading ``--format`` costs no import of the plan's
models or of Jinja.
"""

from __future__ import annotations

from ..messages import N_
from ..vocabulary import Format

# Formats that are bytes for a file, never text for a terminal.
BINARY_FORMATS = frozenset({"docx", "xlsx"})
# Format names that are words: each may be typed in either language (``--format tabell``).
FORMAT_WORDS = {"table": N_("table"), "text": N_("text")}
# Word documents are one per body, without an index of their own.
INDEX_NAMES: dict[Format, str] = {"md": "README.md", "html": "index.html"}
