"""The base of every plan model (its own module, so that parts of the plan defined beside
``models``, such as the reporting calendar, share it without an import cycle)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """Base of every plan model: unknown keys are errors and values never change."""

    # defer_build: the validators are built on first validation, not at import, so that
    # commands served from the cache (see ``construct``) never pay for building them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
