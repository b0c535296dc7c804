"""The one way valdplan writes a file. Every file it writes goes through ``write_file``.

- A regular file is replaced atomically: a temporary file beside it is written, flushed to
  disk (unless it is a cache entry, which checks itself) and renamed over it, so readers see
  the old file or the new one, never a part. The
  new file keeps the old one's mode and, where the system permits, its owner and group.
- A file nobody may write (mode without write bits, or not writable by this user) is an
  error and stays untouched: in-place edits never override a deliberate read-only mark.
- A device, pipe or socket is written to, never replaced: ``-o /dev/null`` discards the
  output as with any Unix tool.
- Inside an output folder (``folder=``) a symbolic link is never followed: it is named and
  refused, or, with ``take_over``, replaced itself. Elsewhere a link the user gave is
  followed, as ``cp`` does. ``take_over`` also replaces a pipe or device instead of
  writing to it (for files only valdplan should have made, such as cache entries).

A set of files (an output folder) is replaced all or nothing by ``replace_together``: every
new file is on disk beside its old one before the first rename. Temporary files name their
computer and process, so the next write of a file removes what a killed run left beside it.

A file with several hard links is rewritten in place instead (after the new content has
been written and flushed beside it, so a full disk fails before the file is touched): every
name of the file sees the new content, as every name shares its edit lock
(``files.locking``).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..errors import OutputProblem, reason
from ..messages import _

# Temporary files are ".NAME.valdplan-XXXXXXXX.tmp"; builds find leftovers of an interrupted
# run by this pattern and remove them.
TEMP_MARK = ".valdplan-"
TEMP_SUFFIX = ".tmp"
# File names longer than this many bytes are refused by most file systems.
NAME_MAX = 255
_LINK_HOPS = 8


def write_file(
    path: Path,
    content: str | bytes,
    *,
    folder: Path | None = None,
    take_over: bool = False,
    mode: int | None = None,
    durable: bool = True,
) -> None:
    """Write ``content`` (text as UTF-8) to ``path`` as described in the module docstring.

    ``folder`` says ``path`` is a file of that output folder (never follow links there);
    ``take_over`` replaces a link, pipe or device at ``path`` itself; ``mode`` is the mode
    of a newly created file (default: 0666 less the umask). ``durable=False`` skips flushing
    to disk (still atomic while the system runs), for a file that checks itself on reading,
    such as a cache entry: a flush costs more than the rest of the write.
    """
    # A file name that is not UTF-8 (a surrogate escape) is written escaped, never a crash.
    data = content.encode("utf-8", "backslashreplace") if isinstance(content, str) else content
    try:
        _write(path, data, folder, take_over, mode, durable)
    except OutputProblem:
        raise
    except OSError as err:
        raise OutputProblem(
            _("cannot write {path}: {reason}").format(path=path, reason=reason(err))
        ) from None


def _write(
    path: Path, data: bytes, folder: Path | None, take_over: bool, mode: int | None, durable: bool
) -> None:
    for _hop in range(_LINK_HOPS):
        try:
            found = os.lstat(path)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, data, None, mode, durable)
            return
        if stat.S_ISLNK(found.st_mode):
            if folder is not None:
                if not take_over:
                    target = os.readlink(path)
                    raise OutputProblem(
                        _(
                            "{path} is a symbolic link (to {target}); valdplan does not write"
                            " through links in an output folder: remove it, or pass --force"
                            " to replace the link itself"
                        ).format(path=path, target=target)
                    )
                _replace(path, data, None, mode, durable)
                return
            path = path.parent / os.readlink(path)
            continue
        if stat.S_ISDIR(found.st_mode):
            raise OutputProblem(_("{path} is a folder, not a file").format(path=path))
        if not stat.S_ISREG(found.st_mode):
            if take_over:
                _replace(path, data, None, mode, durable)
            else:
                _write_special(path, data)
            return
        refuse_read_only(path, found)
        if found.st_nlink > 1:
            _rewrite_in_place(path, data)
        else:
            _replace(path, data, found, mode, durable)
        return
    raise OutputProblem(
        _("cannot write {path}: too many levels of symbolic links").format(path=path)
    )


def refuse_read_only(path: Path, found: os.stat_result) -> None:
    """Refuse to change the file ``path`` (whose status is ``found``) if it is read-only."""
    # root may write anything, so os.access alone would let it override a read-only mark.
    if not found.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise OutputProblem(
            _("{path} is read-only; make it writable (chmod u+w) if it should be changed").format(
                path=path
            )
        )


def _write_special(path: Path, data: bytes) -> None:
    """Write to a device, pipe or socket in place (opening may wait for a pipe's reader)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError as err:
        raise OutputProblem(
            _("cannot write {path}: {reason}").format(path=path, reason=reason(err))
        ) from None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def temporary_prefix(name: str) -> str:
    """The prefix of the temporary files for the file ``name``."""
    room = NAME_MAX - len(TEMP_MARK) - len(TEMP_SUFFIX) - 30
    short = os.fsencode(name)[:room].decode("utf-8", "ignore")
    return f".{short}{TEMP_MARK}"


def _maker() -> str:
    """Who makes a temporary file, in its name (``h3f2a91-p4711-``), so that a later run can
    tell the leftovers of a killed run (its process is gone) from a live run's files."""
    import socket
    import zlib

    return f"h{zlib.crc32(socket.gethostname().encode()):08x}-p{os.getpid()}-"


_LEFTOVER = re.compile(r"h([0-9a-f]{8})-p([0-9]+)-")


def _is_leftover(name: str, prefix: str, age: float) -> bool:
    """Whether the temporary file ``name`` (after ``prefix``) was left by a run that ended:
    a process of this computer that is gone, or older than any write takes."""
    from .locking import STALE_AFTER

    if age > STALE_AFTER:
        return True
    found = _LEFTOVER.match(name, len(prefix))
    if found is None or found.group(1) != _maker()[1:9]:
        return False
    try:
        os.kill(int(found.group(2)), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remove_leftovers(path: Path) -> list[str]:
    """Remove the temporary files that killed runs left beside ``path`` (a run killed while
    writing it, ``kill -9`` during ``followup import`` say), and return their names."""
    import time

    prefix = temporary_prefix(path.name)
    removed = []
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if not (entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX)):
                continue
            with contextlib.suppress(OSError):
                status = entry.stat(follow_symlinks=False)
                age = time.time() - status.st_mtime
                if stat.S_ISREG(status.st_mode) and _is_leftover(entry.name, prefix, age):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def _staged(
    path: Path, data: bytes, old: os.stat_result | None, mode: int | None, durable: bool = True
) -> Path:
    """A temporary file beside ``path`` holding ``data``, on disk, with the mode (and where
    permitted the owner) of ``old``, or a new file's mode."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=temporary_prefix(path.name) + _maker(), suffix=TEMP_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
            if old is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(old.st_mode))
                _keep_owner(handle.fileno(), old)
            else:
                os.fchmod(handle.fileno(), _new_mode(mode))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _replace(
    path: Path, data: bytes, old: os.stat_result | None, mode: int | None, durable: bool
) -> None:
    """Atomically put ``data`` at ``path`` (a regular file ``old``, a link, or nothing)."""
    remove_leftovers(path)
    temporary = _staged(path, data, old, mode, durable)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if durable:
        _sync_folder(path.parent)


def replace_together(contents: Mapping[Path, bytes], removals: Sequence[Path] = ()) -> None:
    """Put each of ``contents`` at its path and remove each of ``removals``, all or nothing:
    every new file is first written and flushed beside its old one, so a full disk fails
    before any file has changed; only then is each renamed over its old one (links and
    special files there are replaced themselves, never followed). If a step of the switch
    fails, the old files are put back. Used for output folders, whose files valdplan owns."""
    at: list[Path] = []  # the file being written when something fails
    try:
        _replace_together(contents, removals, at)
    except OSError as err:
        raise OutputProblem(
            _("cannot write {path}: {reason}; nothing was changed").format(
                path=at[-1] if at else "", reason=reason(err)
            )
        ) from None


def _replace_together(
    contents: Mapping[Path, bytes], removals: Sequence[Path], at: list[Path]
) -> None:
    made: list[Path] = []
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in contents.items():
            at.append(path)
            if not path.parent.is_dir():
                path.parent.mkdir()
                made.append(path.parent)
            old = _regular_status(path)
            staged.append((_staged(path, data, old, None), path))
    except BaseException:
        for temporary, _path in staged:
            temporary.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    switched: list[tuple[Path, Path | None, bool]] = []
    try:
        for temporary, path in staged:
            at.append(path)
            existed = os.path.lexists(path)
            backup = _backup(path, keep=True)
            os.replace(temporary, path)
            switched.append((path, backup, existed))
        for path in removals:
            at.append(path)
            switched.append((path, _backup(path, keep=False), True))
    except BaseException:
        for path, backup, existed in reversed(switched):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, path)
                elif not existed:
                    path.unlink()
        for temporary, _path in staged:
            temporary.unlink(missing_ok=True)
        raise
    for _path, backup, _existed in switched:
        if backup is not None:
            backup.unlink(missing_ok=True)
    for folder in {path.parent for path in contents}:
        _sync_folder(folder)


def _regular_status(path: Path) -> os.stat_result | None:
    with contextlib.suppress(FileNotFoundError):
        found = os.lstat(path)
        return found if stat.S_ISREG(found.st_mode) else None
    return None


def _backup(path: Path, *, keep: bool) -> Path | None:
    """The old file at ``path`` under a temporary name, to put back if the switch fails:
    a second hard link when it stays (``keep``), the file itself moved when it goes; None
    when there was nothing (or the file system has no hard links: then it cannot be put
    back, but it is still replaced atomically)."""
    if not os.path.lexists(path):
        return None
    backup = path.parent / f"{temporary_prefix(path.name)}{_maker()}old{TEMP_SUFFIX}"
    backup.unlink(missing_ok=True)
    if not keep:
        os.replace(path, backup)
        return backup
    try:
        os.link(path, backup, follow_symlinks=False)
    except OSError:
        return None
    return backup


def _rewrite_in_place(path: Path, data: bytes) -> None:
    """Put ``data`` into the hard-linked file at ``path`` itself, so all its names see it."""
    remove_leftovers(path)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=temporary_prefix(path.name) + _maker(), suffix=TEMP_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)  # the room for the new content is found before the file changes
            handle.flush()
            os.fsync(handle.fileno())
        with path.open("r+b") as target:
            target.write(data)
            target.truncate()
            target.flush()
            os.fsync(target.fileno())
    finally:
        Path(temporary).unlink(missing_ok=True)


def _new_mode(mode: int | None) -> int:
    if mode is not None:
        return mode
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _keep_owner(descriptor: int, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group where permitted (root may; others
    may keep at least a group they belong to)."""
    current = os.fstat(descriptor)
    if (current.st_uid, current.st_gid) == (old.st_uid, old.st_gid):
        return
    try:
        os.fchown(descriptor, old.st_uid, old.st_gid)
    except PermissionError:
        with contextlib.suppress(PermissionError):
            os.fchown(descriptor, -1, old.st_gid)
    # chown clears set-user-id and set-group-id bits: put the mode back.
    os.fchmod(descriptor, stat.S_IMODE(old.st_mode))


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk too (a folder's own fsync; not every system allows it)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
