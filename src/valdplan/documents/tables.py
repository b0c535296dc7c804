"""Records as tables: JSON and CSV for machines (keys and ids, never translated), Markdown and
terminal tables for people (headings in the user's language, levels and kinds by name).

A terminal table keeps every word whole: a column is never narrower than its longest word,
ids and numbers are never wrapped, empty columns are left out. When the columns cannot fit
the terminal that way (or it is narrower than ``STACKED_BELOW`` columns), the records are
shown stacked instead, one block per record, each value on a line of its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..messages import N_, _
from ..plan.declaration import Declared, action_fields, area_fields, body_fields
from ..plan.shown import Shape

if TYPE_CHECKING:
    from ..plan.models import Plan
    from ..plan.records import Record

# Below this width a table of several text columns cannot be read: records are stacked.
STACKED_BELOW = 80
# A table's frame: "│ " before each column, " │" after the last, and the padding between.
_FRAME_PER_COLUMN = 3
_FRAME = 1


@dataclass(frozen=True)
class Column:
    """A field of a record, its heading (a msgid) and how it is laid out: ``id`` and
    ``number`` never wrap, ``words`` wrap between words, ``text`` takes the room left."""

    key: str
    title: str
    shape: Shape = "words"


def columns_of(fields: Sequence[Declared], terminal: bool = False) -> tuple[Column, ...]:
    """The columns the ``fields`` of a record declare, for files or for a ``terminal``
    (its shorter headings, without the fields it has no room for)."""
    columns = []
    for field in fields:
        shown = field.shown
        title = shown.terminal_label if terminal else shown.label
        if shown.column and title is not None:
            columns.append(Column(field.key, title, shown.shape))
    return tuple(columns)


ACTION_COLUMNS = columns_of(action_fields())
BODY_COLUMNS = columns_of(body_fields())
# A terminal has no room for examples (valdplan show has them) or for long headings.
ACTION_TERMINAL_COLUMNS = columns_of(action_fields(), terminal=True)
KPI_COLUMNS = (
    Column("id", N_("ID"), "id"),
    Column("title", N_("Title"), "text"),
)
AREA_COLUMNS = columns_of(area_fields())


def readable(
    records: Sequence[Record], fields: Sequence[Declared], plan: Plan, language: str = "sv"
) -> list[Record]:
    """Records for people: the ids of prevention levels and body kinds by their names (a
    kind's in ``language``), as the fields' registers say."""
    levels, kinds = plan.levels_by_id, plan.kinds_by_id

    def level(level_id: str) -> str:
        return levels[level_id].name if level_id in levels else level_id

    def kind(kind_id: str) -> str:
        found = kinds.get(kind_id)
        if found is None:
            return kind_id
        return found.name_en if language == "en" and found.name_en else found.name

    changes = {
        field.key: field.shown.register
        for field in fields
        if field.shown.register in ("levels", "body_kinds")
    }
    result = []
    for record in records:
        shown = dict(record)
        for key, register in changes.items():
            if register == "levels":
                shown[key] = [level(item) for item in record[key]]
            else:
                shown[key] = kind(record[key])
        result.append(shown)
    return result


def cell_text(value: Any, separator: str = "; ") -> str:
    """A record value as one line of text: lists joined with ``separator``, no value empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return separator.join(str(item) for item in value)
    return str(value)


def to_json(records: Sequence[Record] | Record) -> str:
    """Records as indented JSON, non-ASCII letters kept."""
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_csv(records: Sequence[Record], columns: Sequence[Column]) -> str:
    """Records as CSV with the record keys as headers; cells that a spreadsheet would run
    as formulas are neutralised."""
    import csv
    import io

    from ..files.csv_cells import neutralise

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column.key for column in columns])
    for record in records:
        writer.writerow([neutralise(cell_text(record[column.key])) for column in columns])
    return out.getvalue()


def _shown(columns: Sequence[Column], records: Sequence[Record]) -> list[Column]:
    """The columns that hold something in at least one record."""
    return [c for c in columns if any(record[c.key] not in ("", [], None) for record in records)]


def to_markdown(records: Sequence[Record], columns: Sequence[Column]) -> str:
    """A GitHub-flavoured Markdown table with headings in the user's language."""
    from .markdown import escape_markdown

    shown = _shown(columns, records) or list(columns)
    lines = [
        "| " + " | ".join(_(column.title) for column in shown) + " |",
        "|" + "|".join(" ---: " if c.shape == "number" else " --- " for c in shown) + "|",
    ]
    for record in records:
        cells = [escape_markdown(cell_text(record[column.key])) for column in shown]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _items(value: Any) -> list[str]:
    from ..errors import visible

    items = value if isinstance(value, list) else [] if value is None else [value]
    return [visible(str(item)) for item in items if str(item)]


