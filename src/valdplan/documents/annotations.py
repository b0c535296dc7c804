"""Problems as annotations for code review: SARIF 2.1.0 for code-scanning tools, and GitHub
Actions workflow commands, so that each one shows on its line of a pull request."""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

from ..errors import Problem, visible

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = {
    "error": ("valdplan/invalid", "A problem that makes the plan or follow-up file invalid."),
    "warning": ("valdplan/personal-data", "A follow-up text that seems to hold personal data."),
}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(errors: Sequence[Problem], warnings: Sequence[Problem]) -> list[str]:
    """``::error file=…,line=…,col=…::message`` lines, errors first."""
    lines = []
    for level, problems in (("error", errors), ("warning", warnings)):
        for p in problems:
            lines.append(
                f"::{level} file={_escape_property(visible(p.path))},line={p.line},"
                f"col={p.column}::{_escape_data(visible(p.message))}"
            )
    return lines


def sarif_log(errors: Sequence[Problem], warnings: Sequence[Problem], version: str) -> str:
    """One SARIF 2.1.0 log with a result for every problem."""
    results = []
    for level, problems in (("error", errors), ("warning", warnings)):
        for p in problems:
            results.append(
                {
                    "ruleId": RULES[level][0],
                    "level": level,
                    "message": {"text": p.message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": quote(p.path.replace("\\", "/"))},
                                "region": {"startLine": p.line, "startColumn": p.column},
                            }
                        }
                    ],
                }
            )
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "valdplan",
                        "version": version,
                        "rules": [
                            {"id": rule, "shortDescription": {"text": text}}
                            for rule, text in RULES.values()
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
