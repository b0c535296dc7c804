"""The YAML parser's own words for a syntax error, said in the user's language.

libyaml (which ruamel's C parser is) and ruamel describe a syntax error with a few fixed
phrases: the problem ("did not find expected key") and what the parser was doing ("while
parsing a block mapping"). They are listed here so that the catalogs translate them; a phrase
not listed is shown as the parser wrote it.
"""

from __future__ import annotations

from ..messages import N_, _

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
    )
}


def yaml_words(phrase: str) -> str:
    """``phrase`` from the YAML parser in the user's language, when it is a known one."""
    known = _PHRASES.get(phrase.strip())
    return _(known) if known is not None else phrase
