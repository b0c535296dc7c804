"""A build's open data: the plan and the latest follow-up as JSON and CSV downloads, and a
DCAT-AP-SE 3.0 catalogue of them in RDF/XML (made with rdflib) that dataportal.se can
harvest.

Every IRI is absolute, made from the publisher's ``site_url``; catalogue, datasets,
distributions, publisher and contact are named resources (never blank nodes); each has a
``dcterms:identifier`` UUID derived from its IRI, so it stays the same between builds; dates
come from the plan's settings and the follow-up's entries, never from the clock.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from .context import period_name
from .labels import LABELS

if TYPE_CHECKING:
    from ..followup.models import FollowUp
    from ..plan.models import Plan
    from ..publishing.models import Publishing

FOLDER = "datasets"
CATALOGUE_FILE = f"{FOLDER}/dcat.rdf"
# DCAT-AP-SE asks every catalogue to carry CC0 itself, whatever the data's licence.
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
_MEDIA_TYPES = {
    "json": "https://www.iana.org/assignments/media-types/application/json",
    "csv": "https://www.iana.org/assignments/media-types/text/csv",
}
_LANGUAGES = {"sv": "http://publications.europa.eu/resource/authority/language/SWE",
              "en": "http://publications.europa.eu/resource/authority/language/ENG"}  # fmt: skip


def download_files(plan: Plan, followup: FollowUp | None) -> dict[str, str]:
    """The downloads, by file name inside the build: the plan, and the follow-up if any."""
    from ..plan.query import select_actions
    from ..plan.records import action_records
    from .tables import ACTION_COLUMNS, to_csv

    files = {
        f"{FOLDER}/plan.json": _json(plan.model_dump(mode="json")),
        f"{FOLDER}/plan.csv": to_csv(action_records(select_actions(plan)), ACTION_COLUMNS),
    }
    if followup is not None:
        from ..followup.spreadsheet import csv_text

        files[f"{FOLDER}/uppfoljning.json"] = _json(followup.model_dump(mode="json"))
        files[f"{FOLDER}/uppfoljning.csv"] = csv_text(plan, followup)
    return files


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def identifier(iri: str) -> str:
    """The UUID of the resource ``iri``: the same IRI always gives the same UUID."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, iri))


def catalogue(plan: Plan, followup: FollowUp | None, publishing: Publishing) -> str:
    """The DCAT-AP-SE catalogue of the downloads, as RDF/XML, the same bytes for the same
    input."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

    vcard = Namespace("http://www.w3.org/2006/vcard/ns#")

    class Ordered(Graph):
        # rdflib's RDF/XML writer follows the store's order, which changes between runs:
        # subjects and their properties in sorted order give the same bytes every time.
        def subjects(self, *args: Any, **kwargs: Any) -> Any:
            return iter(sorted(set(super().subjects(*args[:2])), key=lambda n: n.n3()))

        def predicate_objects(self, *args: Any, **kwargs: Any) -> Any:
            pairs = set(super().predicate_objects(*args[:1]))
            return iter(sorted(pairs, key=lambda pair: (pair[0].n3(), pair[1].n3())))

    graph = Ordered()
    for prefix, namespace in (("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF),
                              ("vcard", vcard)):  # fmt: skip
        graph.bind(prefix, namespace)
    base = f"{publishing.site_url}{CATALOGUE_FILE}#"

    def node(name: str, kind: URIRef, named: bool = True) -> URIRef:
        iri = URIRef(base + name)
        graph.add((iri, RDF.type, kind))
        if named:
            graph.add((iri, DCTERMS.identifier, Literal(identifier(str(iri)))))
        return iri

    def texts(subject: URIRef, prop: URIRef, key: str, **values: Any) -> None:
        # A value given per language ({"sv": …, "en": …}) is taken in each language.
        for lang in ("sv", "en"):
            shown = {k: v[lang] if isinstance(v, dict) else v for k, v in values.items()}
            graph.add((subject, prop, Literal(LABELS[lang][key].format(**shown), lang=lang)))

    def day(subject: URIRef, prop: URIRef, value: str | None) -> None:
        if value:
            graph.add((subject, prop, Literal(value, datatype=XSD.date)))

    # The publisher is known by its organisation number, not by a UUID of ours.
    publisher = node("publisher", FOAF.Organization, named=False)
    graph.add((publisher, FOAF.name, Literal(publishing.publisher.name)))
    graph.add((publisher, DCTERMS.identifier, Literal(publishing.publisher.organisation_number)))
    graph.add((publisher, FOAF.homepage, URIRef(publishing.publisher.url)))
    contact = node("contact", vcard.Organization)
    graph.add((contact, vcard.fn, Literal(publishing.contact.name)))
    graph.add((contact, vcard.hasEmail, URIRef(f"mailto:{publishing.contact.email}")))

    catalog = node("catalog", DCAT.Catalog)
    facts = {"organisation": plan.organisation, "period": str(plan.period)}
    texts(catalog, DCTERMS.title, "dcat_catalog_title", **facts)
    texts(catalog, DCTERMS.description, "dcat_catalog_description", **facts)
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, DCTERMS.license, URIRef(CC0)))
    graph.add((catalog, FOAF.homepage, URIRef(publishing.site_url)))
    graph.add((catalog, DCTERMS.language, URIRef(_LANGUAGES[publishing.language])))

    datasets: list[tuple[str, str, str | None, str | None]] = [
        ("plan", "dcat_plan", publishing.plan_issued, None)
    ]
    if followup is not None:
        dates = sorted(entry.date for entry in followup.entries if entry.date)
        datasets.append(("uppfoljning", "dcat_followup", dates[0] if dates else None,
                         dates[-1] if dates else None))  # fmt: skip
        period = followup.period
        facts["followup"] = {  # type: ignore[assignment]
            lang: period_name(plan, period.part, period.year, lang, capital=False)
            for lang in ("sv", "en")
        }
    modified = [date for *_, issued, changed in datasets for date in (issued, changed) if date]
    day(catalog, DCTERMS.modified, max(modified) if modified else None)
    for stem, key, issued, changed in datasets:
        dataset = node(stem, DCAT.Dataset)
        graph.add((catalog, DCAT.dataset, dataset))
        texts(dataset, DCTERMS.title, f"{key}_title", **facts)
        texts(dataset, DCTERMS.description, f"{key}_description", **facts)
        graph.add((dataset, DCTERMS.publisher, publisher))
        graph.add((dataset, DCAT.contactPoint, contact))
        graph.add((dataset, DCAT.landingPage, URIRef(publishing.site_url)))
        graph.add((dataset, DCTERMS.language, URIRef(_LANGUAGES[plan.language])))
        day(dataset, DCTERMS.issued, issued)
        day(dataset, DCTERMS.modified, changed)
        for fmt in ("json", "csv"):
            distribution = node(f"{stem}-{fmt}", DCAT.Distribution)
            graph.add((dataset, DCAT.distribution, distribution))
            address = URIRef(f"{publishing.site_url}{FOLDER}/{stem}.{fmt}")
            graph.add((distribution, DCAT.accessURL, address))
            graph.add((distribution, DCAT.downloadURL, address))
            graph.add((distribution, DCAT.mediaType, URIRef(_MEDIA_TYPES[fmt])))
            graph.add((distribution, DCTERMS.license, URIRef(publishing.licence)))
            texts(distribution, DCTERMS.title, f"dcat_{fmt}_title")
    return graph.serialize(format="xml")
