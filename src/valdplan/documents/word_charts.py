"""The report's status charts as pictures for Word: one stacked bar per row in the status
colours of the HTML report (red-green colour-blind safe; "saknar rapport" hatched, not a
colour), as a PNG made with the standard library only, and the alt text that says every
figure the picture shows."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from typing import Any

# The print colours of templates/_statuses.css.
COLOURS = {
    "genomford": (0x1B, 0x6E, 0x3C),
    "pagaende": (0x2F, 0x6F, 0xB5),
    "ej-paborjad": (0xB3, 0x4A, 0x00),
    "ej-aktuell": (0xA8, 0xA8, 0xA8),
}
WHITE, INK = (0xFF, 0xFF, 0xFF), (0x1A, 0x1A, 0x1A)
WIDTH, BAR, GAP = 1200, 36, 14  # pixels: the picture is drawn 17 cm wide


def _pixel(status: str, x: int, y: int) -> tuple[int, int, int]:
    if status in COLOURS:
        return COLOURS[status]
    return INK if (x + y) % 8 < 2 else WHITE  # hatched: no report


def _bar(segments: Sequence[dict[str, Any]], total: int) -> list[bytes]:
    """The pixel rows of one bar: each segment as wide as its share, a white line between
    segments and a dark outline."""
    edges, start = [], 0
    for segment in segments:
        if segment["count"]:
            end = start + segment["count"]
            edges.append((round(WIDTH * start / total), round(WIDTH * end / total), segment["id"]))
            start = end
    rows = []
    for y in range(BAR):
        line = bytearray()
        for x in range(WIDTH):
            colour = WHITE
            if y in (0, BAR - 1) or x in (0, WIDTH - 1):
                colour = INK
            else:
                for left, right, status in edges:
                    if left <= x < right:
                        colour = WHITE if x in (left, left + 1) and left else _pixel(status, x, y)
                        break
            line += bytes(colour)
        rows.append(bytes(line))
    return rows


def _png(rows: Sequence[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", WIDTH, len(rows), 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def chart_picture(rows: Sequence[dict[str, Any]], title: str) -> dict[str, Any]:
    """The report's chart ``rows`` (label, total, segments) as ``png`` bytes, one bar per
    row from top to bottom, and ``alt``: ``title`` and each row's figures in words."""
    blank = [bytes(WHITE) * WIDTH] * GAP
    pixels: list[bytes] = []
    for index, row in enumerate(rows):
        if index:
            pixels += blank
        pixels += _bar(row["segments"], max(row["total"], 1))
    described = [
        f"{row['label']} ({row['total_text']}): "
        + ", ".join(f"{s['name']} {s['count']}" for s in row["segments"] if s["count"])
        for row in rows
    ]
    return {"png": _png(pixels), "alt": f"{title}. " + "; ".join(described) + "."}
