"""The formats a build writes and the index file of each, apart from the build itself so
that reading ``--format`` costs no import of the plan's models."""

from __future__ import annotations

from typing import Literal

Format = Literal["md", "html", "docx"]
FORMATS: tuple[Format, ...] = ("md", "html", "docx")
# Word documents are one per body, without an index of their own.
INDEX_NAMES: dict[Format, str] = {"md": "README.md", "html": "index.html"}
