"""The report's status charts as pictures for Word: one stacked bar per row in the status
colours of the HTML report (red-green colour-blind safe; "saknar rapport" hatched, not a
colour), as PNGs made with the standard library only, and the alt text that says every
figure a picture shows.

Each bar is a picture of its own beside its group's name, which the template writes as text
in the cell before it (a picture drawn without a font library cannot hold letters); the
whole chart as one picture is there too, for a template that shows it so."""

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
WIDTH, BAR, GAP = 1200, 48, 14  # pixels: a bar is drawn 11.5 cm wide, the whole chart 17


def _line(status: str, y: int) -> bytes:
    """Pixel row ``y`` of a bar all of ``status``, as long as the picture is wide (a pixel
    ``x`` of it at ``3 * x``): its colour, or hatched (no report)."""
    if status in COLOURS:
        return bytes(COLOURS[status]) * WIDTH
    pattern = b"".join(bytes(INK if (x + y) % 8 < 2 else WHITE) for x in range(8))
    return (pattern * (WIDTH // 8 + 1))[: 3 * WIDTH]


def _bar(segments: Sequence[dict[str, Any]], total: int) -> list[bytes]:
    """The pixel rows of one bar: each segment as wide as its share, a white line between
    segments and a dark outline."""
    edges, start = [], 0
    for segment in segments:
        if segment["count"]:
            end = start + segment["count"]
            edges.append((round(WIDTH * start / total), round(WIDTH * end / total), segment["id"]))
            start = end
    outline = bytes(INK) * WIDTH
    rows = [outline]
    for y in range(1, BAR - 1):
        line = bytearray(bytes(WHITE) * WIDTH)
        for left, right, status in edges:
            if left == right:  # a share too small for a pixel
                continue
            line[3 * left : 3 * right] = _line(status, y)[3 * left : 3 * right]
            if left:  # the white line before every segment but the first
                line[3 * left : 3 * min(left + 2, right)] = bytes(WHITE) * min(2, right - left)
        line[0:3] = line[-3:] = bytes(INK)
        rows.append(bytes(line))
    return [*rows, outline]


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
    """The report's chart ``rows`` (label, total, segments): ``bars``, one picture per row
    (``label``, ``png`` and ``alt``, the row's figures in words), and the whole chart as one
    picture, ``png`` (its bars from top to bottom) with ``alt``: ``title`` and every row's
    figures."""
    blank = [bytes(WHITE) * WIDTH] * GAP
    pixels: list[bytes] = []
    bars, figures = [], []
    for index, row in enumerate(rows):
        drawn = _bar(row["segments"], max(row["total"], 1))
        pixels += (blank if index else []) + drawn
        described = f"{row['label']} ({row['total_text']}): " + ", ".join(
            f"{s['name']} {s['count']}" for s in row["segments"] if s["count"]
        )
        figures.append(described)
        bars.append({"label": row["label"], "png": _png(drawn), "alt": f"{described}."})
    alt = f"{title}. " + "; ".join(figures) + "."
    return {"png": _png(pixels), "alt": alt, "bars": bars}
