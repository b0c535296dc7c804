"""The message catalogs: extraction up to date, Swedish complete, compiled files current.

What the code says (Babel's extraction, as ``pybabel extract`` does it with
``locales/babel.cfg``) must be exactly what the template and both catalogs hold; every
Swedish message must be translated with the same placeholders; the committed ``.mo`` files
must be what ``pybabel compile`` makes of the ``.po`` files.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from valdplan.messages import LANGUAGES, LOCALES

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{[^{}]+\}")  # "{}" in a YAML phrase is text


def msgid_key(message_id: str | tuple[str, ...]) -> str:
    return message_id[0] if isinstance(message_id, tuple) else message_id


@pytest.fixture(scope="module")
def extracted() -> dict[str, str | tuple[str, ...]]:
    """Every message the code marks, by its msgid (the singular for plurals)."""
    method_map = [("src/valdplan/**.py", "python")]
    found: dict[str, str | tuple[str, ...]] = {}
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, keywords=KEYWORDS
    ):
        found[msgid_key(message)] = message
    return found


def catalog(language: str) -> Catalog:
    path = LOCALES / language / "LC_MESSAGES" / "valdplan.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def messages_of(loaded: Catalog) -> dict[str, object]:
    return {msgid_key(m.id): m for m in loaded if m.id}


def test_babel_cfg_is_what_the_test_extracts_with() -> None:
    config = (LOCALES / "babel.cfg").read_text(encoding="utf-8")
    assert "[python: src/valdplan/**.py]" in config


def test_extraction_finds_the_messages_of_every_layer(extracted) -> None:  # type: ignore[no-untyped-def]
    # One message from each layer, so that a broken extraction cannot pass as "up to date".
    for msgid in (
        "cannot read: {reason}",  # files
        "unknown body '{typed}'",  # plan
        "Show this message and exit.",  # typer's words
        "Action",  # documents' table headers
    ):
        assert msgid in extracted, msgid
    assert len(extracted) > 350


def test_template_is_up_to_date(extracted) -> None:  # type: ignore[no-untyped-def]
    with (LOCALES / "valdplan.pot").open("rb") as handle:
        template = messages_of(read_po(handle))
    assert sorted(set(extracted) - set(template)) == [], "run pybabel extract (README)"
    assert sorted(set(template) - set(extracted)) == [], "run pybabel extract (README)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_holds_exactly_the_extracted_messages(extracted, language: str) -> None:  # type: ignore[no-untyped-def]
    held = messages_of(catalog(language))
    assert sorted(set(extracted) - set(held)) == [], "run pybabel update (README)"
    assert sorted(set(held) - set(extracted)) == [], "run pybabel update (README)"


def test_every_swedish_message_is_translated_with_its_placeholders() -> None:
    loaded = catalog("sv")
    untranslated, fuzzy, placeholders = [], [], []
    for message in loaded:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated.append(ids[0])
        if message.fuzzy:
            fuzzy.append(ids[0])
        wanted = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            # A plural's singular may spell the count out ("1 åtgärd"), never add one.
            if (
                string
                and not set(PLACEHOLDER.findall(string)) <= wanted
                or string
                and len(ids) == 1
                and set(PLACEHOLDER.findall(string)) != wanted
            ):
                placeholders.append(ids[0])
    assert (untranslated, fuzzy, placeholders) == ([], [], [])


def test_english_catalog_keeps_the_msgids() -> None:
    # English is the language of the msgids: a translation there would be a second source.
    translated = [
        m.id
        for m in catalog("en")
        if m.id and any(m.string if isinstance(m.string, tuple) else (m.string,))
    ]
    assert translated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_is_current(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalog(language))
    path = LOCALES / language / "LC_MESSAGES" / "valdplan.mo"
    assert path.read_bytes() == compiled.getvalue(), "run pybabel compile (README)"


def test_a_swedish_plural_follows_the_count() -> None:
    from valdplan.messages import translation

    swedish = translation("sv")
    assert swedish.ngettext("{n} action", "{n} actions", 1).format(n=1) == "1 åtgärd"
    assert swedish.ngettext("{n} action", "{n} actions", 2).format(n=2) == "2 åtgärder"
    english = translation("en")
    assert english.ngettext("{n} action", "{n} actions", 1).format(n=1) == "1 action"
