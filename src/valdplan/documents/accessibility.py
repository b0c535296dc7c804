"""The accessibility statement of a published build (tillganglighet.html), with every part
DIGG's model asks for: the body and the service, compliance (fully, partly or not
compliant), the known gaps with their reasons (valdplan's own known limits included), what
is exempt or out of scope, the dates of assessment and update, the method, how to give
feedback, and the link to DIGG's complaint page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import N_, words
from ..vocabulary import Language
from .context import plan_context
from .labels import LABELS

if TYPE_CHECKING:
    from ..plan.models import Plan
    from ..publishing.models import Publishing

STATEMENT_FILE = "tillganglighet.html"
# Where DIGG takes complaints about the accessibility of public digital services.
DIGG_COMPLAINTS = "https://www.digg.se/tdosanmalan"
# What valdplan knows its own pages lack, whatever the publisher adds.
OWN_GAPS = (
    (
        N_("The Markdown files (.md) are meant for code forges such as GitHub and GitLab."),
        N_("Only the HTML pages are checked in a browser; the forge renders the Markdown."),
    ),
    (
        N_("The overview tables are wider than a phone's screen."),
        N_(
            "A table of every body and focus area needs its columns; it scrolls sideways in a"
            " region of its own, the page itself does not."
        ),
    ),
    (
        N_("Word documents (.docx), when the build makes them."),
        N_("They are not checked with axe; they are converted to PDF and looked at by eye."),
    ),
)
# The checks valdplan runs on every page it makes (tests/test_browser.py).
CHECKS = N_(
    "valdplan's automatic checks of every page: axe-core in headless Chromium against WCAG 2.1"
    " AA, no sideways scrolling at 320 pixels, light and dark colour schemes, and print on A4."
)


def statement_context(plan: Plan, publishing: Publishing, lang: Language) -> dict[str, Any]:
    """The context of ``tillganglighet.html.j2``."""
    translate = words(lang)
    statement = publishing.accessibility
    labels = LABELS[lang]
    return {
        **plan_context(plan, lang, None),
        "title": labels["a11y_title"],
        "publisher": publishing.publisher.name,
        "service": statement.service,
        "compliance": labels[f"a11y_compliance_{statement.compliance}"],
        "compliance_id": statement.compliance,
        "gaps": [{"content": g.content, "reason": g.reason} for g in statement.gaps],
        "own_gaps": [
            {"content": translate(content), "reason": translate(reason)}
            for content, reason in OWN_GAPS
        ],
        "disproportionate_burden": list(statement.disproportionate_burden),
        "out_of_scope": list(statement.out_of_scope),
        "assessed": statement.assessed,
        "updated": statement.updated,
        "methods": [translate(CHECKS), *([statement.method] if statement.method else [])],
        "feedback_email": statement.feedback_email,
        "feedback_url": statement.feedback_url,
        "complaints_url": DIGG_COMPLAINTS,
        "site": {"statement": STATEMENT_FILE},
        "index_files": {"html": "index.html"},
    }
