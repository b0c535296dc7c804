"""The YAML parser's own words for a syntax error, said in the user's language.

libyaml (which ruamel's C parser is) and ruamel describe a syntax error with a few fixed
phrases: the problem ("did not find expected key") and what the parser was doing ("while
parsing a block mapping"). They are listed here so that the catalogs translate them. A phrase
not listed is shown as the parser wrote it in English; in another language the problem
becomes a general one and the context is left out, so that no English reaches, say, a
Swedish line.
"""

from __future__ import annotations

from ..messages import DEFAULT_LANGUAGE, N_, _, current_language

_PHRASES = {
    phrase: phrase
    for phrase in (
        N_("found character that cannot start any token"),
        N_("could not find expected ':'"),
        N_("mapping keys are not allowed in this context"),
        N_("mapping values are not allowed in this context"),
        N_("mapping values are not allowed here"),
        N_("block sequence entries are not allowed in this context"),
        N_("sequence entries are not allowed here"),
        N_("found unexpected end of stream"),
        N_("found a tab character that violates indentation"),
        N_("found a tab character where an indentation space is expected"),
        N_("did not find expected comment or line break"),
        N_("found unknown escape character"),
        N_("found unexpected document indicator"),
        N_("found unexpected document separator"),
        N_("did not find expected alphabetic or numeric character"),
        N_("did not find expected <document start>"),
        N_("did not find expected node content"),
        N_("did not find expected key"),
        N_("did not find expected '-' indicator"),
        N_("did not find expected ',' or ']'"),
        N_("did not find expected ',' or '}'"),
        N_("found undefined tag handle"),
        N_("found unexpected ':'"),
        N_("while scanning a simple key"),
        N_("while scanning a quoted scalar"),
        N_("while scanning a double-quoted scalar"),
        N_("while scanning a block scalar"),
        N_("while scanning a plain scalar"),
        N_("while scanning an anchor"),
        N_("while scanning an alias"),
        N_("while scanning a tag"),
        N_("while scanning a directive"),
        N_("while scanning for the next token"),
        N_("while parsing a block collection"),
        N_("while parsing a block mapping"),
        N_("while parsing a flow sequence"),
        N_("while parsing a flow mapping"),
        N_("while parsing a node"),
        N_("while parsing a tag"),
        N_("while parsing a flow node"),
        N_("found incompatible YAML document"),
        N_("found duplicate %YAML directive"),
        N_("found duplicate %TAG directive"),
        N_("did not find expected directive name"),
        N_("found unexpected non-alphabetical character"),
        N_("did not find expected whitespace"),
        N_("did not find expected digit or '.' character"),
        N_("found extremely long version number"),
        N_("did not find expected whitespace or line break"),
        N_("did not find expected '!'"),
        N_("did not find URI escaped octet"),
        N_("found an indentation indicator equal to 0"),
        N_("did not find expected hexdecimal number"),
        N_("found invalid Unicode character escape code"),
        N_("while scanning a block mapping"),
    )
}


_UNKNOWN_PROBLEM = N_("the text cannot be read as YAML here")


def yaml_words(phrase: str) -> str:
    """The problem ``phrase`` from the YAML parser in the user's language."""
    known = _PHRASES.get(phrase.strip())
    if known is not None:
        return _(known)
    return phrase if current_language() == DEFAULT_LANGUAGE else _(_UNKNOWN_PROBLEM)


def yaml_context(phrase: str) -> str | None:
    """What the parser was doing (``phrase``) in the user's language; None when there are
    no words for it in that language."""
    known = _PHRASES.get(phrase.strip())
    if known is not None:
        return _(known)
    return phrase if current_language() == DEFAULT_LANGUAGE else None
