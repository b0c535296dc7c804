"""Write generated files safely: atomic replacement, safe names, and ``--check`` comparisons."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValdplanError


class OutputProblem(ValdplanError):
    """A file or folder cannot be written."""


def slugify(name: str) -> str:
    """ASCII file-name stem for ``name``: ``Kultur- och fritidsnämnderna`` →
    ``kultur-och-fritidsnamnderna``. Only ``[a-z0-9-]`` can come out, so no name can reach
    outside the output folder."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).encode(
        "ascii", "ignore"
    )
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.decode()).strip("-")


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text is written as UTF-8) to ``path`` so that readers see the old
    file or the new one, never a part: write a temporary file beside it, flush it to disk,
    then rename it over. A symbolic link is followed, so the file it points to is replaced."""
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_file(path: Path, content: str | bytes) -> None:
    """``write_atomic`` with OS errors turned into a message for the user."""
    try:
        write_atomic(path, content)
    except OSError as err:
        raise OutputProblem(f"cannot write {path}: {err.strerror}") from None


@dataclass
class CheckReport:
    """How an output folder differs from what a build would write."""

    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.extra)


def existing_files(outdir: Path) -> list[str]:
    """Names of the files in ``outdir`` (hidden files are left alone)."""
    if not outdir.is_dir():
        return []
    return sorted(p.name for p in outdir.iterdir() if p.is_file() and not p.name.startswith("."))


def check_folder(outdir: Path, files: Mapping[str, str]) -> CheckReport:
    """Compare ``outdir`` with ``files`` (name → text) without writing anything."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputProblem(f"{outdir} is not a folder")
    report = CheckReport()
    for name, text in sorted(files.items()):
        path = outdir / name
        if not path.is_file():
            report.missing.append(name)
        elif path.read_bytes() != text.encode("utf-8"):
            report.stale.append(name)
    report.extra = [name for name in existing_files(outdir) if name not in files]
    return report


# Names of the files the last build wrote, so that a build never overwrites a file it did
# not write itself (a hand-written README.md in the output folder, say).
MANIFEST = ".valdplan-build"


def write_folder(outdir: Path, files: Mapping[str, str], force: bool = False) -> list[str]:
    """Write every file of ``files`` into ``outdir``; returns the names that changed. A file
    that is in the way but was not written by an earlier build is refused unless ``force``."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputProblem(f"{outdir} is not a folder")
    manifest = outdir / MANIFEST
    ours = set(manifest.read_text(encoding="utf-8").split()) if manifest.is_file() else set()
    foreign = [
        name
        for name, text in sorted(files.items())
        if name not in ours
        and (outdir / name).is_file()
        and (outdir / name).read_bytes() != text.encode("utf-8")
    ]
    if foreign and not force:
        raise OutputProblem(
            f"{outdir}: would overwrite files that valdplan did not write: {', '.join(foreign)};"
            " move them away or pass --force"
        )
    changed = []
    for name, text in sorted(files.items()):
        path = outdir / name
        if path.is_file() and path.read_bytes() == text.encode("utf-8"):
            continue
        write_file(path, text)
        changed.append(name)
    listing = "".join(f"{name}\n" for name in sorted(files))
    if not manifest.is_file() or manifest.read_text(encoding="utf-8") != listing:
        write_file(manifest, listing)
    return changed
