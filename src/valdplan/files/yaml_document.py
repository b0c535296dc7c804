"""A YAML file's plain data with the position of every node, kept compactly.

Positions live in one flat array of integers per mapping or list (its children's start and
end offsets, lines and columns, in order), found by walking the data along a path: a plan of
a million nodes keeps them in tens of megabytes, not in a tuple and four dictionary entries
per node.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import Problem
from .locations import Loc


class Keys:
    """The keys a mapping may hold, and the rules for each one's value (None: no rules).

    A list's items follow their list's rules. The reader stores a key that ``Keys`` does not
    allow with no value (None) and only checks its value's YAML, so that an unknown key
    costs no more than its events, however large its value."""

    __slots__ = ("allowed",)

    def __init__(self, allowed: dict[str, Keys | None] | None = None) -> None:
        self.allowed: dict[str, Keys | None] = {} if allowed is None else allowed


# The positions of a node: character offsets [start, end) and the line and column of its
# start, packed as line << 32 | column, so that a plan of a million nodes keeps its positions
# in a few flat arrays instead of a tuple and four dictionary entries per node.
NODE = 3  # start, end, line and column
ENTRY = 2 * NODE  # a mapping entry: its key's positions, then its value's
LINE_SHIFT = 32
_COLUMN_MASK = (1 << LINE_SHIFT) - 1
# Mappings with more keys than this find a key's place through a table made once.
_SMALL_MAPPING = 16


class _Positions:
    """A read-only view of one kind of position by path (``spans``, ``key_positions``...)."""

    def __init__(self, document: YamlDocument, key: bool, span: bool) -> None:
        self._document = document
        self._key = key
        self._span = span

    def get(self, loc: Loc) -> tuple[int, int] | None:
        found = self._document._slot(loc, self._key)
        if found is None:
            return None
        table, at = found
        if self._span:
            return (int(table[at]), int(table[at + 1]))
        packed = int(table[at + 2])
        return (packed >> LINE_SHIFT, packed & _COLUMN_MASK)

    def __contains__(self, loc: Loc) -> bool:
        return self._document._slot(loc, self._key) is not None

    def __getitem__(self, loc: Loc) -> tuple[int, int]:
        found = self.get(loc)
        if found is None:
            raise KeyError(loc)
        return found


class YamlDocument:
    """Plain data read from a YAML file, with the position of every node in it."""

    def __init__(self, path: str, data: Any = None) -> None:
        from array import array

        self.path = path
        self._data = data
        self.problems: list[Problem] = []
        # Paths whose value was replaced because the YAML itself was wrong there; errors
        # found later at or under them would only repeat the first problem.
        self.poisoned: set[Loc] = set()
        self._root = array("q")
        # The positions of each container's children, in order, by the container's id.
        self._tables: dict[int, Any] = {}
        self._orders: dict[int, dict[str, int]] = {}
        self.value_positions = _Positions(self, key=False, span=False)
        self.key_positions = _Positions(self, key=True, span=False)
        # Character offsets [start, end) of every node in the text, for in-place edits.
        self.spans = _Positions(self, key=False, span=True)
        self.key_spans = _Positions(self, key=True, span=True)
        # Set when the data came from the quick reading without positions: reads the file
        # again, with them, the first time one is asked for (a problem, a warning, an edit).
        self.locate: Callable[[], YamlDocument] | None = None

    @property
    def data(self) -> Any:
        """The file's plain data (read now if it was not read yet)."""
        if self._data is None and self.locate is not None:
            self._adopt_positions()
        return self._data

    @data.setter
    def data(self, value: Any) -> None:
        self._data = value

    def _adopt_positions(self) -> None:
        assert self.locate is not None
        located, self.locate = self.locate(), None
        # The same text read again gives equal data; positions belong to its containers.
        self._data = located.data
        self._root = located._root
        self._tables = located._tables
        self._orders = {}

    def _slot(self, loc: Loc, key: bool = False) -> tuple[Any, int] | None:
        """The table and offset holding the positions of the node (or key) at ``loc``."""
        if self.locate is not None:
            self._adopt_positions()
        if not loc:
            return None if key or not self._root else (self._root, 0)
        container = self.data
        for part in loc[:-1]:
            container = _child(container, part)
        last = loc[-1]
        table = self._tables.get(id(container))
        if table is None:
            return None
        if isinstance(container, list):
            if key or not isinstance(last, int) or not 0 <= last < len(container):
                return None
            return (table, last * NODE)
        if not isinstance(container, dict) or not isinstance(last, str) or last not in container:
            return None
        if len(container) <= _SMALL_MAPPING:
            ordinal = list(container).index(last)
        else:
            order = self._orders.get(id(container))
            if order is None:
                order = self._orders[id(container)] = {k: n for n, k in enumerate(container)}
            ordinal = order[last]
        return (table, ordinal * ENTRY + (0 if key else NODE))

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The line and column of the node at ``loc``, or of its nearest known parent."""
        if key and loc in self.key_positions:
            return self.key_positions[loc]
        while True:
            found = self.value_positions.get(loc)
            if found is not None:
                return found
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


def _child(container: Any, part: str | int) -> Any:
    if isinstance(container, dict):
        return container.get(part) if isinstance(part, str) else None
    if isinstance(container, list) and isinstance(part, int) and 0 <= part < len(container):
        return container[part]
    return None
