"""JSON Schema of plan and follow-up files, generated from the models, for editors.

The repository keeps the generated files (plan.schema.json, followup.schema.json); a test
fails when they are stale, and another checks plan.yaml against them with an independent
validator, so the schema and the loader cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Literal

Kind = Literal["plan", "followup"]
SCHEMA_FILES: dict[Kind, str] = {"plan": "plan.schema.json", "followup": "followup.schema.json"}


def json_schema(kind: Kind) -> str:
    """The JSON Schema (draft 2020-12) of a plan or follow-up file, as formatted JSON."""
    from pydantic import BaseModel

    model: type[BaseModel]
    if kind == "plan":
        from .models import Plan

        model = Plan
    else:
        from .followup import FollowUp

        model = FollowUp
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **model.model_json_schema(),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
