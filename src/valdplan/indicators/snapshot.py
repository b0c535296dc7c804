"""The indicators snapshot (``indicators.json`` beside the plan): what Kolada said of each of
the plan's indicators on one day, written so that the same answers and date give the same
bytes, and read back for the report and the index."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import FileProblems, NetworkProblem, Problem
from ..messages import _
from ..vocabulary import Direction

if TYPE_CHECKING:
    from ..plan.models import Plan
    from .kolada import Kolada

SOURCE = "Kolada (RKA)"
Gender = Literal["T", "K", "M"]
GENDERS: tuple[Gender, ...] = ("T", "K", "M")
# Years before the plan's first one fetched by default: the baseline the plan starts from.
YEARS_BEFORE = 5
# Kolada ends a KPI's description with its producer: "… Källa: SCB."
_PRODUCER = re.compile(r"Källa:\s*([^\n]+?)\.?\s*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SnapshotIndicator(_Strict):
    """One indicator as fetched: the plan's facts of it, Kolada's title and producer, and
    its values by area, year and gender (None where Kolada has no value)."""

    kpi: str
    name: str
    title: str
    producer: str | None
    municipality: str
    compare: tuple[str, ...]
    better: Direction
    goal: str | None
    focus_area: int | None
    values: dict[str, dict[str, dict[Gender, float | None]]] = Field(
        description="area id → year → gender (T, K, M) → value"
    )


class Snapshot(_Strict):
    """Everything ``indicators fetch`` wrote."""

    source: str
    fetched: str
    years: tuple[int, int]
    areas: dict[str, str] = Field(description="area id → its name in Kolada")
    indicators: tuple[SnapshotIndicator, ...]


def producer_of(kpi: dict[str, Any]) -> str | None:
    """The producer Kolada names at the end of a KPI's description, if any."""
    description = kpi.get("description")
    if not isinstance(description, str):
        return None
    found = _PRODUCER.search(description.strip())
    return found.group(1).strip() if found else None


def fetch_snapshot(plan: Plan, kolada: Kolada, fetched: str, since: int | None = None) -> Snapshot:
    """What Kolada says today of each of ``plan``'s indicators, for the years from ``since``
    (default: five years before the plan starts) to the year of ``fetched``."""
    if not plan.indicators:
        raise NetworkProblem(_("the plan lists no indicators (indicators:); nothing to fetch"))
    first = since if since is not None else plan.period.start - YEARS_BEFORE
    last = int(fetched[:4])
    if first > last:
        raise NetworkProblem(
            _("no years to fetch: {first} is after {last}").format(first=first, last=last)
        )
    kpi_ids = [indicator.kpi for indicator in plan.indicators]
    area_ids = sorted({area for i in plan.indicators for area in (i.municipality, *i.compare)})
    metadata = {kpi.get("id"): kpi for kpi in kolada.kpis(kpi_ids)}
    unknown = [kpi for kpi in kpi_ids if kpi not in metadata]
    if unknown:
        raise NetworkProblem(
            _("Kolada has no KPI {ids}; find ids with valdplan indicators search TEXT").format(
                ids=", ".join(unknown)
            )
        )
    names = {
        str(area.get("id")): str(area.get("title"))
        for area in kolada.areas(area_ids)
        if isinstance(area.get("title"), str)
    }
    values = _values(kolada.data(kpi_ids, area_ids, range(first, last + 1)))
    indicators = []
    for indicator in plan.indicators:
        kpi = metadata[indicator.kpi]
        by_area = values.get(indicator.kpi, {})
        indicators.append(
            SnapshotIndicator(
                kpi=indicator.kpi,
                name=indicator.name,
                title=str(kpi.get("title") or indicator.kpi),
                producer=producer_of(kpi),
                municipality=indicator.municipality,
                compare=indicator.compare,
                better=indicator.better,
                goal=indicator.goal,
                focus_area=indicator.focus_area,
                values={
                    area: by_area.get(area, {})
                    for area in (indicator.municipality, *indicator.compare)
                },
            )
        )
    return Snapshot(
        source=SOURCE,
        fetched=fetched,
        years=(first, last),
        areas={area: names[area] for area in area_ids if area in names},
        indicators=tuple(indicators),
    )


def _values(
    rows: list[dict[str, Any]],
) -> dict[str, dict[str, dict[str, dict[Gender, float | None]]]]:
    """Kolada's data objects as KPI → area → year → gender → value."""
    found: dict[str, dict[str, dict[str, dict[Gender, float | None]]]] = {}
    for row in rows:
        kpi, area, period = row.get("kpi"), row.get("municipality"), row.get("period")
        if not isinstance(kpi, str) or not isinstance(area, str):
            raise NetworkProblem(_("Kolada's answer holds a value without its KPI or area"))
        try:
            if not isinstance(period, int | float | str):
                raise TypeError(period)
            year = str(int(period))
        except (TypeError, ValueError):
            raise NetworkProblem(
                _("Kolada's answer holds the year '{year}', which is not a year").format(
                    year=period
                )
            ) from None
        cell = found.setdefault(kpi, {}).setdefault(area, {}).setdefault(year, {})
        for value in row.get("values") or ():
            gender = value.get("gender") if isinstance(value, dict) else None
            if gender not in GENDERS:
                continue
            number = value.get("value")
            if number is not None and (
                isinstance(number, bool) or not isinstance(number, int | float)
            ):
                raise NetworkProblem(
                    _("Kolada's answer holds '{value}', which is not a number").format(
                        value=str(number)[:40]
                    )
                )
            cell[gender] = float(number) if number is not None else None
    return found


def snapshot_json(snapshot: Snapshot) -> str:
    """The snapshot as the file holds it: sorted keys, so the same data gives the same
    bytes."""
    import json

    return (
        json.dumps(snapshot.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True)
        + "\n"
    )


def load_snapshot(path: Path) -> Snapshot:
    """The snapshot at ``path``; a file that is not one is a located problem."""
    import json

    from pydantic import ValidationError

    from ..files.reading import decode, read_source

    name = str(path)
    text = decode(read_source(path, name), name)
    try:
        return Snapshot.model_validate(json.loads(text))
    except (ValueError, RecursionError) as err:
        if isinstance(err, ValidationError):
            first = err.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            message = _("{where}: not what valdplan indicators fetch writes").format(where=where)
        else:
            message = _("not a JSON file written by valdplan indicators fetch")
        raise FileProblems([Problem(name, 1, 1, message)]) from None
