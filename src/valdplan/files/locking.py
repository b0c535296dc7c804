"""Exclusive locks for in-place edits and builds, so that concurrent runs all land.

A lock is a hidden file beside what it protects (``.NAME.lock``) that exists only while a
valdplan holds it: filelock's soft lock creates it exclusively and removes it on release, and
takes over a lock whose holder has died (it records the holder's process and host), so a
killed run blocks no one and no lock files are left in the user's folders.

A file has one lock whatever name it is reached by: the lock sits beside its real path
(symbolic links resolved), and a file with several hard links is locked by its inode, so
``aktuell.yaml -> fu.yaml`` and ``fu.yaml`` never edit at once. A lock left behind (an empty
file from a power cut, a dead process on this computer, or one older than any edit takes from
another computer) is taken over with a note; a live one is waited for, said after a second.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputProblem, reason
from ..messages import _

# Edits take milliseconds; a lock held this long belongs to a run that hangs.
LOCK_TIMEOUT = 120.0
# No edit or build holds a lock this long: an older lock was left by a run that died.
STALE_AFTER = 600.0
# How long to wait in silence before saying who holds the lock.
_QUIET_WAIT = 1.0


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``: beside its real path, named after the inode when
    the file has other hard links, so that every name of one file shares one lock."""
    real = Path(os.path.realpath(path))
    try:
        found = os.stat(real)
    except OSError:
        return real.parent / f".{real.name}.lock"
    if found.st_nlink > 1:
        return real.parent / f".valdplan-inode-{found.st_ino}.lock"
    return real.parent / f".{real.name}.lock"


def _holder(lock: Path) -> tuple[dict[str, str], float] | None:
    """The fields filelock recorded in ``lock`` (pid, host) and its age, or None if absent."""
    from .reading import read_regular_file

    try:
        found = os.lstat(lock)
    except OSError:
        return None
    age = time.time() - found.st_mtime
    data = read_regular_file(lock, 4096) or b""
    fields = {}
    for line in data.decode("utf-8", "replace").splitlines():
        key, _sep, value = line.partition("=")
        fields[key.strip()] = value.strip()
    return fields, age


def _is_stale(fields: dict[str, str], age: float) -> bool:
    import socket

    if age > STALE_AFTER:
        return True  # older than any run holds a lock
    if "pid" not in fields:
        # Empty: a power cut, unless its maker is writing it this very moment.
        return age > 2 * _QUIET_WAIT
    if fields.get("host") != socket.gethostname():
        return False
    try:
        os.kill(int(fields["pid"]), 0)
    except ProcessLookupError:
        return True
    except (OSError, ValueError):
        return False
    return False


def _take_over_stale(lock: Path) -> None:
    """Remove ``lock`` if the run that left it cannot be holding it any more, with a note."""
    try:
        before = os.lstat(lock)
    except OSError:
        return
    found = _holder(lock)
    if found is None or not _is_stale(*found):
        return
    with contextlib.suppress(OSError):
        now = os.lstat(lock)
        if (now.st_ino, now.st_mtime_ns) != (before.st_ino, before.st_mtime_ns):
            return  # another run took it over meanwhile: that lock is live
        lock.unlink()
        sys.stderr.write(
            _("note: {message}").format(
                message=_("took over the lock {path} left by a run that ended").format(
                    path=_shown(lock)
                )
            )
            + "\n"
        )


def _shown(path: Path) -> str:
    from ..errors import visible

    return visible(str(path))


def _describe_holder(lock: Path) -> str:
    found = _holder(lock)
    fields = found[0] if found is not None else {}
    return _("process {pid} on {host}").format(
        pid=fields.get("pid", "?"), host=fields.get("host", "?")
    )


@contextlib.contextmanager
def file_lock(lock: Path, busy: str) -> Iterator[None]:
    """Hold the exclusive lock ``lock``; ``busy`` says who holds it if waiting times out."""
    from filelock import SoftFileLock, Timeout

    _take_over_stale(lock)
    held = SoftFileLock(lock, timeout=LOCK_TIMEOUT)
    try:
        try:
            held.acquire(timeout=_QUIET_WAIT)
        except Timeout:
            # Said while waiting, not after: the command has nothing to show yet.
            sys.stderr.write(
                _("note: {message}").format(
                    message=_("waiting for {path}, held by {holder}").format(
                        path=_shown(lock), holder=_describe_holder(lock)
                    )
                )
                + "\n"
            )
            sys.stderr.flush()
            held.acquire(timeout=LOCK_TIMEOUT - _QUIET_WAIT)
    except Timeout:
        raise OutputProblem(
            _("{busy} (waited {seconds:.0f} s); try again later").format(
                busy=busy, seconds=LOCK_TIMEOUT
            )
        ) from None
    except OSError as err:
        raise OutputProblem(
            _("cannot lock {path}: {reason}").format(path=lock, reason=reason(err))
        ) from None
    try:
        yield
    finally:
        held.release()


@contextlib.contextmanager
def editing(path: Path) -> Iterator[None]:
    """Hold the edit lock of ``path``: read, change and write it inside this block."""
    lock = lock_path(path)
    busy = _("another valdplan ({holder}) is editing {path}")
    with file_lock(lock, busy.format(holder=_describe_holder(lock), path=path)):
        yield
