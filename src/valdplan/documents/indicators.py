"""The indicators as the report and the index show them: each indicator's last values for
the municipality and its comparison areas, a missing value as "–" (never 0), the trend since
the year before with an arrow and the same in words, and the source line Kolada asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..vocabulary import Language
from .labels import LABELS

if TYPE_CHECKING:
    from ..indicators.snapshot import Snapshot, SnapshotIndicator

# How many of the latest years each indicator shows.
YEARS_SHOWN = 3
MISSING = "–"
_ARROWS = {"up": "↑", "down": "↓", "same": "→"}


def number_text(value: float | None, lang: Language) -> str:
    """``value`` as people read it in ``lang`` (12,5 in Swedish); "–" when there is none."""
    if value is None:
        return MISSING
    text = f"{value:.10g}"
    return text.replace(".", ",") if lang == "sv" else text


def _total(indicator: SnapshotIndicator, area: str, year: int) -> float | None:
    return indicator.values.get(area, {}).get(str(year), {}).get("T")


def _trend(
    indicator: SnapshotIndicator, area: str, years: list[int], lang: Language
) -> dict[str, Any]:
    """The change of ``area``'s total between its last two years with a value."""
    labels = LABELS[lang]
    known = [
        (year, value) for year in years if (value := _total(indicator, area, year)) is not None
    ]
    if len(known) < 2:
        return {"arrow": "", "direction": None, "text": labels["trend_unknown"]}
    (before_year, before), (_, last) = known[-2], known[-1]
    direction = "up" if last > before else "down" if last < before else "same"
    if direction == "same":
        judged = labels["trend_same"]
    else:
        better = (direction == "up") == (indicator.better == "higher")
        judged = labels["trend_better"] if better else labels["trend_worse"]
    text = labels[f"trend_{direction}"].format(
        year=before_year, value=number_text(before, lang), judged=judged
    )
    return {"arrow": _ARROWS[direction], "direction": direction, "text": text}


def _comparison(
    indicator: SnapshotIndicator, year: int | None, names: dict[str, str], lang: Language
) -> str:
    """How the municipality stands against each comparison area in its last year."""
    labels = LABELS[lang]
    own = _total(indicator, indicator.municipality, year) if year is not None else None
    if own is None or year is None or not indicator.compare:
        return ""
    parts = []
    for area in indicator.compare:
        other = _total(indicator, area, year)
        name = names.get(area, area)
        if other is None:
            parts.append(labels["compared_missing"].format(area=name))
        elif other == own:
            parts.append(labels["compared_same"].format(area=name))
        else:
            better = (own > other) == (indicator.better == "higher")
            key = "compared_better" if better else "compared_worse"
            parts.append(labels[key].format(area=name, value=number_text(other, lang)))
    return labels["compared"].format(
        area=names.get(indicator.municipality, indicator.municipality),
        year=year,
        value=number_text(own, lang),
        parts="; ".join(parts),
    )


def indicator_views(snapshot: Snapshot | None, lang: Language) -> list[dict[str, Any]]:
    """Each indicator of ``snapshot`` for the templates (see docs/templates.md); none
    without a snapshot."""
    if snapshot is None:
        return []
    labels = LABELS[lang]
    views = []
    for indicator in snapshot.indicators:
        areas = [indicator.municipality, *indicator.compare]
        every_year = sorted(
            {int(year) for area in areas for year in indicator.values.get(area, {})}
        )
        own_years = [
            y for y in every_year if _total(indicator, indicator.municipality, y) is not None
        ]
        last = own_years[-1] if own_years else None
        years = every_year[-YEARS_SHOWN:]
        producer = indicator.producer or labels["producer_unknown"]
        views.append(
            {
                "kpi": indicator.kpi,
                "name": indicator.name,
                "title": indicator.title,
                "better": labels[f"better_{indicator.better}"],
                "years": years,
                "areas": [
                    {
                        "id": area,
                        "name": snapshot.areas.get(area, area),
                        "values": [number_text(_total(indicator, area, y), lang) for y in years],
                        "trend": _trend(indicator, area, every_year, lang),
                    }
                    for area in areas
                ],
                "comparison": _comparison(indicator, last, snapshot.areas, lang),
                "source": labels["indicator_source"].format(
                    source=snapshot.source, producer=producer, date=snapshot.fetched
                ),
            }
        )
    return views
