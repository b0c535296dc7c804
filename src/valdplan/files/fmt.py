"""The YAML layout of ``valdplan fmt``, for any kind of file: keys in a given order, comments
kept with their keys, one way of quoting.

The layout: keys in the order a ``Layout`` gives (the schema's order), two-space indentation
with list dashes indented under their key, no line folding, plain scalars where YAML allows
them and double quotes where it does not, and the values at ``quoted`` paths always in double
quotes (action ids: "1:1", which YAML 1.1 tools would otherwise read as the number 61).
What the keys mean is not known here: ``plan`` and ``followup`` give the layout and the check
that formatting kept the data.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import FormatProblem
from ..messages import _

# A path of keys; "*" stands for every item of a list.
KeyPath = tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """The keys of one kind of mapping in their order, and the layout of the mappings (or
    lists of mappings) under each key."""

    keys: tuple[str, ...]
    nested: Mapping[str, Layout] = field(default_factory=dict)


def _split_comment(token: Any) -> tuple[str, str]:
    """A key's comment token as (end-of-line part, the comment lines that follow it). ruamel
    keeps comment lines under the key before them; they belong to the key after them."""
    if token is None:
        return "\n", ""
    text = token.value
    if text.startswith("#"):
        end = text.find("\n") + 1 or len(text)
        return text[:end], text[end:]
    return text[:1], text[1:]


def _reorder_keys(node: Any, order: list[Any], in_sequence: bool) -> None:
    """Reorder ``node``'s keys to ``order``, moving each comment with the key it is about."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    old = list(node)
    tokens = {key: (node.ca.items.get(key) or [None] * 4)[2] for key in old}
    parts = {key: _split_comment(tokens[key]) for key in old}
    before = {old[i + 1]: parts[old[i]][1] for i in range(len(old) - 1)}
    trailing = parts[old[-1]][1]
    values = [(key, node[key]) for key in order]
    for key in old:
        del node[key]
        node.ca.items.pop(key, None)
    orphan = before.get(order[0], "")  # what stood before the key that is now first
    for index, (key, value) in enumerate(values):
        node[key] = value
        follows = before.get(order[index + 1], "") if index + 1 < len(order) else trailing
        if index == 0 and orphan and in_sequence:
            # Nothing may stand between "- " and the first key: keep it just below it.
            follows = orphan + follows
        post = parts[key][0] + follows
        if post != "\n":
            column = tokens[key].column if tokens[key] is not None else 0
            node.ca.items[key] = [None, None, CommentToken(post, CommentMark(column), None), None]
    if orphan and not in_sequence:
        lines = [line.strip().removeprefix("#").strip() for line in orphan.splitlines()]
        indent = len(orphan) - len(orphan.lstrip(" "))
        node.yaml_set_comment_before_after_key(order[0], before="\n".join(lines), indent=indent)


def _reorder(node: Any, layout: Layout | None, in_sequence: bool = False) -> None:
    """Put the keys of every mapping in ``layout``'s order, keeping comments with their keys."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedSeq):
        for item in node:
            _reorder(item, layout, in_sequence=True)
        return
    if not isinstance(node, CommentedMap) or layout is None:
        return
    known = layout.keys
    order = [key for key in known if key in node] + [key for key in node if key not in known]
    if list(node) != order:
        _reorder_keys(node, order, in_sequence)
    for key, value in node.items():
        if key in known:
            _reorder(value, layout.nested.get(key))


def _quote(node: Any, path: KeyPath) -> None:
    """Double-quote the string values at ``path`` under ``node``."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if not path:
        return
    head, rest = path[0], path[1:]
    children: list[tuple[Any, Any]] = []
    if head == "*" and isinstance(node, list):
        children = list(enumerate(node))
    elif isinstance(node, dict) and head in node:
        children = [(head, node[head])]
    for key, child in children:
        if not rest:
            if isinstance(child, str):
                node[key] = DoubleQuotedScalarString(child)
        else:
            _quote(child, rest)


def format_yaml(
    text: str,
    name: str,
    layout: Layout,
    quoted: Sequence[KeyPath],
    parse: Callable[[str], object],
    complete: Callable[[Any], None] | None = None,
) -> str:
    """``text`` in valdplan's layout. ``parse`` validates a text and returns its data (it
    raises the file's problems); the formatted text must parse to the same data, or nothing
    is returned. ``complete`` may add to the loaded YAML what the layout requires (keys it
    adds must be left out of what ``parse`` returns)."""
    before = parse(text)
    from .yaml_text import round_trip_yaml

    yaml = round_trip_yaml()
    data = yaml.load(text)
    if complete is not None:
        complete(data)
    _reorder(data, layout)
    for path in quoted:
        _quote(data, path)
    out = io.StringIO()
    yaml.dump(data, out)
    formatted = out.getvalue()
    if parse(formatted) != before:
        raise FormatProblem(
            _("{file}: formatting would change the data; the file is left as it is").format(
                file=name
            )
        )
    return formatted


def format_file(path: Path, check: bool, formatter: Callable[[str, str], str]) -> bool:
    """Format the file at ``path`` in place with ``formatter(text, name)`` (or, with
    ``check``, only tell); returns whether it was (or would be) changed. The file is read,
    formatted and written under its edit lock, so a concurrent edit is never lost."""
    import contextlib

    from .locking import editing
    from .reading import decode, read_source
    from .writing import write_file

    with contextlib.nullcontext() if check else editing(path):
        raw = read_source(path)
        text = decode(raw, str(path))
        formatted = formatter(text, str(path))
        if formatted == text:
            return False
        if not check:
            bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
            write_file(path, bom + formatted)
    return True
