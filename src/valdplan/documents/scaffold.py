"""A plan repository of its own (``valdplan init``): the files another municipality starts
with, and writing them into a folder without overwriting anything.

The plan skeleton is valid as written, with a comment on every key in the plan's language;
the README says in that language how to edit, validate, build and follow up; the CI files
are the ones this repository keeps as its examples (``files.shipped.CI_FILES``), and every
one of them installs valdplan from ``requirements.txt``, which pins this version.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputProblem
from ..files.shipped import CI_FILES, ci_file
from ..files.writing import write_file
from ..files.yaml_text import scalar
from ..messages import Language, _, words
from ..plan.kinds import DEFAULT_BODY_KINDS
from ..version import __version__
from ..vocabulary import Forge

# Which CI files each --forge choice writes.
FORGE_FILES: dict[Forge, tuple[str, ...]] = {
    "github": (".github/workflows/checklists.yml",),
    "gitlab": (".gitlab-ci.yml",),
    "both": (".github/workflows/checklists.yml", ".gitlab-ci.yml"),
    "none": (),
}
# Plan content, not messages: the prevention levels of the public-health model most Swedish
# plans use, and a first body to rename, in the plan's language (the names give
# the ids). The user's plan replaces or keeps them.
LEVELS: dict[Language, tuple[str, ...]] = {
    "sv": ("Universell", "Selektiv", "Indikerad"),
    "en": ("Universal", "Selective", "Indicated"),
}
FIRST_BODY: dict[Language, str] = {"sv": "Första nämnden", "en": "First board"}
# The reporting calendar most municipalities keep (the interim accounts as of 31 August, the
# annual report as of 31 December): ids as follow-up files write them, the plan's words,
# the days (municipal settings, which the skeleton's comment says), the documents.
REPORTING: dict[Language, tuple[tuple[str, str, str, str, str], ...]] = {
    "sv": (
        ("delår", "Delår", "08-31", "09-30", "delårsbokslut"),
        ("helår", "Helår", "12-31", "01-31", "årsberättelse"),
    ),
    "en": (
        ("delår", "Interim", "08-31", "09-30", "interim accounts"),
        ("helår", "Full year", "12-31", "01-31", "annual report"),
    ),
}
COORDINATOR: dict[Language, str] = {
    "sv": "Samordnande kontor",
    "en": "Coordinating office",
}
FOLLOWUP_FOLDER = "uppfoljning"


def repository_address() -> str:
    """valdplan's repository, as the installed package's metadata names it (pyproject.toml's
    ``[project.urls]`` is the one place it is written)."""
    from importlib.metadata import metadata

    urls = metadata("valdplan").get_all("Project-URL") or []
    found = dict(url.split(", ", 1) for url in urls)
    return str(found["Repository"])


def format_page() -> str:
    """docs/plan-format.md of this version, on the web."""
    return f"{repository_address()}/blob/v{__version__}/docs/plan-format.md"


@dataclass(frozen=True)
class Skeleton:
    """What ``--organisation``, ``--period`` and ``--language`` put into the plan."""

    organisation: str
    start: int
    end: int
    language: Language


def _slug(name: str) -> str:
    from ..files.folder import slugify

    return slugify(name)


def _comment(text: str, indent: str = "") -> str:
    return f"{indent}# {text}"


def plan_skeleton(skeleton: Skeleton) -> str:
    """A valid plan.yaml with one focus area, one action and the registers, every key
    commented in the plan's language."""
    _ = words(skeleton.language)
    body = FIRST_BODY[skeleton.language]
    levels = [(_slug(level), level) for level in LEVELS[skeleton.language]]
    title = _("Action plan {start}–{end}").format(start=skeleton.start, end=skeleton.end)
    area, action = _("The first focus area"), _("The first action.")
    lines = [
        "# yaml-language-server: $schema=plan.schema.json",
        _comment(_("The action plan as data. Its format: {address}").format(address=format_page())),
        _comment(_("After each edit: valdplan validate (every problem as FILE:LINE:COL).")),
        "",
        _comment(_("The plan's title, as on its cover.")),
        f"title: {scalar(title)}",
        _comment(_("The language of the plan's text (sv or en); documents are made in it.")),
        f"language: {skeleton.language}",
        _comment(_("The municipality or organisation that adopted the plan.")),
        f"organisation: {scalar(skeleton.organisation)}",
        _comment(_("The years the plan is valid, first and last.")),
        "period:",
        f"  start: {skeleton.start}",
        f"  end: {skeleton.end}",
        _comment(_("Prevention levels: actions name them by id; documents print the name.")),
        "levels:",
        *[f"  - id: {scalar(id_)}\n    name: {scalar(name)}" for id_, name in levels],
        _comment(_("Kinds of body; bodies name theirs by id (add others, e.g. förvaltning).")),
        "body_kinds:",
        *[_body_kind(kind) for kind in DEFAULT_BODY_KINDS],
        _comment(_("Every body responsible for an action: id, name as printed, kind.")),
        "bodies:",
        f"  - id: {_slug(body)}",
        f"    name: {scalar(body)}",
        "    kind: board",
        *_reporting(skeleton.language),
        _comment(_("The focus areas in printed order, each with its actions.")),
        "focus_areas:",
        "  - number: 1",
        _comment(_("The focus area's heading."), "    "),
        f"    title: {scalar(area)}",
        "    actions:",
        _comment(_("The action's id as printed, in quotes."), "      "),
        '      - id: "1:1"',
        _comment(_("The action, in the plan's words."), "        "),
        f"        text: {scalar(action)}",
        _comment(_("Ids of the responsible bodies."), "        "),
        "        responsible:",
        f"          - {_slug(body)}",
        _comment(_("Ids of the co-responsible bodies; may be empty."), "        "),
        "        co_responsible: []",
        _comment(_("Ids of its prevention levels."), "        "),
        "        levels:",
        f"          - {levels[0][0]}",
    ]
    return "\n".join(lines) + "\n"