def _longest_word(column: Column, records: Sequence[Record]) -> int:
    words = [len(_(column.title))]
    for record in records:
        for item in _items(record[column.key]):
            if column.shape in ("id", "number"):
                words.append(len(item))
            else:
                words += [len(word) for word in item.split()]
    return max(words)


# The columns a terminal shows instead of those of the files.
TERMINAL_COLUMNS: dict[tuple[Column, ...], tuple[Column, ...]] = {
    ACTION_COLUMNS: ACTION_TERMINAL_COLUMNS
}


def terminal_text(
    records: Sequence[Record],
    columns: Sequence[Column],
    title: str,
    width: int,
) -> str:
    """Records for a terminal ``width`` columns wide: a table where every word stays whole,
    else one block per record."""
    if not records:
        return f"{title}\n"  # "0 actions": an empty frame of headers says nothing more
    columns = TERMINAL_COLUMNS.get(tuple(columns), columns)
    shown = _shown(columns, records) or list(columns)
    least = [_longest_word(column, records) for column in shown]
    room = width - _FRAME_PER_COLUMN * len(shown) - _FRAME
    if width < STACKED_BELOW or sum(least) > room:
        return _stacked(records, shown, title, width)
    from rich.table import Table

    widths = _column_widths(shown, records, least, room)
    table = Table(title=title, show_lines=True, title_justify="left")
    for column, column_width in zip(shown, widths, strict=True):
        table.add_column(
            _(column.title),
            width=column_width,
            no_wrap=column.shape in ("id", "number"),
            justify="right" if column.shape == "number" else "left",
            overflow="fold",
        )
    for record in records:
        table.add_row(*("\n".join(_items(record[column.key])) for column in shown))
    return _rich_text(table, width)


def _rich_text(table: Any, width: int) -> str:
    """A rich table printed to text ``width`` columns wide, without colour codes."""
    import io

    from rich.console import Console

    out = io.StringIO()
    Console(file=out, width=width, highlight=False, color_system=None).print(table, markup=False)
    # rich pads the title to the table's width; trailing blanks only get in the way.
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def _column_widths(
    columns: Sequence[Column], records: Sequence[Record], least: list[int], room: int
) -> list[int]:
    """Widths that add up to at most ``room``: each column its longest word at least, then
    the rest shared towards each column's longest line, three shares to running text for
    every one to the others. Explicit widths, because rich's own sharing can make a table
    wider than the terminal, which then cuts its right side off."""
    longest = [
        max([len(_(column.title)), *(len(item) for r in records for item in _items(r[column.key]))])
        for column in columns
    ]
    widths = list(least)
    spare = room - sum(widths)
    weights = [3 if column.shape == "text" else 1 for column in columns]
    # Share out in rounds: each round gives every column that still wants room its share;
    # a column that reaches its longest line drops out and leaves its share to the others.
    while spare > 0:
        wanting = [i for i in range(len(columns)) if widths[i] < longest[i]]
        if not wanting:
            break
        total = sum(weights[i] for i in wanting)
        given = 0
        for i in wanting:
            share = max(1, spare * weights[i] // total)
            share = min(share, longest[i] - widths[i], spare - given)
            widths[i] += share
            given += share
            if given == spare:
                break
        spare -= given
    return widths


def _stacked(records: Sequence[Record], columns: Sequence[Column], title: str, width: int) -> str:
    """One block per record: its first column and the next short one as a heading, then
    each other value on lines of its own, wrapped between words."""
    import textwrap

    width = max(width, 20)
    lines = [title, ""]
    for record in records:
        head = [*_items(record[columns[0].key])]
        rest = list(columns[1:])
        if rest and rest[0].shape in ("id", "number") and _items(record[rest[0].key]):
            head.append(f"{_(rest[0].title)} {', '.join(_items(record[rest[0].key]))}")
            rest = rest[1:]
        lines += textwrap.wrap(" · ".join(head), width, break_long_words=False) or [""]
        for column in rest:
            items = _items(record[column.key])
            if not items:
                continue
            if column.shape == "text":
                for item in items:
                    lines += textwrap.wrap(item, width, break_long_words=False)
                continue
            text = _("{label}: {value}").format(label=_(column.title), value=", ".join(items))
            lines += textwrap.wrap(text, width, subsequent_indent="  ", break_long_words=False)
        lines.append("")
    return "\n".join(lines)
