"""A small on-disk cache in the user's cache folder, so that unchanged input is not parsed,
validated or rendered again.

Each entry is one file: a JSON header line with the entry's key and the SHA-256 of the
payload, then the payload. An entry is used only when its key matches (the key covers the
input's bytes and valdplan's version) and the payload's digest checks out; a stale, corrupt
or unreadable entry is ignored, and a cache folder that cannot be written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

CACHE_ENV = "VALDPLAN_CACHE_DIR"
NO_CACHE_ENV = "VALDPLAN_NO_CACHE"


def cache_dir() -> Path | None:
    """``$VALDPLAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/valdplan``, else ``~/.cache/valdplan``;
    None when ``$VALDPLAN_NO_CACHE`` is set."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "valdplan"


def digest(*parts: bytes | str) -> str:
    """SHA-256 over ``parts``, each length-prefixed so that no two lists of parts collide."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def folder_digest(folders: Sequence[Path]) -> str:
    """SHA-256 over the relative names and contents of every file under ``folders`` (missing
    folders count as empty), so that editing any template changes it."""
    parts: list[bytes | str] = []
    for folder in folders:
        parts.append(str(folder))
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                parts += [str(path.relative_to(folder)), path.read_bytes()]
    return digest(*parts)


def _entry_path(namespace: str, slot: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    # One file per slot (e.g. per plan path): a changed input replaces its entry instead of
    # piling up new ones.
    return folder / f"{namespace}-{digest(slot)[:32]}.json"


def get(namespace: str, slot: str, key: str) -> str | None:
    """The payload stored under ``slot`` if it was stored with ``key`` and is intact."""
    path = _entry_path(namespace, slot)
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            header = json.loads(handle.readline())
            payload = handle.read()
        if header.get("key") != key or hashlib.sha256(payload).hexdigest() != header.get("sha256"):
            return None
        return payload.decode("utf-8")
    except (OSError, ValueError, AttributeError):
        return None


def put(namespace: str, slot: str, key: str, payload: str) -> None:
    """Store ``payload`` under ``slot`` with ``key``; any failure leaves the cache unused."""
    path = _entry_path(namespace, slot)
    if path is None:
        return
    from .writing import write_atomic

    data = payload.encode("utf-8")
    header = json.dumps({"key": key, "sha256": hashlib.sha256(data).hexdigest()})
    with contextlib.suppress(OSError):
        write_atomic(path, header + "\n" + payload)
