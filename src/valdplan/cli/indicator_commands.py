"""The indicator commands: fetch (Kolada into indicators.json beside the plan) and search
(KPI ids by title). The only commands that use the network."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..messages import N_, _, ngettext
from .app import ValdplanGroup, app
from .common import emit_listing, parse_date
from .options import FormatOption, LangOption, PlanOption
from .parameters import FetchDateOption, SinceOption

indicators_app = typer.Typer(
    cls=ValdplanGroup,
    help=N_("Indicators: figures from Kolada that show how the municipality stands."),
    no_args_is_help=True,
)
app.add_typer(indicators_app, name="indicators")

# The default is Kolada's own address (kolada.DEFAULT_API_URL, not imported at start-up).
ApiUrlOption = Annotated[
    str,
    typer.Option(
        "--api-url",
        help=N_("Address of Kolada's API v3, or of a mirror of it."),
        metavar=N_("ADDRESS"),
    ),
]
_KOLADA = "https://api.kolada.se/v3"


@indicators_app.command(
    "fetch",
    help=N_(
        "Fetch the plan's indicators from Kolada and write indicators.json beside the plan"
        " (values by year and gender, each KPI's title and producer, the fetch date)."
    ),
)
def indicators_fetch(
    api_url: ApiUrlOption = _KOLADA,
    date: FetchDateOption = None,
    since: SinceOption = None,
    lang: LangOption = None,
    plan: PlanOption = None,
) -> None:
    import datetime

    from ..indicators.fetching import fetch_beside

    fetched = parse_date(date) or datetime.date.today().isoformat()
    path, snapshot = fetch_beside(plan, api_url, fetched, int(since) if since else None)
    count = len(snapshot.indicators)
    sys.stdout.write(
        _("{file}: {indicators}, {first}–{last}, fetched {date}").format(
            file=path,
            indicators=ngettext("{n} indicator", "{n} indicators", count).format(n=count),
            first=snapshot.years[0],
            last=snapshot.years[1],
            date=snapshot.fetched,
        )
        + "\n"
    )


@indicators_app.command(
    "search", help=N_("Find Kolada KPIs whose title holds TEXT, to use their ids in the plan.")
)
def indicators_search(
    text: Annotated[str, typer.Argument(help=N_("Words of the title."), metavar=N_("TEXT"))],
    api_url: ApiUrlOption = _KOLADA,
    fmt: FormatOption = None,
    lang: LangOption = None,
) -> None:
    from ..documents.listing import Listing
    from ..documents.tables import KPI_COLUMNS
    from ..indicators.kolada import Kolada

    found = Kolada(api_url).search(text)
    records = [{"id": str(kpi.get("id")), "title": str(kpi.get("title"))} for kpi in found]
    title = ngettext("{n} KPI", "{n} KPIs", len(records)).format(n=len(records))
    emit_listing(Listing(records, KPI_COLUMNS, title), fmt)
