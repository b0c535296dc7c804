"""Find publishing.yaml (--publishing FILE, else ./publishing.yaml) and load it, every
problem located as ``FILE:LINE:COL`` like the plan's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..messages import _

if TYPE_CHECKING:
    from .models import Publishing

PUBLISHING_FILE = "publishing.yaml"


def find_publishing(explicit: Path | None = None, cwd: Path | None = None) -> Path | None:
    """The publisher's settings to use: ``explicit``, else ``./publishing.yaml`` if there is
    one, else none (a build for a site that is not published)."""
    if explicit is not None:
        return explicit
    try:
        here = cwd or Path.cwd()
    except OSError:
        return None
    found = here / PUBLISHING_FILE
    return found if found.is_file() else None


def load_publishing(path: Path) -> Publishing:
    """The settings at ``path``; raises ``FileProblems`` listing every problem."""
    from ..files.reading import decode, read_source
    from ..plan.document import parse_document
    from .models import Publishing

    name = str(path)
    settings, _document = parse_document(
        Publishing,
        decode(read_source(path, name), name),
        name,
        _("the file holds no publishing settings"),
        lambda data: [],
    )
    return settings
