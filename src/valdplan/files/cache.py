"""A small on-disk cache in the user's cache folder, so that unchanged input is not parsed,
validated or rendered again.

Each entry is one file: a JSON header line with the entry's key and the SHA-256 of the
payload, then the payload. An entry is used only when its key matches and the payload's
digest checks out; a stale, corrupt or unreadable entry is ignored, and a cache folder that
cannot be written is simply not used. Every key is computed by ``Inputs.address`` from
everything the entry was made from (valdplan's version, its catalogs, the bytes of the files
read, the template folders, the options), so that no cache can leave an input out by hand.

Entries are private (0600 in a 0700 folder), read without following links or waiting on
pipes, and never more than ``MAX_ENTRY_BYTES``: a planted or corrupt entry costs little.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .reading import MAX_BYTES

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

CACHE_ENV = "VALDPLAN_CACHE_DIR"
NO_CACHE_ENV = "VALDPLAN_NO_CACHE"
# A validated plan of the largest input (MAX_BYTES of YAML) is well under twice its size as
# JSON; anything larger is not an entry valdplan wrote.
MAX_ENTRY_BYTES = 2 * MAX_BYTES
_MAX_HEADER = 1024


def cache_dir() -> Path | None:
    """``$VALDPLAN_CACHE_DIR``, else the user cache folder of the system (platformdirs:
    ``~/.cache/valdplan`` on Linux, ``~/Library/Caches/valdplan`` on macOS, the local app
    data folder on Windows); None when ``$VALDPLAN_NO_CACHE`` is set."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("valdplan", appauthor=False))


def digest(*parts: bytes | str) -> str:
    """SHA-256 over ``parts``, each length-prefixed so that no two lists of parts collide."""
    hasher = hashlib.sha256()
    for part in parts:
        # A path that is not UTF-8 holds surrogate escapes: hash its bytes as they are.
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def folder_digest(folders: Sequence[Path]) -> str:
    """SHA-256 over the relative names and contents of the files under ``folders`` that can
    be templates (missing folders count as empty), so that editing any template changes it.

    Files a shared folder collects beside templates cost nothing and break nothing: Word's
    owner files (``~$report.docx``, there while a document is open) and hidden files are left
    out, and a file that is too large to be a template, unreadable or not a regular file
    counts by its size and time of change, unread (the template loader refuses it by name
    if a run needs it)."""
    from .reading import read_template_file

    parts: list[bytes | str] = []
    for folder in folders:
        parts.append(str(folder))
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if any(part.startswith(("~$", ".")) for part in relative.parts) or path.is_dir():
                continue
            data = read_template_file(path)
            if isinstance(data, bytes):
                parts += [str(relative), "read", data]
                continue
            try:
                found = path.stat()
            except OSError:
                parts += [str(relative), "gone"]
            else:
                parts += [str(relative), f"{found.st_mode} {found.st_size} {found.st_mtime_ns}"]
    return digest(*parts)


@dataclass(frozen=True)
class Inputs:
    """Everything one cached result is made from.

    ``place`` is the file the result belongs to (a plan): it has one entry per ``options``,
    replaced when its inputs change instead of piling up. ``contents`` are the bytes of
    every file the result reads, ``folders`` the template folders it may read (every file
    under them counts), ``options`` everything else that decides it, as text.
    """

    place: Path
    contents: Sequence[bytes]
    options: Sequence[str] = ()
    folders: Sequence[Path] = ()

    def address(self) -> tuple[str | None, str]:
        """The entry's slot (None when ``place`` has no stable path: no cache then) and the
        key it must carry, which covers valdplan's version and catalogs as well."""
        from ..messages import catalog_stamp
        from ..version import __version__

        place = slot_of(self.place)
        slot = digest(place, *self.options) if place is not None and self.options else place
        folders = folder_digest(self.folders) if self.folders else ""
        # The count keeps options and contents apart: no option can pass for a file.
        options = [str(len(self.options)), *self.options]
        key = digest(__version__, catalog_stamp(), folders, *options, *self.contents)
        return slot, key


def options_of(request: DataclassInstance) -> list[str]:
    """Every field of the dataclass ``request`` as text, for ``Inputs.options``: a field
    added to a request joins the key by itself."""
    from dataclasses import fields

    return [repr(getattr(request, field.name)) for field in fields(request)]


def remembered(namespace: str, inputs: Inputs, make: Callable[[], str]) -> str:
    """The text ``make`` returns for ``inputs``, from the cache when it was made before."""
    slot, key = inputs.address()
    text = get(namespace, slot, key) if slot is not None else None
    if text is None:
        text = make()
        if slot is not None:
            put(namespace, slot, key, text)
    return text


def slot_of(path: Path) -> str | None:
    """The cache slot of the input at ``path``: its absolute path (None when there is none,
    as in a working directory that was deleted, and then the cache is not used)."""
    try:
        return str(path.resolve())
    except OSError:
        return None


def _entry_path(namespace: str, slot: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    # One file per slot (e.g. per plan path): a changed input replaces its entry instead of
    # piling up new ones.
    return folder / f"{namespace}-{digest(slot)[:32]}.json"


def get(namespace: str, slot: str, key: str) -> str | None:
    """The payload stored under ``slot`` if it was stored with ``key`` and is intact."""
    from .reading import read_regular_file

    path = _entry_path(namespace, slot)
    if path is None:
        return None
    data = read_regular_file(path, MAX_ENTRY_BYTES)
    if data is None:
        return None
    end = data.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        return None
    try:
        header = json.loads(data[:end])
        if header.get("key") != key:
            return None
        payload = data[end + 1 :]
        if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
            return None
        return payload.decode("utf-8")
    except (ValueError, AttributeError):
        return None


def put(namespace: str, slot: str, key: str, payload: str) -> None:
    """Store ``payload`` under ``slot`` with ``key``; any failure leaves the cache unused."""
    from ..errors import OutputProblem
    from .writing import write_file

    path = _entry_path(namespace, slot)
    if path is None:
        return
    data = payload.encode("utf-8")
    if len(data) > MAX_ENTRY_BYTES - _MAX_HEADER:
        return
    header = json.dumps({"key": key, "sha256": hashlib.sha256(data).hexdigest()})
    with contextlib.suppress(OSError, OutputProblem):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry = header.encode("utf-8") + b"\n" + data
        # A link or pipe planted in place of an entry is replaced, never written through;
        # not flushed to disk: an entry a power cut tore fails its digest and is not used.
        write_file(path, entry, folder=path.parent, take_over=True, mode=0o600, durable=False)
