"""Records as tables: JSON, CSV and Markdown for pipes and files, and a rich table for the
terminal (built here, printed by the CLI)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .markdown import escape_markdown

if TYPE_CHECKING:
    from rich.table import Table

    from ..plan.records import Record


@dataclass(frozen=True)
class Column:
    """A field of a record and its heading in tables."""

    key: str
    title: str


ACTION_COLUMNS = (
    Column("id", "ID"),
    Column("focus_area", "Focus area"),
    Column("text", "Action"),
    Column("examples", "Examples"),
    Column("responsible", "Responsible"),
    Column("co_responsible", "Co-responsible"),
    Column("levels", "Levels"),
)
BODY_COLUMNS = (
    Column("id", "ID"),
    Column("name", "Name"),
    Column("kind", "Kind"),
    Column("responsible", "Responsible"),
    Column("co_responsible", "Co-responsible"),
)
AREA_COLUMNS = (
    Column("number", "Number"),
    Column("title", "Title"),
    Column("actions", "Actions"),
)


def cell_text(value: Any, separator: str = "; ") -> str:
    """A record value as one line of text: lists joined with ``separator``."""
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


def to_markdown(records: Sequence[Record], columns: Sequence[Column]) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = [
        "| " + " | ".join(column.title for column in columns) + " |",
        "|" + "|".join(" --- " for _ in columns) + "|",
    ]
    for record in records:
        cells = [escape_markdown(cell_text(record[column.key])) for column in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def terminal_table(records: Sequence[Record], columns: Sequence[Column], title: str) -> Table:
    """A rich table of ``records`` for a terminal, one row per record."""
    from rich.table import Table

    table = Table(title=title, show_lines=True, title_justify="left")
    for column in columns:
        table.add_column(column.title, overflow="fold")
    for record in records:
        table.add_row(*(_terminal_cell(record[c.key]) for c in columns), style=None)
    return table


def _terminal_cell(value: Any) -> str:
    """A cell for the terminal: list items on lines of their own, each shown safely."""
    from ..errors import visible

    items = value if isinstance(value, list) else [value]
    return "\n".join(visible(str(item)) for item in items)
