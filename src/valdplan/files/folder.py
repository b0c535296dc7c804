"""Output folders: safe file names, writing a set of files all or nothing, the manifest of
what valdplan wrote, and ``--check`` comparisons.

A build checks every name and every file in the way before it writes its first byte, holds
a lock so that two builds into one folder do not interleave, removes temporary files that
an interrupted build left, never follows a symbolic link in the folder, and records every
file it ever wrote in the manifest, so that it never overwrites a file of someone else's.
It writes every new file beside the old one and switches only when all are written
(``writing.replace_together``), and removes the files it wrote that the build no longer has.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputProblem, reason
from ..messages import _
from .reading import read_regular_file
from .writing import NAME_MAX, TEMP_MARK, TEMP_SUFFIX, refuse_read_only, replace_together

# Names of the files valdplan wrote into the folder, so that a build never overwrites a file
# it did not write itself (a hand-written README.md in the output folder, say).
MANIFEST = ".valdplan-build"
LOCK = ".valdplan-build.lock"
_MANIFEST_HEADER = "# valdplan build: files valdplan wrote in this folder, one per line\n"
_MAX_MANIFEST = 4_000_000
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
SLUG_MAX = 100


def slugify(name: str, max_length: int = SLUG_MAX) -> str:
    """ASCII file-name stem for ``name``: ``Barn- och skolnämnden`` →
    ``barn-och-skolnamnden``. Only ``[a-z0-9-]`` can come out, so no name can reach
    outside the output folder; long names are cut at a hyphen to ``max_length``."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).encode(
        "ascii", "ignore"
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only.decode()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1].rsplit("-", 1)[0] if "-" in slug[:max_length] else ""
        slug = (cut or slug[:max_length]).strip("-")
    return slug


@dataclass
class CheckReport:
    """How an output folder differs from what a build would write."""

    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.extra or self.leftover)


