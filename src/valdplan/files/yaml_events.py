"""Read a YAML file into plain data (dicts, lists, strings, None) and remember positions.

Plans need only mappings, lists and text, so this reader builds data from the parser's
events itself instead of using a YAML constructor:

- every plain scalar stays a string (``1:1``, ``yes``, ``2024-13-01`` are text; the models
  parse numbers where they expect them), so no YAML 1.1 or 1.2 type magic applies;
- aliases, merge keys, custom tags and extra documents are reported with their position,
  never expanded or constructed, which makes alias bombs and ``!!python`` tags harmless;
- the builder keeps an explicit stack, so deeply nested input cannot overflow Python's.

Every node's position is recorded under its path (``("focus_areas", 0, "actions", 3)``)
so that later validation errors can point at a line and column.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from ..errors import FileProblems, Problem
from ..messages import _
from .locations import Loc

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_STANDARD_TAGS = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:seq",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:null",
        "!",
    }
)
_MERGE_KEY = "<<"
# A plan is about six levels deep; anything far deeper is a mistake or an attack, and YAML
# parsers slow down quadratically with depth.
MAX_DEPTH = 64


@dataclass
class YamlDocument:
    """Plain data read from a YAML file, with the position of every node in it."""

    path: str
    data: Any
    value_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    # Character offsets [start, end) of every node in the text, for in-place edits.
    spans: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_spans: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Paths whose value was replaced because the YAML itself was wrong there; errors
    # found later at or under them would only repeat the first problem.
    poisoned: set[Loc] = field(default_factory=set)

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The line and column of the node at ``loc``, or of its nearest known parent."""
        if key and loc in self.key_positions:
            return self.key_positions[loc]
        while True:
            if loc in self.value_positions:
                return self.value_positions[loc]
            if not loc:
                return (1, 1)
            loc = loc[:-1]

    def is_poisoned(self, loc: Loc) -> bool:
        """Whether a YAML-level problem was already reported at or above ``loc``."""
        return any(loc[:n] in self.poisoned for n in range(len(loc) + 1))

    def problem(self, loc: Loc, message: str, *, key: bool = False) -> Problem:
        """A problem located at the node (or mapping key) at ``loc``."""
        line, column = self.position(loc, key=key)
        return Problem(self.path, line, column, message)


