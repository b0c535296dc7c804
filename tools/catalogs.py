"""Bring the message catalogs up to date in one step: extract, update, translate, compile.

    python tools/catalogs.py [TRANSLATIONS.json ...]

It does what README's Development section gives as ``pybabel extract``, ``pybabel update``
and ``pybabel compile``, with the same options, and keeps the headers' dates fixed so that
the compiled ``.mo`` files are the same bytes for the same messages. Each TRANSLATIONS file
is a JSON object from msgid to Swedish (for a plural, a list of the two forms); they fill
the Swedish catalog's empty entries. It ends by counting what Swedish still lacks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "src" / "valdplan" / "locales"
TEMPLATE = LOCALES / "valdplan.pot"
FIXED_DATE = "2026-11-26 00:00+0000"


def pybabel(*arguments: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *arguments], check=True)


# Header lines Babel adds on update that say nothing about valdplan's catalogs.
_NOISE = ('"Report-Msgid-Bugs-To: ', '"Generated-By: ')


def tidy_header(path: Path) -> None:
    """Fixed dates, and the header as the catalogs were first written."""
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith(_NOISE):
            continue
        for header in ("POT-Creation-Date", "PO-Revision-Date"):
            if line.startswith(f'"{header}: '):
                line = f'"{header}: {FIXED_DATE}\\n"\n'
        kept.append(line.replace('"Project-Id-Version:  valdplan', '"Project-Id-Version: valdplan'))
    path.write_text("".join(kept), encoding="utf-8")


def fill_swedish(translations: dict[str, str | list[str]]) -> int:
    """Fill empty Swedish entries from ``translations``; the number still empty."""
    from babel.messages.pofile import read_po, write_po

    path = LOCALES / "sv" / "LC_MESSAGES" / "valdplan.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="sv")
    missing = 0
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if all(strings):
            continue
        found = translations.get(key)
        if found is None:
            missing += 1
            print(f"missing sv: {key!r}")
            continue
        message.string = tuple(found) if isinstance(found, list) else found
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)
    return missing


def main(arguments: list[str]) -> int:
    translations: dict[str, str | list[str]] = {}
    for name in arguments:
        translations.update(json.loads(Path(name).read_text(encoding="utf-8")))
    pybabel(
        "extract", "-F", str(LOCALES / "babel.cfg"), "-k", "N_", "-k", "ngettext:1,2",
        "--no-location", "--sort-output", "--omit-header", "-o", str(TEMPLATE), str(ROOT),
    )  # fmt: skip
    pybabel(
        "update", "-i", str(TEMPLATE), "-d", str(LOCALES), "-D", "valdplan",
        "--no-fuzzy-matching", "--ignore-obsolete", "-w", "100",
    )  # fmt: skip
    missing = fill_swedish(translations)
    for language in ("sv", "en"):
        tidy_header(LOCALES / language / "LC_MESSAGES" / "valdplan.po")
    pybabel("compile", "-d", str(LOCALES), "-D", "valdplan")
    print(f"missing sv: {missing}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
