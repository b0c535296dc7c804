"""Tell a follow-up file from a plan cheaply, before either is parsed."""

from __future__ import annotations

from pathlib import Path


def looks_like_followup(path: Path) -> bool:
    """Whether ``path`` looks like a follow-up file rather than a plan: cheap, reads at most
    a megabyte and parses nothing (the loaders then check it properly)."""
    import os
    import re
    import stat

    try:
        # Never wait on a named pipe: the loader then names it as what it is.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                return False
            text = handle.read(1_000_000).decode("utf-8", "replace")
    except OSError:
        return False

    def has(key: str) -> bool:
        return re.search(rf"^{key}:", text, re.MULTILINE) is not None

    # A follow-up file may carry focus_areas (the coordinator's text), never bodies.
    return has("entries") and not (has("focus_areas") and has("bodies"))