def read_yaml_text(text: str, path: str) -> YamlDocument:
    """Parse ``text`` into a ``YamlDocument``; YAML syntax errors raise ``FileProblems``."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    builder = _Builder(path)
    # The C parser when ruamel.yaml.clib is installed (it is a dependency): 5-10 times faster.
    # Only its event stream is used, never its recursive composer, and the builder stops at
    # MAX_DEPTH, so deep nesting costs neither a crash nor time.
    parser = YAML(typ="safe", pure=False)
    try:
        for event in parser.parse(io.StringIO(text)):
            if not builder.feed(event):
                break
    except YAMLError as err:
        builder.doc.problems.append(_syntax_problem(err, path, text))
        raise FileProblems(builder.doc.problems) from None
    return builder.finish()


def _syntax_problem(err: Exception, path: str, text: str) -> Problem:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    from .yaml_causes import usual_cause
    from .yaml_words import yaml_context, yaml_words

    phrase = getattr(err, "problem", None) or str(err).splitlines()[0]
    began = getattr(err, "context_mark", None)
    cause = usual_cause(text, phrase.strip(), line, column, began.line + 1 if began else None)
    if cause is not None:
        message = _(cause.message).format(quote=cause.quote)
        return Problem(
            path,
            cause.line,
            cause.column,
            _("YAML syntax error: {problem}").format(problem=message),
        )
    problem = yaml_words(phrase)
    context = yaml_context(getattr(err, "context", None) or "")
    if context:
        message = _("YAML syntax error: {problem} ({context})").format(
            problem=problem, context=context
        )
    else:
        message = _("YAML syntax error: {problem}").format(problem=problem)
    return Problem(path, line, column, message)


class _Discard:
    """Marks a mapping entry whose value is dropped after its problem was reported."""


_DISCARD = _Discard()


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    loc: Loc
    pending_key: str | _Discard | None = None


class _Builder:
    """Turns parser events into plain data, positions and problems."""

    def __init__(self, path: str) -> None:
        self.doc = YamlDocument(path=path, data=None)
        self.stack: list[_Frame] = []
        self.documents = 0
        self.has_root = False

    def _pos(self, event: Any) -> tuple[int, int]:
        return (event.start_mark.line + 1, event.start_mark.column + 1)

    def _add_problem(self, event: Any, message: str) -> None:
        line, column = self._pos(event)
        self.doc.problems.append(Problem(self.doc.path, line, column, message))

    def feed(self, event: Any) -> bool:
        """Consume one event; returns False once the rest of the stream must be ignored."""
        kind = type(event).__name__
        if kind == "DocumentStartEvent":
            self.documents += 1
            if self.documents > 1:
                self._add_problem(event, _("only one YAML document is allowed in a file"))
                return False
        elif kind == "ScalarEvent":
            self._scalar(event)
        elif kind == "AliasEvent":
            self._add_problem(
                event,
                _("aliases are not allowed (*{anchor}); write the value out in full").format(
                    anchor=event.anchor
                ),
            )
            self._place(None, event, poisoned=True)
        elif kind in ("MappingStartEvent", "SequenceStartEvent"):
            is_map = kind == "MappingStartEvent"
            bad_tag = self._check_tag(event)
            if len(self.stack) >= MAX_DEPTH:
                self._add_problem(
                    event, _("nested more than {depth} levels deep").format(depth=MAX_DEPTH)
                )
                self.doc.poisoned.add(())
                return False
            container: dict[str, Any] | list[Any] = {} if is_map else []
            loc = self._place(container, event, poisoned=bad_tag)
            self.stack.append(_Frame(container, loc if loc is not None else ("<discarded>",)))
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            frame = self.stack.pop()
            if frame.loc in self.doc.spans:
                start = self.doc.spans[frame.loc][0]
                self.doc.spans[frame.loc] = (start, event.end_mark.index)
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
        top = self.stack[-1] if self.stack else None
        if isinstance(top, _Frame) and isinstance(top.container, dict) and top.pending_key is None:
            self._key(top, event)
            return
        bad_tag = self._check_tag(event)
        plain = not event.style and event.tag is None
        value = None if (plain and event.value in _NULLS) or bad_tag else event.value
        if event.tag == "tag:yaml.org,2002:null":
            value = None
        self._place(value, event, poisoned=bad_tag)

    def _key(self, frame: _Frame, event: Any) -> None:
        assert isinstance(frame.container, dict)
        key = event.value
        loc = (*frame.loc, key)
        if self._check_tag(event):
            frame.pending_key = _DISCARD
        elif key == _MERGE_KEY and not event.style:
            self._add_problem(event, _("merge keys (<<) are not allowed; write the keys out"))
            # Keys it would have merged in are missing now; do not report that as well.
            self.doc.poisoned.add(frame.loc)
            frame.pending_key = _DISCARD
        elif key in frame.container:
            first_line = self.doc.key_positions[loc][0]
            self._add_problem(
                event,
                _("duplicate key '{key}' (first defined on line {line})").format(
                    key=key, line=first_line
                ),
            )
            frame.pending_key = _DISCARD
        else:
            frame.pending_key = key
            self.doc.key_positions[loc] = self._pos(event)
            self.doc.key_spans[loc] = (event.start_mark.index, event.end_mark.index)

    def _place(self, value: Any, event: Any, *, poisoned: bool = False) -> Loc | None:
        """Attach ``value`` to the current container; returns its path (None if dropped)."""
        if not self.stack:
            if self.has_root:
                return None
            self.has_root = True
            self.doc.data = value
            loc: Loc = ()
        else:
            frame = self.stack[-1]
            if isinstance(frame.container, list):
                loc = (*frame.loc, len(frame.container))
                frame.container.append(value)
            elif frame.pending_key is None:
                # A mapping or list used as a key: report it and drop the entry.
                self._add_problem(event, _("a mapping key must be plain text"))
                frame.pending_key = _DISCARD
                return None
            elif isinstance(frame.pending_key, _Discard):
                frame.pending_key = None
                return None
            else:
                loc = (*frame.loc, frame.pending_key)
                frame.container[frame.pending_key] = value
                frame.pending_key = None
        self.doc.value_positions[loc] = self._pos(event)
        self.doc.spans[loc] = (event.start_mark.index, event.end_mark.index)
        if poisoned:
            self.doc.poisoned.add(loc)
        return loc

    def finish(self) -> YamlDocument:
        if not self.has_root and not self.doc.problems:
            self.doc.problems.append(Problem(self.doc.path, 1, 1, _("the file is empty")))
        return self.doc
