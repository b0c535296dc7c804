"""The command that starts a plan repository of its own: init."""

from __future__ import annotations

import sys

from ..messages import N_, _
from .app import app
from .common import shown
from .options import LangOption
from .parameters import (
    ForgeOption,
    InitFolderArgument,
    InitForceOption,
    OrganisationOption,
    PeriodOption,
    PlanLanguageOption,
    period_years,
)


@app.command(
    help=N_(
        "Start a plan repository in DIR: a plan.yaml skeleton, a README, CI files, pre-commit"
        " and a requirements.txt that pins this valdplan. Nothing that exists is overwritten."
    )
)
def init(
    folder: InitFolderArgument,
    organisation: OrganisationOption,
    period: PeriodOption = None,
    language: PlanLanguageOption = None,
    forge: ForgeOption = "github",
    force: InitForceOption = False,
    lang: LangOption = None,
) -> None:
    import datetime

    from ..documents.scaffold import Skeleton, scaffold, write_scaffold
    from ..messages import LANGUAGES, current_language
    from ..vocabulary import FORGES, member

    this_year = datetime.date.today().year
    start, end = (period and period_years(period)) or (this_year, this_year + 3)
    skeleton = Skeleton(organisation, start, end, member(language or current_language(), LANGUAGES))
    states = (_("kept (it exists)"), _("written"))
    for name, written in write_scaffold(folder, scaffold(skeleton, member(forge, FORGES)), force):
        sys.stdout.write(f"{shown(folder / name)}: {states[written]}\n")
