"""Every word valdplan says to a person goes through here: gettext with valdplan's own
catalogs (``locales/LANG/LC_MESSAGES/valdplan.mo``, made with Babel from the ``.po`` files),
one language chosen once per run for the command line, and a translation per language for
documents.

Messages are written in English in the code (the msgids) and translated into Swedish in the
catalog; the English catalog keeps them as they are. The language of the command line is,
first hit wins: ``--lang``, ``$VALDPLAN_LANG``, then the locale variables in gettext's order
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English. It works whether or
not the system has that locale installed: valdplan reads the variables itself and ships its
catalogs. Documents choose their language separately (``--lang``, else the plan's own).
"""

from __future__ import annotations

import functools
import gettext as _gettext
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Literal, get_args

DOMAIN = "valdplan"
LOCALES = Path(__file__).resolve().parent / "locales"
# The languages valdplan speaks, on the command line and in documents.
Language = Literal["sv", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "en"
LANGUAGE_ENV = "VALDPLAN_LANG"
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@functools.cache
def translation(language: str) -> _gettext.NullTranslations:
    """The catalog of ``language`` (``sv`` or ``en``); English when there is none."""
    try:
        return _gettext.translation(DOMAIN, LOCALES, languages=[language])
    except OSError:
        return _gettext.NullTranslations()


@functools.cache
def catalog_stamp() -> str:
    """A digest of the compiled catalogs, for cache keys of documents that use their words."""
    import hashlib

    hasher = hashlib.sha256()
    for language in LANGUAGES:
        path = LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        hasher.update(path.read_bytes() if path.is_file() else b"")
    return hasher.hexdigest()


_current: list[str] = [DEFAULT_LANGUAGE]


def use_language(language: str) -> None:
    """Speak ``language`` on the command line from now on."""
    _current[0] = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the command line."""
    return _current[0]


def _(message: str) -> str:
    """``message`` in the language of the command line."""
    return translation(_current[0]).gettext(message)


def words(language: str) -> Callable[[str], str]:
    """gettext for a document in ``language`` (documents speak their plan's language, not
    necessarily the command line's): bind it to ``_`` where the document is made."""
    return translation(language if language in LANGUAGES else DEFAULT_LANGUAGE).gettext


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural of a message for ``count``, in the command line's language."""
    return translation(_current[0]).ngettext(singular, plural, count)


def alternatives(names: Sequence[str]) -> str:
    """``names`` as choices in the command line's language: "a, b or c"."""
    if len(names) <= 1:
        return "".join(names)
    return _("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])


def N_(message: str) -> str:  # noqa: N802 (the name extraction tools know)
    """Marks ``message`` for the catalogs without translating it yet."""
    return message


def language_code(value: str) -> str | None:
    """``sv`` from ``sv_SE.UTF-8``, ``SV``, ``sv-FI`` or ``svenska``; None for anything else
    (``C``, ``POSIX``, a language valdplan has no catalog for)."""
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].casefold()
    if code in ("svenska", "swedish"):
        return "sv"
    if code in ("english", "engelska"):
        return "en"
    return code if code in LANGUAGES else None


def choose_language(option: str | None, environ: Mapping[str, str]) -> str:
    """The command line's language: ``option`` (from --lang), else ``$VALDPLAN_LANG``, else the
    first locale variable that is set (``LANGUAGE`` may list several, ``sv:en``), else
    English. A variable set to a language valdplan does not speak ends the search as gettext
    does, in English."""
    for value in (option, environ.get(LANGUAGE_ENV)):
        if value:
            found = language_code(value)
            if found is not None:
                return found
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable)
        if not value:
            continue
        candidates: Sequence[str] = value.split(":") if variable == "LANGUAGE" else [value]
        for candidate in candidates:
            found = language_code(candidate)
            if found is not None:
                return found
        return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def unknown_language_setting(environ: Mapping[str, str]) -> str | None:
    """``$VALDPLAN_LANG`` when it names a language valdplan does not speak (it is then passed
    over, as the locale variables are), else None."""
    value = environ.get(LANGUAGE_ENV)
    return value if value and language_code(value) is None else None


def language_from_arguments(arguments: Sequence[str]) -> str | None:
    """The value of ``--lang`` among command-line ``arguments``, wherever it stands (before
    ``--``), so that help and usage errors speak it before the arguments are parsed. The last
    one wins, as it does when the options are parsed; but the error about a language valdplan
    does not speak is said in the last one it does (``--lang sv … --lang de``)."""
    found: list[str] = []
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(arguments):
            found.append(arguments[index + 1])
        elif argument.startswith("--lang="):
            found.append(argument.split("=", 1)[1])
    spoken = [value for value in found if language_code(value) is not None]
    return spoken[-1] if spoken else (found[-1] if found else None)


def setup_from(arguments: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """Choose and use the command line's language for ``arguments`` and the environment."""
    language = choose_language(
        language_from_arguments(arguments), os.environ if environ is None else environ
    )
    use_language(language)
    return language
