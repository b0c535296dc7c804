"""What ``validate`` finds in a file: it works out whether the file is a plan, a follow-up or
a spreadsheet, checks it as one, and gives the OK line, the errors and the warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileProblems, Problem, ValdplanError
from ..messages import _, ngettext
from ..plan.models import Plan

_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".csv", ".ods")


@dataclass
class Validation:
    """The outcome of checking files: an OK line per good file, every error and warning."""

    oks: list[str] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def strict(self) -> Validation:
        """The outcome of one file with every warning counted as an error: a file with a
        warning is not OK."""
        return Validation([] if self.warnings else self.oks, self.errors + self.warnings, [])


def _plan_ok(name: str, plan: Plan) -> str:
    return _("{file}: OK ({areas}, {actions}, {bodies}, {levels})").format(
        file=name,
        areas=ngettext("{n} focus area", "{n} focus areas", len(plan.focus_areas)).format(
            n=len(plan.focus_areas)
        ),
        actions=ngettext("{n} action", "{n} actions", plan.action_count).format(
            n=plan.action_count
        ),
        bodies=ngettext("{n} body", "{n} bodies", len(plan.bodies)).format(n=len(plan.bodies)),
        levels=ngettext("{n} prevention level", "{n} prevention levels", len(plan.levels)).format(
            n=len(plan.levels)
        ),
    )


def _check_followup(path: Path, plan: Plan) -> tuple[str, list[Problem]]:
    from .loading import load_followup
    from .models import part_words
    from .privacy import contact_detail_warnings

    loaded = load_followup(path, plan)
    period = loaded.followup.period
    entries = len(loaded.followup.entries)
    ok = _("{file}: OK (follow-up {part} {year}, {entries})").format(
        file=path,
        part=part_words(plan, period.part),
        year=period.year,
        entries=ngettext("{n} entry", "{n} entries", entries).format(n=entries),
    )
    # validate checks the file as a whole: its contact details too, which the commands
    # that read it do not repeat.
    found = contact_detail_warnings(str(path), loaded.followup, loaded.document)
    return ok, [*loaded.warnings, *found]


def _check_plan(path: Path | None, plan_path: Path | None) -> tuple[str, list[Problem]]:
    from ..files.reading import decode, invisible_character_warnings, read_source
    from ..plan.loader import find_plan, load_plan_file

    source = find_plan(path if path is not None else plan_path)
    model = load_plan_file(source.path, source.shown_as)
    text = decode(read_source(source.path, source.shown_as), source.shown_as)
    return _plan_ok(source.shown_as, model), invisible_character_warnings(text, source.shown_as)


def check_file(path: Path | None, plan_path: Path | None, plan: Callable[[], Plan]) -> Validation:
    """Check one plan or follow-up file (None: the plan found as for ``plan_path``); a
    follow-up is checked against ``plan()``."""
    from .detect import looks_like_followup

    try:
        # A spreadsheet that is there is named as one; a missing name is "no such file".
        if path is not None and path.suffix.lower() in _SPREADSHEETS and path.exists():
            message = _(
                "this is a spreadsheet, not a plan or follow-up file; read it into a follow-up"
                " with valdplan followup import {sheet} --into FILE"
            ).format(sheet=path)
            return Validation(errors=[Problem(str(path), 1, 1, message)])
        if path is not None and looks_like_followup(path):
            ok, warnings = _check_followup(path, plan())
        else:
            ok, warnings = _check_plan(path, plan_path)
    except FileProblems as err:
        return Validation(errors=list(err.problems))
    except ValdplanError as err:
        return Validation(errors=[Problem(str(path or "plan.yaml"), 1, 1, str(err))])
    return Validation([ok], [], warnings)


def check_files(paths: Sequence[Path], plan_path: Path | None, strict: bool = False) -> Validation:
    """Check every file of ``paths`` (none: the plan found as for ``plan_path``); the plan
    that follow-ups are checked against is loaded once, when the first one needs it. With
    ``strict``, each file's warnings are errors and a file with one gets no OK line."""
    from ..plan.loader import load_plan

    loaded: list[Plan] = []

    def plan() -> Plan:
        if not loaded:
            loaded.append(load_plan(plan_path))
        return loaded[0]

    outcome = Validation()
    targets: list[Path | None] = list(paths) or [None]
    for path in targets:
        found = check_file(path, plan_path, plan)
        if strict:
            found = found.strict()
        outcome.oks += found.oks
        outcome.errors += found.errors
        outcome.warnings += found.warnings
    return outcome
