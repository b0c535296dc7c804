"""Read a YAML file into plain data (dicts, lists, strings, None) and remember positions.

Plans need only mappings, lists and text, so this reader builds data from the parser's
events itself instead of using a YAML constructor:

- every plain scalar stays a string (``1:1``, ``yes``, ``2024-13-01`` are text; the models
  parse numbers where they expect them), so no YAML 1.1 or 1.2 type magic applies;
- aliases, merge keys, custom tags and extra documents are reported with their position,
  never expanded or constructed, which makes alias bombs and ``!!python`` tags harmless;
- the builder keeps an explicit stack, so deeply nested input cannot overflow Python's.

Every node's position is recorded (``yaml_document``) so that later validation errors can
point at a line and column of a path (``("focus_areas", 0, "actions", 3)``). Given the keys a
model allows (``Keys``), the value of any other key is checked as YAML but never built.
"""

from __future__ import annotations

from array import array
from typing import Any

from ..errors import FileProblems, Problem
from ..messages import _
from .collection import paused_collection
from .locations import Loc
from .yaml_document import LINE_SHIFT, Keys, YamlDocument
from .yaml_plain import (
    MAX_DEPTH,
    MERGE_KEY,
    NULLS,
    SHARED_LENGTH,
    NotPlain,
    event_parser,
    plain_data,
)

__all__ = ["MAX_DEPTH", "Keys", "YamlDocument", "read_later", "read_yaml_text"]

_STANDARD_TAGS = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:seq",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:null",
        "!",
    }
)
_NULL_TAG = "tag:yaml.org,2002:null"


def read_yaml_text(text: str, path: str, keys: Keys | None = None) -> YamlDocument:
    """Parse ``text`` into a ``YamlDocument``; YAML syntax errors raise ``FileProblems``.

    With ``keys``, a key the rules do not allow keeps no value (None): its problem is the
    model's to report, and its value, however large, costs only its events.

    A file that is plain data (nearly every one) is read once without positions
    (``yaml_plain``); the document reads it again with them only if one is asked for."""
    from ruamel.yaml.error import YAMLError

    try:
        with paused_collection():
            parser = event_parser(text)
            try:
                data = plain_data(parser.get_event, keys)
            finally:
                parser.dispose()
    except (NotPlain, YAMLError):
        return _read_located(text, path, keys)
    document = read_later(text, path, keys)
    document.data = data
    return document


def read_later(text: str, path: str, keys: Keys | None = None) -> YamlDocument:
    """The document of ``text``, a file known to be valid (read once already, or its
    validated model came from the cache): its positions, and its data unless they are set,
    are read only if they are asked for."""
    document = YamlDocument(path)
    document.locate = lambda: _read_located(text, path, keys)
    return document


def _read_located(text: str, path: str, keys: Keys | None) -> YamlDocument:
    """Read ``text`` with the position of every node, reporting every problem."""
    from ruamel.yaml.error import YAMLError

    from .yaml_causes import syntax_problem

    builder = _Builder(path, keys)
    parser = event_parser(text)
    with paused_collection():
        try:
            builder.run(parser.get_event)
        except YAMLError as err:
            builder.doc.problems.append(syntax_problem(err, path, text))
            raise FileProblems(builder.doc.problems) from None
        finally:
            parser.dispose()
    return builder.finish()


class _Frame:
    """A mapping or list being read. ``container`` is None while a value is only checked
    (the value of an unknown or discarded key): its events are read, nothing is kept."""

    __slots__ = ("container", "end_at", "key_lines", "keys", "loc", "pending_key", "table")

    def __init__(
        self,
        container: dict[str, Any] | list[Any] | None,
        loc: Loc,
        table: Any,
        end_at: tuple[Any, int] | None,
        keys: Keys | None,
        is_map: bool,
    ) -> None:
        self.container = container
        self.loc = loc
        self.table = table  # the positions of the children, None when not kept
        self.end_at = end_at  # where this node's end offset goes in its parent's table
        self.keys = keys
        # A mapping's keys so far, with their lines, for duplicates.
        self.key_lines: dict[str, int] | None = {} if is_map else None
        # The key whose value comes next; _DISCARD drops that value, None awaits a key.
        self.pending_key: str | _Discard | None = None


class _Discard:
    """Marks a mapping entry whose value is dropped after its problem was reported."""


_DISCARD = _Discard()
_UNKNOWN = _Discard()  # a key the rules do not allow: stored as None, its value only checked


