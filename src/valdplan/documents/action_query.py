"""The actions a query selects, as text in the format asked for, served from the cache when
the plan's bytes and the query are unchanged: a query on an unchanged plan then loads
neither the YAML reader nor the plan's models, which are most of a cold query's time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..files import cache
from ..vocabulary import RecordFormat, RoleFilter

if TYPE_CHECKING:
    from ..plan.loader import PlanSource
    from ..plan.models import Plan
    from ..plan.query import Selection


@dataclass(frozen=True)
class ActionQuery:
    """The filters of ``plan.query.select_actions``."""

    body: tuple[str, ...] = ()
    level: str | None = None
    focus: int | None = None
    role: RoleFilter = "any"
    goal: str | None = None

    def select(self, plan: Plan) -> Selection:
        """The actions of ``plan`` this query selects."""
        from ..plan.query import select_actions

        return select_actions(
            plan,
            body=self.body or None,
            level=self.level,
            focus=self.focus,
            role=self.role,
            goal=self.goal,
        )


def actions_text(
    source: PlanSource, query: ActionQuery, fmt: RecordFormat | None, terminal: bool, width: int
) -> str:
    """The actions ``query`` selects from the plan at ``source`` as ``listing_text`` writes
    them (``fmt``, else a table on a terminal ``width`` columns wide and JSON for a pipe)."""
    from ..files.reading import read_source
    from ..messages import current_language

    chosen: RecordFormat = fmt if fmt is not None else ("table" if terminal else "json")
    # Only a table's text depends on the width.
    shape = [chosen, str(width) if chosen == "table" else "", current_language()]
    raw = read_source(source.path, source.shown_as)
    inputs = cache.Inputs(source.path, [raw], [*cache.options_of(query), *shape])

    def listed() -> str:
        from ..plan.loader import load_plan_file
        from .listing import action_listing, listing_text

        selection = query.select(load_plan_file(source.path, source.shown_as))
        return listing_text(action_listing(selection), chosen, terminal, width)

    return cache.remembered("query", inputs, listed)
