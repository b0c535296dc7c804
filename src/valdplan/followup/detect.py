"""Tell a follow-up file from a plan cheaply, before either is parsed."""

from __future__ import annotations

from pathlib import Path


def looks_like_followup(path: Path) -> bool:
    """Whether ``path`` looks like a follow-up file rather than a plan: cheap, reads at most
    a megabyte and parses nothing (the loaders then check it properly)."""
    import re

    try:
        with path.open("rb") as handle:
            text = handle.read(1_000_000).decode("utf-8", "replace")
    except OSError:
        return False

    def has(key: str) -> bool:
        return re.search(rf"^{key}:", text, re.MULTILINE) is not None

    return has("entries") and not has("focus_areas")