def _entries(outdir: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(outdir) as found:
            return sorted(found, key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return []


def existing_files(outdir: Path) -> list[str]:
    """Names of the files and links in ``outdir`` (hidden files are left alone)."""
    return [
        entry.name
        for entry in _entries(outdir)
        if not entry.name.startswith(".") and not entry.is_dir(follow_symlinks=False)
    ]


def leftovers(outdir: Path) -> list[str]:
    """Temporary files an interrupted write left in ``outdir``."""
    return [
        entry.name
        for entry in _entries(outdir)
        if entry.name.startswith(".")
        and TEMP_MARK in entry.name
        and entry.name.endswith(TEMP_SUFFIX)
        and entry.is_file(follow_symlinks=False)
    ]


def _same(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a regular file (not a link) holding exactly ``data``."""
    # A file of another size is never read: it cannot be equal.
    return read_regular_file(path, len(data)) == data


def _is_folder(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise OutputProblem(_("{path} is not a folder").format(path=outdir))


def _bytes(content: str | bytes) -> bytes:
    """A file's content as written: text as UTF-8, a binary document (Word) as it is."""
    return content.encode("utf-8") if isinstance(content, str) else content


def _safe_name(name: str) -> bool:
    """A file of the folder, or of one subfolder of it (``datasets/dcat.rdf``)."""
    parts = name.split("/")
    return len(parts) <= 2 and all(_SAFE_NAME.fullmatch(part) for part in parts)


def _bad_subfolders(outdir: Path, names: list[str]) -> list[str]:
    """The subfolders of ``names`` that are there but are not plain folders: a link there
    would take the build's files outside ``outdir``."""
    bad = []
    for sub in sorted({name.split("/")[0] for name in names if "/" in name}):
        try:
            found = os.lstat(outdir / sub)
        except FileNotFoundError:
            continue
        if not stat.S_ISDIR(found.st_mode):
            bad.append(sub)
    return bad


def check_folder(outdir: Path, files: Mapping[str, str | bytes]) -> CheckReport:
    """Compare ``outdir`` with ``files`` (name → text or bytes) without writing anything."""
    _is_folder(outdir)
    report = CheckReport()
    for name, content in sorted(files.items()):
        path = outdir / name
        if not os.path.lexists(path):
            report.missing.append(name)
        elif not _same(path, _bytes(content)):
            report.stale.append(name)
    report.extra = [name for name in existing_files(outdir) if name not in files]
    report.leftover = leftovers(outdir)
    return report


def name_problems(names: list[str]) -> list[str]:
    """Why some of ``names`` cannot be files of one folder: unsafe, too long, or equal to
    another name on a file system that ignores case."""
    problems = []
    seen: dict[str, str] = {}
    for name in names:
        if not _safe_name(name) or name in (MANIFEST, LOCK):
            problems.append(_("'{name}' is not a safe file name").format(name=name[:80]))
        elif len(name.encode("utf-8")) > NAME_MAX:
            problems.append(
                _(
                    "the file name {name}… is {size} bytes long; file systems allow at most {limit}"
                ).format(name=name[:40], size=len(name.encode("utf-8")), limit=NAME_MAX)
            )
        folded = name.casefold()
        if folded in seen:
            problems.append(
                _("'{name}' and '{other}' would be the same file").format(
                    name=name, other=seen[folded]
                )
            )
        seen.setdefault(folded, name)
    return problems


def read_manifest(outdir: Path) -> set[str]:
    """The names in ``outdir``'s manifest (none when there is no manifest)."""
    path = outdir / MANIFEST
    if not os.path.lexists(path):
        return set()
    raw = read_regular_file(path, _MAX_MANIFEST)
    fix = _(
        "check that {folder} holds no files of your own, then delete {manifest} and run the"
        " build again with --force"
    ).format(folder=outdir, manifest=path)
    if raw is None:
        raise OutputProblem(
            _("{manifest} is not a valdplan build manifest (not a plain file); {fix}").format(
                manifest=path, fix=fix
            )
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise OutputProblem(
            _("{manifest} is damaged (byte 0x{byte:02x} is not UTF-8); {fix}").format(
                manifest=path, byte=raw[err.start], fix=fix
            )
        ) from None
    names = {line for line in text.splitlines() if line and not line.startswith("#")}
    bad = sorted(name for name in names if not _SAFE_NAME.fullmatch(name))
    if bad:
        raise OutputProblem(
            _("{manifest} is damaged (it lists '{name}'); {fix}").format(
                manifest=path, name=bad[0][:80], fix=fix
            )
        )
    return names


@contextlib.contextmanager
def build_lock(outdir: Path) -> Iterator[None]:
    """Hold the folder's build lock: a second build into the same folder waits for it."""
    from .locking import file_lock

    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputProblem(
            _("cannot write {path}: {reason}").format(path=outdir, reason=reason(err))
        ) from None
    busy = _("another valdplan build is writing into {folder}").format(folder=outdir)
    with file_lock(outdir / LOCK, busy):
        yield


@dataclass
class WriteReport:
    """What ``write_folder`` did."""

    changed: list[str]
    removed_leftovers: list[str]
    outdated: list[str] = field(default_factory=list)


def write_folder(
    outdir: Path, files: Mapping[str, str | bytes], force: bool = False
) -> WriteReport:
    """Write every file of ``files`` into ``outdir``, all or nothing: every name and every
    file in the way is checked first. A file that valdplan did not write (not in the
    manifest) or a link is refused unless ``force``; then the link itself is replaced."""
    _is_folder(outdir)
    problems = name_problems(sorted(files))
    if problems:
        raise OutputProblem(
            _("{folder}: nothing written: {problems}").format(
                folder=outdir, problems="; ".join(problems)
            )
        )
    bad = _bad_subfolders(outdir, sorted(files))
    if bad:
        raise OutputProblem(
            _("{folder}: nothing written; {names} must be a folder, not a link or a file").format(
                folder=outdir, names=", ".join(bad)
            )
        )
    with build_lock(outdir):
        ours = read_manifest(outdir)
        encoded = {name: _bytes(content) for name, content in files.items()}
        folders, in_the_way = _in_the_way(outdir, encoded, ours)
        if folders:
            raise OutputProblem(
                _("{folder}: nothing written; these are folders, not files: {names}").format(
                    folder=outdir, names=", ".join(folders)
                )
            )
        if in_the_way and not force:
            raise OutputProblem(
                _(
                    "{folder}: nothing written; in the way: {things}; move them away, or pass"
                    " --force to replace them (links themselves, never their targets)"
                ).format(folder=outdir, things=", ".join(in_the_way))
            )
        removed = leftovers(outdir)
        for name in removed:
            with contextlib.suppress(FileNotFoundError):
                (outdir / name).unlink()
        changed = sorted(name for name, data in encoded.items() if not _same(outdir / name, data))
        for name in changed:
            _writable(outdir / name)
        gone = _outdated(outdir, ours, set(files))
        contents = {outdir / name: encoded[name] for name in changed}
        # The manifest last: a build killed while switching still knows every file it wrote.
        listing = _manifest_text((ours - set(gone)) | set(files))
        if read_regular_file(outdir / MANIFEST, _MAX_MANIFEST) != listing:
            contents[outdir / MANIFEST] = listing
        replace_together(contents, [outdir / name for name in gone])
    return WriteReport(changed, removed, gone)


def _writable(path: Path) -> None:
    """Refuse, before anything is written, to replace a file someone made read-only."""
    with contextlib.suppress(FileNotFoundError):
        found = os.lstat(path)
        if stat.S_ISREG(found.st_mode):
            refuse_read_only(path, found)


def _outdated(outdir: Path, ours: set[str], names: set[str]) -> list[str]:
    """The files valdplan wrote in ``outdir`` (its manifest) that this build no longer
    writes, for a body or level the plan no longer has, say: files of the kinds this build
    writes (their extension, in the same folder), so that a build of other formats into the
    same folder keeps the first one's files."""
    kinds = {(os.path.dirname(name), os.path.splitext(name)[1]) for name in names}
    gone = []
    for name in sorted(ours - names):
        if (os.path.dirname(name), os.path.splitext(name)[1]) not in kinds:
            continue
        with contextlib.suppress(FileNotFoundError):
            if not stat.S_ISDIR(os.lstat(outdir / name).st_mode):
                gone.append(name)
    return gone


def _in_the_way(
    outdir: Path, files: Mapping[str, bytes], ours: set[str]
) -> tuple[list[str], list[str]]:
    """The folders at the build's file names, and the other things there it may replace only
    with --force: links, and files valdplan did not write."""
    folders, found = [], []
    for name, data in sorted(files.items()):
        path = outdir / name
        try:
            status = os.lstat(path)
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(status.st_mode):
            found.append(
                _("{name} (a symbolic link to {target})").format(
                    name=name, target=os.readlink(path)
                )
            )
        elif stat.S_ISDIR(status.st_mode):
            folders.append(name)
        elif name not in ours and not _same(path, data):
            found.append(_("{name} (not written by valdplan)").format(name=name))
    return folders, found


def _manifest_text(names: set[str]) -> bytes:
    listing = _MANIFEST_HEADER + "".join(f"{name}\n" for name in sorted(names))
    return listing.encode("utf-8")
