"""The one way valdplan writes a file: atomically, so readers see the old file or the new one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputProblem


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