def _reporting(language: Language) -> list[str]:
    _ = words(language)
    lines = [
        _comment(_("When the bodies report on the plan, and to whom; the days are settings.")),
        "reporting:",
        _comment(
            _("Each period: id, the plan's word, as of (MM-DD), due (MM-DD), document."), "  "
        ),
        "  periods:",
    ]
    for id_, name, as_of, due, document in REPORTING[language]:
        lines += [
            f"    - id: {scalar(id_)}",
            f"      name: {scalar(name)}",
            f"      as_of: {scalar(as_of)}",
            f"      due: {scalar(due)}",
            f"      document: {scalar(document)}",
        ]
    return [
        *lines,
        _comment(_("Who coordinates the follow-up and receives the answers."), "  "),
        "  coordinator:",
        f"    name: {scalar(COORDINATOR[language])}",
    ]


def _body_kind(kind: Mapping[str, str]) -> str:
    keys = ("id", "name", "plural", "name_en", "plural_en")
    first, *rest = (f"{key}: {scalar(kind[key])}" for key in keys)
    return "\n".join([f"  - {first}", *(f"    {line}" for line in rest)])


def readme(skeleton: Skeleton, forge: Forge) -> str:
    """The plan repository's README, in the plan's language."""
    _ = words(skeleton.language)
    year = skeleton.start
    sections = [
        f"# {skeleton.organisation}",
        _(
            "This repository holds the action plan as data (plan.yaml). valdplan {version}"
            " checks it and makes the checklists, the web site and the follow-up from it."
        ).format(version=__version__),
        "## " + _("Set up"),
        "```sh\npython3 -m venv .venv\n. .venv/bin/activate\npip install -r requirements.txt\n```",
        _("requirements.txt pins the valdplan version; CI installs the same."),
        "## " + _("Edit"),
        _(
            "Edit plan.yaml; every key has a comment. Editors with the YAML language server"
            " (VS Code with its YAML extension) check it against plan.schema.json as you type."
            " The format: {address}"
        ).format(address=format_page()),
        "## " + _("Validate"),
        "```sh\nvaldplan validate\n```",
        _("Every problem is one line: FILE:LINE:COL: message."),
        "## " + _("Build"),
        "```sh\nvaldplan build checklists\n```",
        _(
            "One checklist per body, prevention level and focus area. Commit the folder:"
            " CI fails when it is out of date (valdplan build checklists --check)."
        ),
        "## " + _("Follow up"),
        f"```sh\nvaldplan followup init --year {year} -o {FOLLOWUP_FOLDER}/{year}.yaml\n"
        f"valdplan followup report {FOLLOWUP_FOLDER}/{year}.yaml\n```",
        _("Each year every body reports on its actions; keep the files in {folder}/.").format(
            folder=FOLLOWUP_FOLDER
        ),
    ]
    if forge != "none":
        sections += [
            "## CI",
            _(
                "On every push CI validates the plan and checks the committed checklists; on"
                " the default branch it publishes the web site (Pages)."
            ),
            _(
                "The due reminder runs on a schedule (GitHub: Mondays; GitLab: add a pipeline"
                " schedule): valdplan followup due --folder {folder} --fail-if-overdue fails"
                " when a body's answer for the latest period in {folder}/ is past its due date,"
                " so that the forge notifies you; before the first follow-up file it passes."
            ).format(folder=FOLLOWUP_FOLDER),
        ]
    sections.append(_("pre-commit install checks plan.yaml before each commit."))
    return "\n\n".join(sections) + "\n"


