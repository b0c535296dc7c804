"""What ``validate`` writes, one renderer per format in ``RENDERERS``: problems as lines for
people, as annotations for code review (SARIF 2.1.0 for code-scanning tools), and as GitHub
Actions workflow commands, so that each one shows on its line of a pull request."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..errors import Problem, visible
from ..vocabulary import ValidationFormat

if TYPE_CHECKING:
    from ..followup.checking import Validation

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


def _text(outcome: Validation, _version: str) -> tuple[str, str]:
    oks = "".join(visible(ok) + "\n" for ok in outcome.oks)
    problems = [str(p) for p in outcome.errors] + [p.warning_line() for p in outcome.warnings]
    return oks, "".join(line + "\n" for line in problems)


RENDERERS: dict[ValidationFormat, Callable[[Validation, str], tuple[str, str]]] = {
    "text": _text,
    "github": lambda it, _v: (
        "".join(f"{line}\n" for line in github_lines(it.errors, it.warnings)),
        "",
    ),
    "sarif": lambda it, version: (sarif_log(it.errors, it.warnings, version), ""),
}


def validation_output(outcome: Validation, fmt: ValidationFormat, version: str) -> tuple[str, str]:
    """What validate writes in ``fmt``: the text for standard output and for standard error
    (OK lines go to the one, problems to the other; annotations all to standard output)."""
    return RENDERERS[fmt](outcome, version)
