"""The marker that declares, on a model's field, what the field is called and where it is
shown: ``Annotated[int | None, Shown(N_("Deadline"), shape="number", checklist=True)]``.

It is the one declaration of a field: records, listings (JSON, CSV, Markdown, terminal), the
lines of checklist items, the plan diff and the change annex read it (``plan.declaration``),
so that a new field is one line on its model. Pydantic keeps the marker in the field's
``metadata`` and leaves it out of the JSON schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# How a value is laid out in a table: ``id`` and ``number`` never wrap, ``words`` wrap
# between words, ``text`` takes the room left.
Shape = Literal["id", "number", "words", "text"]
# The register a field's ids point into: records name bodies by name, levels and kinds by
# id (people read their names), and an action's goals with those it inherits.
Register = Literal["bodies", "levels", "body_kinds", "goals"]


@dataclass(frozen=True)
class Shown:
    """A field's words and places (msgids are translated where they are shown).

    ``label`` heads its column and its line on a checklist item; ``short`` is its heading
    in a terminal table, where ``None`` leaves it out; ``column`` makes it a column of
    listings (CSV, Markdown, terminal) and ``record`` a key of JSON records; ``checklist``
    gives it a line of its own ("label: value") on checklist items; ``named`` is what the
    change annex calls it in a sentence ("the deadline"); ``register`` says which register
    its ids point into; ``count`` shows a list by its length."""

    label: str = ""
    shape: Shape = "words"
    short: str | None = ""
    column: bool = True
    record: bool = True
    checklist: bool = False
    named: str = ""
    register: Register | None = None
    count: bool = False

    @property
    def terminal_label(self) -> str | None:
        """The heading of its terminal column (None: no column there)."""
        return self.label if self.short == "" else self.short
