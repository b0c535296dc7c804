"""The one way valdplan writes a file. Every file it writes goes through ``write_file``.

- A regular file is replaced atomically: a temporary file beside it is written, flushed to
  disk and renamed over it, so readers see the old file or the new one, never a part. The
  new file keeps the old one's mode and, where the system permits, its owner and group.
- A file nobody may write (mode without write bits, or not writable by this user) is an
  error and stays untouched: in-place edits never override a deliberate read-only mark.
- A device, pipe or socket is written to, never replaced: ``-o /dev/null`` discards the
  output as with any Unix tool.
- Inside an output folder (``folder=``) a symbolic link is never followed: it is named and
  refused, or, with ``take_over``, replaced itself. Elsewhere a link the user gave is
  followed, as ``cp`` does. ``take_over`` also replaces a pipe or device instead of
  writing to it (for files only valdplan should have made, such as cache entries).

A file with several hard links is rewritten in place instead (after the new content has
been written and flushed beside it, so a full disk fails before the file is touched): every
name of the file sees the new content, as every name shares its edit lock
(``files.locking``).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
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
) -> None:
    """Write ``content`` (text as UTF-8) to ``path`` as described in the module docstring.

    ``folder`` says ``path`` is a file of that output folder (never follow links there);
    ``take_over`` replaces a link, pipe or device at ``path`` itself; ``mode`` is the mode
    of a newly created file (default: 0666 less the umask).
    """
    # A file name that is not UTF-8 (a surrogate escape) is written escaped, never a crash.
    data = content.encode("utf-8", "backslashreplace") if isinstance(content, str) else content
    try:
        _write(path, data, folder, take_over, mode)
    except OutputProblem:
        raise
    except OSError as err:
        raise OutputProblem(
            _("cannot write {path}: {reason}").format(path=path, reason=reason(err))
        ) from None


def _write(path: Path, data: bytes, folder: Path | None, take_over: bool, mode: int | None) -> None:
    for _hop in range(_LINK_HOPS):
        try:
            found = os.lstat(path)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, data, None, mode)
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
                _replace(path, data, None, mode)
                return
            path = path.parent / os.readlink(path)
            continue
        if stat.S_ISDIR(found.st_mode):
            raise OutputProblem(_("{path} is a folder, not a file").format(path=path))
        if not stat.S_ISREG(found.st_mode):
            if take_over:
                _replace(path, data, None, mode)
            else:
                _write_special(path, data)
            return
        _check_writable(path, found)
        if found.st_nlink > 1:
            _rewrite_in_place(path, data)
        else:
            _replace(path, data, found, mode)
        return
    raise OutputProblem(
        _("cannot write {path}: too many levels of symbolic links").format(path=path)
    )


def _check_writable(path: Path, found: os.stat_result) -> None:
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
    room = NAME_MAX - len(TEMP_MARK) - len(TEMP_SUFFIX) - 10
    short = os.fsencode(name)[:room].decode("utf-8", "ignore")
    return f".{short}{TEMP_MARK}"


def _replace(path: Path, data: bytes, old: os.stat_result | None, mode: int | None) -> None:
    """Atomically put ``data`` at ``path`` (a regular file ``old``, a link, or nothing)."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=temporary_prefix(path.name), suffix=TEMP_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if old is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(old.st_mode))
                _keep_owner(handle.fileno(), old)
            else:
                os.fchmod(handle.fileno(), _new_mode(mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _rewrite_in_place(path: Path, data: bytes) -> None:
    """Put ``data`` into the hard-linked file at ``path`` itself, so all its names see it."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=temporary_prefix(path.name), suffix=TEMP_SUFFIX
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
