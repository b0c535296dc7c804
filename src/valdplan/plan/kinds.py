"""The body kinds a plan gets when it declares none: board, company and council, the three
every plan had before plans declared their own (so plans in that format load unchanged)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DEFAULT_BODY_KINDS: tuple[dict[str, str], ...] = (
    {"id": "board", "name": "nämnd", "plural": "nämnder", "name_en": "board",
     "plural_en": "boards"},
    {"id": "company", "name": "bolag", "plural": "bolag", "name_en": "company",
     "plural_en": "companies"},
    {"id": "council", "name": "råd", "plural": "råd", "name_en": "council",
     "plural_en": "councils"},
)  # fmt: skip


def declared_kinds(data: Any) -> list[Mapping[str, Any]] | None:
    """The body kinds in a plan's raw data: its ``body_kinds`` list, the defaults when it has
    none, or None when the list is malformed (the models report that)."""
    declared = data.get("body_kinds") if isinstance(data, Mapping) else None
    if declared is None:
        return list(DEFAULT_BODY_KINDS)
    if not isinstance(declared, list | tuple):
        return None
    return [kind for kind in declared if isinstance(kind, Mapping)]
