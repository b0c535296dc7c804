"""Every file of a build from a plan file, served from the cache when nothing changed.

Rendering a build compiles every template, which costs more than the rest of the command;
a build whose plan bytes, templates and options are unchanged is taken from the cache
instead, as a single checklist is (``checklist_cache``). Files are still written, checked
and compared as usual: only the rendering is saved.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..files import cache
from ..vocabulary import Format, Language


def _files(text: str) -> dict[str, str | bytes] | None:
    """A cached build, or None when the entry is not one."""
    try:
        files = json.loads(text)
    except ValueError:
        return None
    if not isinstance(files, dict) or not all(
        isinstance(name, str) and isinstance(body, str) for name, body in files.items()
    ):
        return None
    return files


def build_texts(
    plan_path: Path,
    shown_as: str,
    formats: Sequence[Format],
    lang: Language | None,
    date: str | None,
    overrides: list[Path],
    publishing_path: Path | None = None,
    followup_paths: Sequence[Path] = (),
) -> dict[str, str | bytes]:
    """Every file of the build of the plan at ``plan_path``, by name (see ``build_files``),
    in ``lang`` or else the plan's own language; with the publisher's settings at
    ``publishing_path``, the published site's files too, the latest of ``followup_paths``
    among the downloads."""
    from ..files.reading import read_source
    from ..indicators.location import snapshot_beside
    from .checklist_cache import document_inputs

    # The indicators snapshot beside the plan is part of what the index shows.
    snapshot_path = snapshot_beside(plan_path)
    snapshot = read_source(snapshot_path, str(snapshot_path)) if snapshot_path.is_file() else b""
    # So are the publisher's settings and the follow-ups: each file's bytes join the key.
    extra = [publishing_path, *followup_paths] if publishing_path is not None else []
    inputs = [read_source(path, str(path)) for path in extra if path is not None]
    options = [",".join(formats), repr(lang), repr(date)]
    made_from = document_inputs(plan_path, shown_as, overrides, options, snapshot, *inputs)
    address, key = made_from.address()
    # Word documents are bytes that a text cache entry (JSON) cannot hold: such builds are
    # made afresh every time.
    slot = address if "docx" not in formats else None
    text = cache.get("build", slot, key) if slot is not None else None
    if text is not None:
        files = _files(text)
        if files is not None:
            return files
    from ..plan.loader import load_plan_file
    from .build import build_files
    from .environment import environment

    plan = load_plan_file(plan_path, shown_as)
    language = lang or plan.language
    indicators = None
    if snapshot:
        from ..indicators.snapshot import load_snapshot

        indicators = load_snapshot(snapshot_path)
    publishing = followup = None
    if publishing_path is not None:
        from ..followup.history import period_key
        from ..followup.loading import load_followup
        from ..publishing.loading import load_publishing

        publishing = load_publishing(publishing_path)
        loaded = [load_followup(path, plan).followup for path in followup_paths]
        followup = max(loaded, key=lambda one: period_key(plan, one)) if loaded else None
    files = build_files(
        plan,
        environment(overrides),
        formats,
        language,
        date,
        indicators,
        publishing,
        followup,
    )
    # A build larger than a cache entry may be (a plan of thousands of actions) is not
    # encoded for nothing: its characters alone are more bytes than the limit.
    if slot is not None and sum(map(len, files.values())) < cache.MAX_ENTRY_BYTES:
        # Without docx every file is text.
        cache.put("build", slot, key, json.dumps(files, ensure_ascii=False))
    return files
