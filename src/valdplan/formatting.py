"""``valdplan fmt``: one layout for plan and follow-up files, so that reviews show changes of
content, not of style. Comments stay where they are.

The layout: keys in the order of the schema, two-space indentation with list dashes indented
under their key, no line folding, plain scalars where YAML allows them and double quotes
where it does not, and action ids always quoted ("1:1", which YAML 1.1 tools would
otherwise read as the number 61).
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .errors import ValdplanError
from .models import Plan, model_in


class FormatProblem(ValdplanError):
    """Formatting would change a file's data: a bug, so nothing is written."""


@functools.cache
def _yaml() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.emitter import Emitter

    class Constructor(RoundTripConstructor):
        """Dates stay text, as valdplan's own reader keeps them."""

    Constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
    )

    class DoubleQuotingEmitter(Emitter):
        """Quote with double quotes where a scalar cannot be plain."""

        def choose_scalar_style(self) -> Any:
            style = super().choose_scalar_style()
            return '"' if style == "'" else style

    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    yaml.Emitter = DoubleQuotingEmitter
    yaml.preserve_quotes = False
    yaml.width = 1_000_000
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def scalar(text: str) -> str:
    """``text`` as the formatter writes a scalar: plain where YAML allows, else in double
    quotes. Writers of follow-up files use it so that their output is already formatted."""
    out = io.StringIO()
    _yaml().dump({"k": text}, out)
    return out.getvalue()[3:].rstrip("\n")


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


def _reorder(node: Any, model: type[BaseModel] | None, in_sequence: bool = False) -> None:
    """Put the keys of every mapping in schema order, keeping comments with their keys."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedSeq):
        for item in node:
            _reorder(item, model, in_sequence=True)
        return
    if not isinstance(node, CommentedMap) or model is None:
        return
    fields = model.model_fields
    order = [key for key in fields if key in node] + [key for key in node if key not in fields]
    if list(node) != order:
        _reorder_keys(node, order, in_sequence)
    for key, value in node.items():
        if key in fields:
            _reorder(value, model_in(fields[key].annotation))


def _quote_ids(data: Any, followup: bool) -> None:
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if followup:
        for entry in data.get("entries") or []:
            entry["action"] = DoubleQuotedScalarString(entry["action"])
        return
    for area in data.get("focus_areas") or []:
        for action in area.get("actions") or []:
            action["id"] = DoubleQuotedScalarString(action["id"])


def format_text(text: str, name: str, plan: Plan | None = None) -> str:
    """``text`` in valdplan's layout. ``plan`` given means a follow-up file checked against
    it; otherwise ``text`` is a plan. Invalid files raise their problems; the formatted text
    is checked to hold exactly the same data."""
    from .followup import FollowUp, parse_followup
    from .loader import parse_plan

    def parse(source: str) -> BaseModel:
        if plan is None:
            return parse_plan(source.encode("utf-8"), name)
        return parse_followup(source, name, plan)[0]

    before = parse(text)
    model: type[BaseModel] = Plan if plan is None else FollowUp
    yaml = _yaml()
    data = yaml.load(text)
    _reorder(data, model)
    _quote_ids(data, followup=plan is not None)
    out = io.StringIO()
    yaml.dump(data, out)
    formatted = out.getvalue()
    if parse(formatted) != before:
        raise FormatProblem(f"{name}: formatting would change the data; the file is left as it is")
    return formatted


def format_file(path: Path, plan: Plan | None, check: bool) -> bool:
    """Format the file at ``path`` in place (or, with ``check``, only tell); returns whether
    it was (or would be) changed."""
    from .output import write_file
    from .sources import decode, read_source

    raw = read_source(path)
    text = decode(raw, str(path))
    formatted = format_text(text, str(path), plan)
    if formatted == text:
        return False
    if not check:
        write_file(path, formatted)
    return True