def pre_commit_config() -> str:
    """The plan repository's .pre-commit-config.yaml: valdplan's hook at this version."""
    return (
        "# Check plan.yaml and the follow-up files before each commit:\n"
        "#   pip install pre-commit && pre-commit install\n"
        "repos:\n"
        f"  - repo: {repository_address()}\n"
        f"    rev: v{__version__}\n"
        "    hooks:\n"
        "      - id: valdplan-validate\n"
    )


def requirements() -> str:
    """requirements.txt: this valdplan version, which every CI file installs."""
    return (
        "# The valdplan that CI installs (and pip install -r requirements.txt): change the\n"
        "# version here to upgrade.\n"
        f"valdplan=={__version__}\n"
    )


GITIGNORE = "# Built by CI (valdplan build public), never committed.\n/public/\n.venv/\n"


def scaffold(skeleton: Skeleton, forge: Forge) -> dict[str, str | bytes]:
    """Every file of a new plan repository, by its path in the repository."""
    from ..plan.models import Plan
    from ..plan.schema import json_schema

    files: dict[str, str | bytes] = {
        "plan.yaml": plan_skeleton(skeleton),
        "plan.schema.json": json_schema(Plan),
        "README.md": readme(skeleton, forge),
        "requirements.txt": requirements(),
        ".pre-commit-config.yaml": pre_commit_config(),
        ".gitignore": GITIGNORE,
    }
    for path in FORGE_FILES[forge]:
        files[path] = ci_file(path).read_bytes()
    assert set(FORGE_FILES["both"]) == set(CI_FILES)
    return files


def is_empty_folder(folder: Path) -> bool:
    """Whether ``folder`` is missing or holds nothing."""
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is None
    except FileNotFoundError:
        return True
    except NotADirectoryError:
        raise OutputProblem(_("{path} is not a folder").format(path=folder)) from None


def write_scaffold(
    folder: Path, files: Mapping[str, str | bytes], force: bool
) -> list[tuple[str, bool]]:
    """Write ``files`` into ``folder``: refused when it holds anything unless ``force``, and
    never over a file that exists. Returns each path and whether it was written."""
    if not force and not is_empty_folder(folder):
        raise OutputProblem(
            _("{path} is not empty; --force adds the files it lacks (none is overwritten)").format(
                path=folder
            )
        )
    done = []
    for name, content in files.items():
        path = folder / name
        exists = os.path.lexists(path)
        if not exists:
            write_file(path, content)
        done.append((name, not exists))
    return done
