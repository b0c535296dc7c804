"""Exclusive locks for in-place edits and builds, so that concurrent runs all land.

A lock is a hidden file beside what it protects (``.NAME.lock``) that exists only while a
valdplan holds it: filelock's soft lock creates it exclusively and removes it on release, and
takes over a lock whose holder has died (it records the holder's process and host), so a
killed run blocks no one and no lock files are left in the user's folders.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputProblem, reason
from ..messages import _

# Edits take milliseconds; a lock held this long belongs to a run that hangs.
LOCK_TIMEOUT = 120.0


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``."""
    return path.parent / f".{path.name}.lock"


@contextlib.contextmanager
def file_lock(lock: Path, busy: str) -> Iterator[None]:
    """Hold the exclusive lock ``lock``; ``busy`` says who holds it if waiting times out."""
    from filelock import SoftFileLock, Timeout

    held = SoftFileLock(lock, timeout=LOCK_TIMEOUT)
    try:
        held.acquire()
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
    with file_lock(lock_path(path), _("another valdplan is editing {path}").format(path=path)):
        yield
