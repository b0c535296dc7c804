"""Load a follow-up file: read it, validate it against the plan, and keep the positions of
its entries for edits and messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem
from ..files.locations import Loc
from ..files.yaml_events import YamlDocument
from ..messages import _
from ..plan.models import Plan
from .models import FollowUp


@dataclass
class LoadedFollowUp:
    """A validated follow-up file with the positions of its entries, for edits and messages."""

    path: Path
    name: str
    text: str
    followup: FollowUp
    document: YamlDocument
    warnings: list[Problem] = field(default_factory=list)
    bom: bool = False

    def entry_indexes(self) -> dict[tuple[str, str], int]:
        """Where each (action, body) pair stands in the entries list."""
        return {entry.pair: index for index, entry in enumerate(self.followup.entries)}


def reference_problems(data: Any, plan: Plan) -> list[tuple[Loc, str]]:
    """Entries naming actions or bodies the plan lacks, bodies not on the action, and pairs
    listed twice. Works on raw data so that it reports together with structural problems."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return []
    actions = {action_id: action for action_id, (_, action) in plan.actions_by_id.items()}
    problems: list[tuple[Loc, str]] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(data["entries"]):
        if not isinstance(entry, dict):
            continue
        action_id, body = entry.get("action"), entry.get("body")
        loc: Loc = ("entries", index)
        action = actions.get(action_id) if isinstance(action_id, str) else None
        if isinstance(action_id, str) and action is None:
            message = _("no action '{id}' in the plan").format(id=action_id)
            problems.append(((*loc, "action"), message))
        if isinstance(body, str) and body not in plan.bodies_by_id:
            problems.append(
                ((*loc, "body"), _("'{body}' is not a body of the plan").format(body=body))
            )
        elif action is not None and isinstance(body, str) and action.role_of(body) is None:
            name = plan.bodies_by_id[body].name
            problems.append(
                (
                    (*loc, "body"),
                    _("{body} is neither responsible nor co-responsible for {action}").format(
                        body=name, action=action.id
                    ),
                )
            )
        if isinstance(action_id, str) and isinstance(body, str):
            if (action_id, body) in seen:
                first = seen[(action_id, body)]
                problems.append(
                    (
                        loc,
                        _("{action} {body} is listed twice (also entries[{first}])").format(
                            action=action_id, body=body, first=first
                        ),
                    )
                )
            else:
                seen[(action_id, body)] = index
    return problems


def parse_followup(text: str, name: str, plan: Plan) -> tuple[FollowUp, YamlDocument]:
    """Validate follow-up ``text`` against ``plan``; every problem is located in ``name``."""
    from ..plan.document import parse_document
    from .identity import identity_problems

    return parse_document(
        FollowUp,
        text,
        name,
        _("the file holds no follow-up"),
        lambda data: reference_problems(data, plan),
        gate=lambda data: identity_problems(data, plan),
    )


def load_followup(path: Path, plan: Plan, shown_as: str | None = None) -> LoadedFollowUp:
    """Read and validate the follow-up file at ``path`` against ``plan``."""
    from ..files.reading import decode, invisible_character_warnings, read_source
    from .identity import identity_warnings
    from .privacy import personal_data_warnings

    name = shown_as if shown_as is not None else str(path)
    raw = read_source(path, name)
    text = decode(raw, name)
    followup, document = parse_followup(text, name, plan)
    loaded = LoadedFollowUp(path, name, text, followup, document)
    loaded.bom = raw.startswith(b"\xef\xbb\xbf")
    loaded.warnings = identity_warnings(name, followup, document, plan)
    loaded.warnings += personal_data_warnings(name, followup, document)
    loaded.warnings += invisible_character_warnings(text, name)
    return loaded
