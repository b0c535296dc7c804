"""Find the plan file and load it: from the cache when its bytes were validated before, else
by a full parse that reports every problem as a ``FILE:LINE:COL`` line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PlanNotFound
from ..files.shipped import PLAN_FILE_NAME, embedded_plan_path
from ..messages import _

if TYPE_CHECKING:
    from .models import Plan

PLAN_ENV = "VALDPLAN_PLAN"


@dataclass(frozen=True)
class PlanSource:
    """Where a plan comes from, and how to name it in messages."""

    path: Path
    origin: str  # "option", "environment", "working directory" or "embedded"

    @property
    def shown_as(self) -> str:
        return str(self.path) if self.origin != "embedded" else f"<embedded>/{PLAN_FILE_NAME}"


def find_plan(explicit: Path | None = None, cwd: Path | None = None) -> PlanSource:
    """The plan to use, first hit wins: ``explicit``, ``$VALDPLAN_PLAN``, ``./plan.yaml``, the
    embedded plan."""
    if explicit is not None:
        return PlanSource(explicit, "option")
    from_env = os.environ.get(PLAN_ENV)
    if from_env:
        return PlanSource(Path(from_env), "environment")
    try:
        here = cwd or Path.cwd()
    except OSError:
        here = None  # the working directory was deleted: it holds no plan
    # A plan.yaml that is there but cannot be read (a link to an unmounted share, no
    # permission, a folder) is used, so that reading it says why: falling back to the
    # embedded plan would fill in another municipality's actions.
    if here is not None and os.path.lexists(here / PLAN_FILE_NAME):
        return PlanSource(here / PLAN_FILE_NAME, "working directory")
    embedded = embedded_plan_path()
    if not embedded.is_file():
        raise PlanNotFound(
            _(
                "no plan found: pass --plan FILE, set {variable}, or run where a {name} is (the"
                " embedded plan is missing from this installation)"
            ).format(variable=PLAN_ENV, name=PLAN_FILE_NAME)
        )
    return PlanSource(embedded, "embedded")


def load_plan(path: Path | str | None = None) -> Plan:
    """Load and validate a plan; ``path`` None means discovery as in ``find_plan``.

    Raises ``FileProblems`` listing every problem with its line and column.
    """
    source = find_plan(Path(path) if path is not None else None)
    return load_plan_file(source.path, source.shown_as)


def load_plan_file(path: Path, shown_as: str | None = None) -> Plan:
    """Load and validate the plan at ``path``, naming it ``shown_as`` in problems.

    A plan whose bytes were validated before by this version of valdplan comes from the
    cache; only valid plans are cached, so problems are always found by a full parse.
    """
    from ..files import cache
    from ..files.reading import read_source

    name = shown_as if shown_as is not None else str(path)
    raw = read_source(path, name)
    slot, key = cache.Inputs(path, [raw]).address()
    payload = cache.get("plan", slot, key) if slot is not None else None
    if payload is not None:
        from .construct import from_cache
        from .models import Plan

        cached = from_cache(Plan, payload, {"references_checked": True})
        if cached is not None:
            return cached
    from ..files.reading import decode

    text = decode(raw, name)
    # The bytes are not needed any more: 26 MB less while a plan of 60,000 actions is read.
    del raw
    plan = parse_plan_text(text, name)
    del text
    if slot is not None:
        cache.put("plan", slot, key, plan.model_dump_json())
    return plan


def parse_plan(raw: bytes, name: str) -> Plan:
    """Decode, parse and validate a plan's bytes; every problem is located in ``name``."""
    from ..files.reading import decode

    return parse_plan_text(decode(raw, name), name)


def parse_plan_text(text: str, name: str) -> Plan:
    """Parse and validate a plan's text; every problem is located in ``name``."""
    from .document import other_kind_problems, parse_document
    from .models import Plan
    from .references import reference_problems

    followup = _(
        "this is a follow-up file, not a plan: give the plan with --plan (or run where"
        " plan.yaml is) and this file where a follow-up file belongs"
    )
    plan, _document = parse_document(
        Plan,
        text,
        name,
        _("the file holds no plan"),
        reference_problems,
        {"references_checked": True},
        gate=lambda data: other_kind_problems(data, "focus_areas", "entries", followup),
    )
    return plan
