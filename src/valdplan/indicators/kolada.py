"""Kolada's open API v3, the only network valdplan uses: one GET at a time with timeouts, a
bounded retry with backoff, answers of bounded size, and paging through ``next_url`` that
never leaves the API's own address.

The answers have the shape Kolada documents: ``{"values": [...], "count": N, "next_url":
"..."}``; data objects are ``{"kpi", "municipality", "period", "values": [{"gender",
"value", "count", "status"}]}``; KPI objects carry ``id``, ``title`` and ``description``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from ..errors import NetworkProblem
from ..messages import _

DEFAULT_API_URL = "https://api.kolada.se/v3"
# Kolada answers at most this many years, KPIs or areas in one request.
MOST_PER_REQUEST = 25
# An answer larger than this is not Kolada's: stop reading instead of filling memory.
MOST_BYTES = 32 * 1024 * 1024
# Pages of one query; Kolada gives up to 5000 objects a page, so this is far more than a plan's
# indicators need.
MOST_PAGES = 200
# Statuses worth asking again: the service is busy or briefly broken.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def chunks(items: Sequence[Any], size: int = MOST_PER_REQUEST) -> list[list[Any]]:
    """``items`` in lists of at most ``size``, in order."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


@dataclass
class Kolada:
    """A client of one Kolada API address. ``attempts`` bounds the tries of one request;
    ``backoff`` seconds is the first wait, doubled before each further try."""

    api_url: str = DEFAULT_API_URL
    timeout: float = 10.0
    attempts: int = 3
    backoff: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    requests: list[str] = field(default_factory=list)  # every URL asked, for tests and notes

    def __post_init__(self) -> None:
        parts = urlsplit(self.api_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise NetworkProblem(
                _("'{url}' is not an API address starting with https:// or http://").format(
                    url=self.api_url
                )
            )
        self.api_url = self.api_url.rstrip("/")
        self._origin = f"{parts.scheme}://{parts.netloc}"

    def kpis(self, kpi_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The metadata of ``kpi_ids`` (``/kpi/{ids}``)."""
        found: list[dict[str, Any]] = []
        for part in chunks(sorted(set(kpi_ids))):
            found += self.values(f"{self.api_url}/kpi/{_ids(part)}")
        return found

    def areas(self, area_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The names of the municipalities, regions and groups ``area_ids``
        (``/municipality/{ids}``)."""
        found: list[dict[str, Any]] = []
        for part in chunks(sorted(set(area_ids))):
            found += self.values(f"{self.api_url}/municipality/{_ids(part)}")
        return found

    def search(self, title: str) -> list[dict[str, Any]]:
        """The KPIs whose title holds ``title`` (``/kpi?title=``)."""
        return self.values(f"{self.api_url}/kpi?title={quote(title, safe='')}")

    def data(
        self, kpi_ids: Sequence[str], area_ids: Sequence[str], years: Sequence[int]
    ) -> list[dict[str, Any]]:
        """The values of ``kpi_ids`` for ``area_ids`` in ``years``
        (``/data/kpi/{ids}/municipality/{ids}/year/{years}``), at most 25 of each a request."""
        found: list[dict[str, Any]] = []
        for kpi_part in chunks(sorted(set(kpi_ids))):
            for area_part in chunks(sorted(set(area_ids))):
                for year_part in chunks(sorted(set(years))):
                    url = (
                        f"{self.api_url}/data/kpi/{_ids(kpi_part)}/municipality/"
                        f"{_ids(area_part)}/year/{','.join(str(y) for y in year_part)}"
                    )
                    found += self.values(url)
        return found

    def values(self, url: str) -> list[dict[str, Any]]:
        """Every object of the query at ``url``, following ``next_url`` page by page."""
        found: list[dict[str, Any]] = []
        for page in self._pages(url):
            values = page.get("values")
            if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
                raise NetworkProblem(
                    _("Kolada's answer to {url} has no list of values").format(url=url)
                )
            found += values
        return found

    def _pages(self, url: str) -> Iterator[dict[str, Any]]:
        seen: set[str] = set()
        next_url: str | None = url
        while next_url:
            if next_url in seen or len(seen) >= MOST_PAGES:
                raise NetworkProblem(
                    _("Kolada's pages of {url} do not end; stopped after {count}").format(
                        url=url, count=len(seen)
                    )
                )
            if not next_url.startswith(self._origin + "/"):
                # The API only ever points to itself; nothing else may be asked.
                raise NetworkProblem(
                    _("Kolada's next page {next} is not at {api}; it was not fetched").format(
                        next=next_url, api=self._origin
                    )
                )
            seen.add(next_url)
            page = self.get(next_url)
            yield page
            link = page.get("next_url")
            next_url = link if isinstance(link, str) and link else None

    def get(self, url: str) -> dict[str, Any]:
        """The JSON object at ``url``, asked again after a timeout, a lost connection or a
        busy or broken service, at most ``attempts`` times in all."""
        import httpx

        wait = self.backoff
        problem = ""
        for attempt in range(1, self.attempts + 1):
            self.requests.append(url)
            try:
                with httpx.Client(timeout=self.timeout, follow_redirects=False) as client:
                    status, body = _read(client, url)
            except httpx.TimeoutException:
                problem = _("no answer within {seconds} seconds").format(seconds=self.timeout)
            except httpx.HTTPError as err:
                problem = _("cannot connect ({reason})").format(reason=type(err).__name__)
            else:
                if status == 200:
                    return _json(body, url)
                problem = _("HTTP status {status}").format(status=status)
                if status not in _RETRY_STATUSES:
                    break
            if attempt < self.attempts:
                self.sleep(wait)
                wait *= 2
        raise NetworkProblem(
            _(
                "cannot fetch {url}: {problem}, after {attempts} tries; indicators fetch needs"
                " the network (or --api-url for a mirror)"
            ).format(url=url, problem=problem, attempts=attempt)
        )


def _ids(ids: Sequence[str]) -> str:
    return ",".join(quote(i, safe="") for i in ids)


def _read(client: Any, url: str) -> tuple[int, bytes]:
    """The status and body of a GET, reading no more than ``MOST_BYTES``."""
    with client.stream("GET", url, headers={"Accept": "application/json"}) as response:
        if response.status_code != 200:
            return response.status_code, b""
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > MOST_BYTES:
                raise NetworkProblem(
                    _("Kolada's answer to {url} is larger than {size} MB").format(
                        url=url, size=MOST_BYTES // (1024 * 1024)
                    )
                )
        return 200, bytes(body)


def _json(body: bytes, url: str) -> dict[str, Any]:
    import json

    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        raise NetworkProblem(_("Kolada's answer to {url} is not a JSON object").format(url=url))
    return data