# Where a node went: its path, where its end offset goes in its parent's table, the rules
# for its keys, and whether it is kept (False: only checked).
_Placed = tuple[Loc, tuple[Any, int] | None, Keys | None, bool]
_CHECKED_ROOT: _Placed = ((-1,), None, None, False)
_SCALAR: _Placed = ((), None, None, True)  # a kept text, whose path nothing needs


def _packed(mark: Any) -> int:
    return int((mark.line + 1) << LINE_SHIFT | (mark.column + 1))


class _Builder:
    """Turns parser events into plain data, positions and problems."""

    def __init__(self, path: str, keys: Keys | None) -> None:
        self.doc = YamlDocument(path)
        self.stack: list[_Frame] = []
        self.documents = 0
        self.has_root = False
        self.keys = keys

    def run(self, get_event: Any) -> None:
        """Consume the events ``get_event`` returns until the stream ends or the rest must be
        ignored. Untagged text in a kept mapping or list, which is nearly every event of a
        plan, is handled here without a call; everything else by the methods below."""
        from ruamel.yaml.events import (
            MappingEndEvent,
            ScalarEvent,
            SequenceEndEvent,
            StreamEndEvent,
        )

        handlers = {
            "DocumentStartEvent": self._document_start,
            "AliasEvent": self._alias,
            "MappingStartEvent": self._start,
            "SequenceStartEvent": self._start,
        }
        from sys import intern

        by_type: dict[type, Any] = {}
        stack = self.stack
        nulls = NULLS
        shift = LINE_SHIFT
        while True:
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                if stack and event.ctag is None:  # .tag is a property
                    frame = stack[-1]
                    table = frame.table
                    if table is not None:  # kept: the usual case
                        start = event.start_mark
                        lines = frame.key_lines
                        key = frame.pending_key
                        value = event.value
                        if lines is None:  # an item of a list
                            if not event.style and value in nulls:
                                value = None
                            elif len(value) <= SHARED_LENGTH:
                                value = intern(value)
                            frame.container.append(value)  # type: ignore[union-attr]
                        elif key is None:  # a key
                            if value in lines or (value == MERGE_KEY and not event.style):
                                self._key(frame, event)
                                continue
                            value = intern(value)
                            lines[value] = start.line + 1
                            frame.pending_key = value
                        elif type(key) is str and (frame.keys is None or key in frame.keys.allowed):
                            if not event.style and value in nulls:
                                value = None
                            frame.container[key] = value  # type: ignore[index,call-overload]
                            frame.pending_key = None
                        else:
                            self._scalar(event)
                            continue
                        table.extend(
                            (
                                start.index,
                                event.end_mark.index,
                                (start.line + 1) << shift | (start.column + 1),
                            )
                        )
                        continue
                    if frame.container is None and frame.key_lines is None:
                        continue  # an item of a list that is only checked: nothing to keep
                self._scalar(event)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = stack.pop()
                if frame.end_at is not None:
                    table, at = frame.end_at
                    table[at] = event.end_mark.index
            elif kind is StreamEndEvent:
                return
            else:
                handler = by_type.get(kind, 0)
                if handler == 0:
                    handler = by_type[kind] = handlers.get(kind.__name__)
                if handler is not None and handler(event) is False:
                    return

    def _add_problem(self, event: Any, message: str) -> None:
        mark = event.start_mark
        self.doc.problems.append(Problem(self.doc.path, mark.line + 1, mark.column + 1, message))

    def _document_start(self, event: Any) -> bool:
        self.documents += 1
        if self.documents > 1:
            self._add_problem(event, _("only one YAML document is allowed in a file"))
            return False
        return True

    def _alias(self, event: Any) -> None:
        self._add_problem(
            event,
            _("aliases are not allowed (*{anchor}); write the value out in full").format(
                anchor=event.anchor
            ),
        )
        self._place(None, event, poisoned=True)

    def _start(self, event: Any) -> bool:
        is_map = type(event).__name__ == "MappingStartEvent"
        bad_tag = self._check_tag(event)
        if len(self.stack) >= MAX_DEPTH:
            self._add_problem(
                event, _("nested more than {depth} levels deep").format(depth=MAX_DEPTH)
            )
            self.doc.poisoned.add(())
            return False
        container: dict[str, Any] | list[Any] = {} if is_map else []
        loc, end_at, keys, kept = self._place(container, event, poisoned=bad_tag)
        table = None
        if kept:
            table = array("q")
            self.doc._tables[id(container)] = table
        self.stack.append(_Frame(container if kept else None, loc, table, end_at, keys, is_map))
        return True

    def _check_tag(self, event: Any) -> bool:
        tag = event.tag
        if tag is None or tag in _STANDARD_TAGS:
            return False
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        self._add_problem(
            event, _("tag {tag} is not allowed; plans hold only plain values").format(tag=shown)
        )
        return True

    def _scalar(self, event: Any) -> None:
        stack = self.stack
        if stack:
            top = stack[-1]
            if top.key_lines is not None and top.pending_key is None:
                self._key(top, event)
                return
        tag = event.tag
        bad_tag = tag is not None and tag not in _STANDARD_TAGS and self._check_tag(event)
        value = event.value
        if (
            bad_tag
            or tag == "tag:yaml.org,2002:null"
            or tag is None
            and not event.style
            and value in NULLS
        ):
            value = None
        self._place(value, event, poisoned=bad_tag)

    def _key(self, frame: _Frame, event: Any) -> None:
        assert frame.key_lines is not None
        key = event.value
        if self._check_tag(event):
            frame.pending_key = _DISCARD
        elif key == MERGE_KEY and not event.style:
            self._add_problem(event, _("merge keys (<<) are not allowed; write the keys out"))
            # Keys it would have merged in are missing now; do not report that as well.
            self.doc.poisoned.add(frame.loc)
            frame.pending_key = _DISCARD
        elif key in frame.key_lines:
            self._add_problem(
                event,
                _("duplicate key '{key}' (first defined on line {line})").format(
                    key=key, line=frame.key_lines[key]
                ),
            )
            frame.pending_key = _DISCARD
        else:
            start = event.start_mark
            frame.key_lines[key] = start.line + 1
            frame.pending_key = key
            if frame.table is not None:
                table = frame.table
                table.append(start.index)
                table.append(event.end_mark.index)
                table.append(_packed(start))

    def _place(self, value: Any, event: Any, *, poisoned: bool = False) -> _Placed:
        """Attach ``value`` to the current container, unless it is only checked."""
        stack = self.stack
        if not stack:
            if self.has_root:
                return _CHECKED_ROOT
            self.has_root = True
            self.doc.data = value
            at = self._positions(self.doc._root, event)
            if poisoned:
                self.doc.poisoned.add(())
            return ((), (self.doc._root, at), self.keys, True)
        frame = stack[-1]
        container = frame.container
        keys = frame.keys
        if frame.key_lines is None:  # a list
            part: str | int = -1 if container is None else len(container)
            if container is not None:
                container.append(value)  # type: ignore[union-attr]
        else:
            key = frame.pending_key
            frame.pending_key = None
            if key is None:
                # A mapping or list used as a key: report it and drop the entry.
                self._add_problem(event, _("a mapping key must be plain text"))
                frame.pending_key = _DISCARD
                return ((*frame.loc, -1), None, None, False)
            if isinstance(key, _Discard) or container is None:
                return ((*frame.loc, -1), None, None, False)
            part = key
            if keys is not None and key not in keys.allowed:
                # Kept as None, located, and poisoned as its value would be; the value
                # itself is only checked.
                container[key] = None  # type: ignore[call-overload]
                at = self._positions(frame.table, event)
                loc = (*frame.loc, key)
                if poisoned:
                    self.doc.poisoned.add(loc)
                return (loc, (frame.table, at), None, False)
            container[key] = value  # type: ignore[call-overload]
            keys = keys.allowed[key] if keys is not None else None
        if container is None:
            return ((*frame.loc, -1), None, None, False)
        at = self._positions(frame.table, event)
        if poisoned or type(value) is not str:
            loc = (*frame.loc, part)
            if poisoned:
                self.doc.poisoned.add(loc)
            return (loc, (frame.table, at), keys, True)
        return _SCALAR

    @staticmethod
    def _positions(table: Any, event: Any) -> int:
        """Append a node's positions to ``table``; returns where its end offset is."""
        start = event.start_mark
        table.append(start.index)
        table.append(event.end_mark.index)
        table.append(_packed(start))
        return len(table) - 2

    def finish(self) -> YamlDocument:
        if not self.has_root and not self.doc.problems:
            self.doc.problems.append(Problem(self.doc.path, 1, 1, _("the file is empty")))
        return self.doc
