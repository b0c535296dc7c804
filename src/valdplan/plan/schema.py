"""JSON Schema of plan and follow-up files, generated from the models, for editors.

The repository keeps the generated files (plan.schema.json, followup.schema.json); a test
fails when they are stale, and another checks plan.yaml against them with an independent
validator, so the schema and the loader cannot drift apart.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pydantic import BaseModel

Kind = Literal["plan", "followup"]
SCHEMA_FILES: dict[Kind, str] = {"plan": "plan.schema.json", "followup": "followup.schema.json"}


def json_schema(model: type[BaseModel]) -> str:
    """The JSON Schema (draft 2020-12) of files holding ``model``, as formatted JSON."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **model.model_json_schema(),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
