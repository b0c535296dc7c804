"""Output folders: safe file names, writing a set of files, and ``--check`` comparisons."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputProblem
from .writing import write_file


def slugify(name: str) -> str:
    """ASCII file-name stem for ``name``: ``Barn- och skolnämnden`` →
    ``barn-och-skolnamnden``. Only ``[a-z0-9-]`` can come out, so no name can reach
    outside the output folder."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).encode(
        "ascii", "ignore"
    )
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.decode()).strip("-")


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
