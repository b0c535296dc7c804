"""The quick first reading of a YAML file: its plain data only, without positions.

Nearly every file valdplan reads is valid and needs no position at all: positions only
point at problems and at the places an edit replaces. This reader builds the data straight
from the parser's events, as ``yaml_events`` does, but keeps no position and stops at the
first thing that is not plain (a tag, an alias, a merge key, a duplicate or unknown key, a
key that is not text, deep nesting, a second document, a syntax error). The caller then
reads the file again with ``yaml_events``, which reports it with its line and column, so
both readings give the same data and the same problems; a valid 26 MB plan is read in
about half the time.
"""

from __future__ import annotations

from sys import intern
from typing import Any

from .yaml_document import Keys

# What both readings share (yaml_events imports them from here).
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
MERGE_KEY = "<<"
# A plan is about six levels deep; anything far deeper is a mistake or an attack, and YAML
# parsers slow down quadratically with depth.
MAX_DEPTH = 64
# Keys, and short items of lists (ids of bodies and levels), repeat in every action: one
# string object for each distinct one, not one per occurrence (60,000 actions: 40 MB less).
SHARED_LENGTH = 40


def event_parser(text: str) -> Any:
    """The parser whose events both readers consume."""
    from ruamel.yaml import YAML

    # The C parser when ruamel.yaml.clib is installed (it is a dependency): 5-10 times faster.
    # Only its event stream is used, never its recursive composer, and the builders stop at
    # MAX_DEPTH, so deep nesting costs neither a crash nor time.
    _constructor, parser = YAML(typ="safe", pure=False).get_constructor_parser(text)
    return parser


class NotPlain(Exception):
    """The file holds something only the full reader may judge (or a syntax error)."""


def plain_data(get_event: Any, keys: Keys | None) -> Any:
    """The data of the event stream ``get_event`` returns, or ``NotPlain``.

    The mapping or list being filled is kept in local variables (the stack holds only the
    outer ones): this loop runs once for each of a large plan's million events."""
    from ruamel.yaml.events import (
        AliasEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
        StreamEndEvent,
    )

    stack: list[tuple[Any, bool, dict[str, Keys | None] | None]] = []
    container: Any = None
    is_map = False
    allowed = keys.allowed if keys is not None else None
    key: str | None = None  # in a mapping, the key whose value comes next
    root: Any = None
    has_root = False
    documents = 0
    nulls = NULLS
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.ctag is not None:
                raise NotPlain
            value = event.value
            if is_map:
                if key is None:
                    if value in container or (value == MERGE_KEY and not event.style):
                        raise NotPlain
                    if allowed is not None and value not in allowed:
                        raise NotPlain
                    key = intern(value)
                    continue
                if not event.style and value in nulls:
                    value = None
                container[key] = value
                key = None
            elif container is not None:
                if not event.style and value in nulls:
                    value = None
                elif len(value) <= SHARED_LENGTH:
                    value = intern(value)
                container.append(value)
            else:
                raise NotPlain  # a document that is one text: not a plan or follow-up
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.ctag is not None or len(stack) >= MAX_DEPTH:
                raise NotPlain
            new: Any = {} if kind is MappingStartEvent else []
            child = allowed
            if is_map:
                if key is None:
                    raise NotPlain  # a mapping or list used as a key
                container[key] = new
                if allowed is not None:
                    rules = allowed[key]
                    child = rules.allowed if rules is not None else None
                key = None
            elif container is not None:
                container.append(new)  # a list's items follow the list's rules
            elif has_root:
                raise NotPlain
            else:
                has_root = True
                root = new
            stack.append((container, is_map, allowed))
            container = new
            is_map = kind is MappingStartEvent
            allowed = child
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            container, is_map, allowed = stack.pop()
        elif kind is StreamEndEvent:
            if not has_root:
                raise NotPlain
            return root
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise NotPlain
        elif kind is AliasEvent:
            raise NotPlain
