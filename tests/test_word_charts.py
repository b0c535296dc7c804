"""The Word report's status charts: a PNG of each bar and one of the whole chart, the same
bytes every run, and alt text naming every figure."""

from __future__ import annotations

import struct
import zlib

from valdplan.documents.word_charts import BAR, GAP, WIDTH, chart_picture


def row(label: str, **counts: int) -> dict:
    segments = [{"id": key.replace("_", "-"), "name": key, "count": n} for key, n in counts.items()]
    total = sum(counts.values())
    return {"label": label, "total": total, "total_text": f"{total} st", "segments": segments}


def test_one_bar_per_row_and_alt_text_with_every_figure() -> None:
    rows = [row("Alla", genomford=1, ej_paborjad=3), row("1. Ett", saknas=2)]
    chart = chart_picture(rows, "Åtgärder")
    png = chart["png"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (WIDTH, 2 * BAR + GAP)
    assert (
        chart["alt"]
        == "Åtgärder. Alla (4 st): genomford 1, ej_paborjad 3; 1. Ett (2 st): saknas 2."
    )
    assert chart_picture(rows, "Åtgärder")["png"] == png
    # Each bar as a picture of its own, beside its label, with its own figures.
    bars = chart["bars"]
    assert [(bar["label"], bar["alt"]) for bar in bars] == [
        ("Alla", "Alla (4 st): genomford 1, ej_paborjad 3."),
        ("1. Ett", "1. Ett (2 st): saknas 2."),
    ]
    assert [struct.unpack(">II", bar["png"][16:24]) for bar in bars] == [(WIDTH, BAR)] * 2
    # The first bar's inside: done (green) on the left quarter, not started after it; the
    # second bar hatched (dark and white pixels), never a colour of its own.
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8 : start - 4])[0]
    raw = zlib.decompress(png[start : start + length])
    line = WIDTH * 3 + 1
    first = raw[line * (BAR // 2) + 1 : line * (BAR // 2 + 1)]
    assert first[3 * 10 : 3 * 11] == bytes((0x1B, 0x6E, 0x3C))
    assert first[3 * 900 : 3 * 901] == bytes((0xB3, 0x4A, 0x00))
    second = raw[line * (BAR + GAP + BAR // 2) + 1 : line * (BAR + GAP + BAR // 2 + 1)]
    colours = {second[3 * x : 3 * x + 3] for x in range(10, WIDTH - 10)}
    assert colours == {bytes((0xFF, 0xFF, 0xFF)), bytes((0x1A, 0x1A, 0x1A))}


def test_a_share_too_small_for_a_pixel_leaves_the_outline_whole() -> None:
    # One report in 10,000: its segment rounds to no pixel at the bar's right end, where it
    # must not push the outline out of the picture.
    chart = chart_picture([row("Alla", genomford=9_999, saknas=1)], "Åtgärder")
    png = chart["bars"][0]["png"]
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8 : start - 4])[0]
    raw = zlib.decompress(png[start : start + length])
    line = WIDTH * 3 + 1
    assert len(raw) == line * BAR
    middle = raw[line * (BAR // 2) + 1 : line * (BAR // 2 + 1)]
    ink, green = bytes((0x1A, 0x1A, 0x1A)), bytes((0x1B, 0x6E, 0x3C))
    assert (middle[:3], middle[3:6], middle[-6:-3], middle[-3:]) == (ink, green, green, ink)
