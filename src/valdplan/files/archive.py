"""Zip archives (xlsx and docx files): written with fixed timestamps so that the same content
gives the same bytes, and inspected before anything is expanded, so that a small hostile file
cannot cost gigabytes.

A zip's central directory declares each member's sizes; Python's zipfile never returns more
than the declared size (and fails the CRC check when the data disagrees), so checking the
declared sizes and compression ratios bounds what reading can cost.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from ..messages import _

# 1980-01-01 00:00:00, the earliest time a zip can hold: a timestamp that never changes.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# Office files (xlsx, docx) record in docProps/core.xml when they were made and saved.
_OFFICE_PROPERTIES = "docProps/core.xml"
_OFFICE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")
FIXED_OFFICE_TIME = b"2024-01-01T00:00:00Z"


def fixed_zip(data: bytes) -> bytes:
    """The zip archive ``data`` again, every member with the same fixed timestamp (and an
    Office file's own record of when it was made and saved fixed too), so that writing the
    same content twice gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = member.external_attr
            content = source.read(member)
            if member.filename == _OFFICE_PROPERTIES:
                content = _OFFICE_TIMES.sub(rb"\g<1>" + FIXED_OFFICE_TIME + rb"\2", content)
            target.writestr(info, content)
    return out.getvalue()


@dataclass(frozen=True)
class ZipLimits:
    """What an archive may declare before valdplan expands any of it."""

    members: int = 1_000
    member_bytes: int = 64_000_000
    total_bytes: int = 128_000_000
    # Text compresses well, but not a thousand to one: only a bomb does that.
    ratio: int = 200


def zip_problem(data: bytes, limits: ZipLimits) -> str | None:
    """Why the archive ``data`` is refused (not a zip, too many members, members too large or
    too compressed), or None when it may be read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return _("not a zip archive")
    with archive:
        members = archive.infolist()
        if len(members) > limits.members:
            return _("{count} parts in the archive (at most {limit})").format(
                count=len(members), limit=limits.members
            )
        total = 0
        for member in members:
            size = member.file_size
            total += size
            if size > limits.member_bytes:
                return _("{part} would expand to {size} MB (at most {limit} MB)").format(
                    part=member.filename,
                    size=size // 1_000_000,
                    limit=limits.member_bytes // 1_000_000,
                )
            if size > 1_000_000 and size > limits.ratio * max(member.compress_size, 1):
                return _("{part} is compressed more than {ratio} to 1").format(
                    part=member.filename, ratio=limits.ratio
                )
        if total > limits.total_bytes:
            return _("the archive would expand to {size} MB (at most {limit} MB)").format(
                size=total // 1_000_000, limit=limits.total_bytes // 1_000_000
            )
    return None


def count_in_member(data: bytes, name: str, needle: bytes, stop_after: int) -> int:
    """How often ``needle`` occurs in member ``name`` of the archive ``data``, counted while
    streaming; stops early once the count passes ``stop_after``. 0 when there is no such
    member."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    with archive:
        if name not in archive.namelist():
            return 0
        count = 0
        tail = b""
        with archive.open(name) as stream:
            while chunk := stream.read(1 << 20):
                window = tail + chunk
                count += window.count(needle)
                # Keep the end of the window that could begin an occurrence split by chunks;
                # it is shorter than the needle, so nothing in it was counted whole.
                tail = window[-(len(needle) - 1) :] if len(needle) > 1 else b""
                if count > stop_after:
                    break
        return count
