"""The follow-up report over a plan period in the format asked for: one renderer per format,
registered in ``RENDERERS`` (Markdown and HTML from Jinja templates, JSON figures, a Word
document)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..vocabulary import Language, ReportFormat

if TYPE_CHECKING:
    from ..followup.history import PlanPeriod
    from ..indicators.snapshot import Snapshot
    from ..plan.models import Plan


@dataclass(frozen=True)
class ReportRequest:
    """Everything that decides a report: the plan, its periods, the templates' folders, the
    language and the date printed."""

    plan: Plan
    period: PlanPeriod
    folders: list[Path]
    language: Language
    date: str | None
    indicators: Snapshot | None = None  # the Kolada snapshot beside the plan, if any
    appendix: bool = True  # --no-appendix leaves out the detail after the main part


def _templated(fmt: ReportFormat) -> Callable[[ReportRequest], str]:
    def render(it: ReportRequest) -> str:
        from .environment import environment
        from .report import render_report

        env = environment(it.folders) if fmt != "json" else None
        return render_report(
            it.plan, it.period.latest, it.period.previous, fmt, env, it.language,
            earlier=it.period.earlier, date=it.date, indicators=it.indicators,
            appendix=it.appendix,
        )  # fmt: skip

    return render


def _word(it: ReportRequest) -> bytes:
    from .word import report_docx

    return report_docx(
        it.plan, it.period.latest, it.period.previous, it.language, it.folders,
        earlier=it.period.earlier, date=it.date, appendix=it.appendix,
    )  # fmt: skip


RENDERERS: dict[ReportFormat, Callable[[ReportRequest], str | bytes]] = {
    "md": _templated("md"),
    "html": _templated("html"),
    "json": _templated("json"),
    "docx": _word,
}


def report_document(request: ReportRequest, fmt: ReportFormat) -> str | bytes:
    """The report ``request`` asks for, in ``fmt``."""
    return RENDERERS[fmt](request)
