"""Handing sheets out: one spreadsheet per body holding only its pairs, named after the body,
each recording its body and period so that import can tell where it belongs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import Problem, ValdplanError
from ..messages import _
from ..plan.models import Plan
from ..vocabulary import SheetFormat
from .models import FollowUp
from .spreadsheet import WRITERS, check_cells, rows


def body_targets(
    plan: Plan,
    followup: FollowUp,
    file: Path,
    fmt: SheetFormat,
    bodies: Sequence[str],
    folder: Path | None,
    output: Path | None,
) -> dict[str, Path]:
    """Body id → the sheet to write: ``folder/BODY-ID.FMT`` with a folder, ``output`` for a
    single body, else ``FILE-BODY-ID.FMT`` beside the follow-up file. Without ``bodies``,
    every body the file has entries of; a body named that it has none of is an error."""
    from ..plan.query import find_body

    having = {entry.body for entry in followup.entries}
    present = [body.id for body in plan.bodies if body.id in having]
    chosen = [find_body(plan, name).id for name in bodies] or present
    for body in chosen:
        if body not in present:
            raise ValdplanError(
                _("{file} has no entries of {body}").format(
                    file=file, body=plan.bodies_by_id[body].name
                )
            )
    if output is not None and len(chosen) == 1 and folder is None:
        return {chosen[0]: output}
    if output is not None:
        raise ValdplanError(_("--output names one file; for several bodies use --per-body DIR"))
    if folder is not None:
        return {body: folder / f"{body}.{fmt}" for body in chosen}
    return {body: file.with_name(f"{file.stem}-{body}.{fmt}") for body in chosen}


def hand_out(
    path: Path,
    plan: Plan,
    fmt: SheetFormat,
    bodies: Sequence[str],
    folder: Path | None,
    output: Path | None,
    check: Callable[[Path], None],
) -> tuple[dict[Path, int], list[Problem]]:
    """One sheet per body (see ``body_targets``) holding only its pairs, each recording its
    body and period; ``check`` vets each target (the overwrite rule) and every sheet's cells
    are checked before the first is written. The rows per sheet, and the file's warnings."""
    from .loading import load_followup

    loaded = load_followup(path, plan)
    targets = body_targets(plan, loaded.followup, path, fmt, bodies, folder, output)
    for target in targets.values():
        check(target)
    parts = {body: body_part(loaded.followup, body) for body in targets}
    for body, part in parts.items():
        check_cells(part, rows(plan, part), targets[body])
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    for body, part in parts.items():
        WRITERS[fmt](plan, part, targets[body])
    return {targets[body]: len(part.entries) for body, part in parts.items()}, loaded.warnings


def body_part(followup: FollowUp, body: str) -> FollowUp:
    """The entries of one body, as a follow-up of the same period."""
    entries = tuple(entry for entry in followup.entries if entry.body == body)
    return followup.model_copy(update={"entries": entries})
