"""Trust, second round: one lock per file whatever its name (stale locks taken over with a
note), plans and files that exist as what they claim (a dangling plan.yaml or a named pipe
is an error naming it, never the embedded plan or a hang), file names that are not UTF-8,
and diff's "differ" code only after a successful write."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from hostile import PLAN_TEXT, Case, chmod, followup_text, run_case, steps, symlink
from valdplan.files.reading import MAX_TEMPLATE_BYTES

P = ("--plan", "plan.yaml")
SET = ["followup", "set", "4:4", "-b", "socialnamnden", "--status", "genomford"]
FOLLOWUP = followup_text()
LATIN1 = "uppf\udcf6ljning.yaml"  # b"uppf\xf6ljning.yaml", as a Windows zip leaves it
TAKEN_OVER = "note: took over the lock {tmp}/.f.yaml.lock left by a run that ended"


def _lock(content: str, age: float = 0) -> object:
    def make(tmp: Path) -> None:
        lock = tmp / ".f.yaml.lock"
        lock.write_text(content, encoding="utf-8")
        then = time.time() - age
        os.utime(lock, (then, then))

    return make


def _fifo(name: str) -> object:
    def make(tmp: Path) -> None:
        os.mkfifo(tmp / name)

    return make


def _templates_junk(tmp: Path) -> None:
    """What a shared templates folder collects: an archive over the template size cap
    (sparse), Word's owner file of an open report.docx (unreadable) and a named pipe."""
    folder = tmp / "templates"
    folder.mkdir()
    with (folder / "arkiv.zip").open("wb") as handle:
        handle.truncate(MAX_TEMPLATE_BYTES + 1)
    owner = folder / "~$report.docx"
    owner.write_bytes(b"\x0bValdplanen")
    owner.chmod(0)
    os.mkfifo(folder / "kö")


def _template(make: object) -> object:
    def setup(tmp: Path) -> None:
        (tmp / "templates").mkdir()
        make(tmp / "templates" / "checklist.md.j2")  # type: ignore[operator]

    return setup


def _sparse(size: int) -> object:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)

    return make


def _checklist_heading(tmp: Path, result: object) -> None:
    text = (tmp / "lista.md").read_text(encoding="utf-8")
    assert text.startswith("# Checklista för Socialnämnden\n"), text[:80]


NOT_A_TEMPLATE = "error: templates/checklist.md.j2: not a template ({why})"


def _status_is_done(tmp: Path, result: object) -> None:
    text = (tmp / "f.yaml").read_text(encoding="utf-8")
    assert text.count("status: genomford") == 1
    assert not (tmp / ".f.yaml.lock").exists()


ACTION_TEXT = "text: Säkerställa förutsättningarna för ett kunskapsbaserat"
RLO_WARNING = (
    "plan.yaml:368:15: {level}invisible character U+202E RIGHT-TO-LEFT OVERRIDE: readers"
    " cannot see it, and it can hide or reorder the text around it; remove it unless it is"
    " meant"
)


def _escaped(escape: str) -> dict[str, str | bytes]:
    """The plan with a right-to-left override written as a YAML escape in an action's text."""
    line = next(line for line in PLAN_TEXT.splitlines() if ACTION_TEXT in line)
    quoted = line.replace("text: ", f'text: "{escape}', 1) + '"'
    return {"plan.yaml": PLAN_TEXT.replace(line, quoted, 1)}


PIPE = "is a named pipe, socket or device, not a file"
DANGLING = "{tmp}/plan.yaml:1:1: is a link to /unmounted/share/plan.yaml, which cannot be reached"

CASES = [
    *(
        Case(
            f"a-right-to-left-override-written-{name}-fails-strict",
            ["validate", "--strict", "plan.yaml", *P],
            1,
            RLO_WARNING.format(level=""),
            files=_escaped(escape),
        )
        for name, escape in (
            ("as-u202e", "\\u202e"),
            ("as-U0000202E", "\\U0000202E"),
            ("as-u202E", "\\u202E"),
        )
    ),
    Case(
        "a-right-to-left-override-as-an-escape-is-a-warning",
        ["validate", "plan.yaml", *P],
        0,
        RLO_WARNING.format(level="warning: "),
        files=_escaped("\\u202e"),
    ),
    Case(
        "a-body-name-with-an-escaped-override-is-refused",
        ["validate", "plan.yaml", *P],
        1,
        "plan.yaml:325:11: bodies[11].name: holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible"
        " character; names must be plain text that readers can tell apart",
        files={"plan.yaml": PLAN_TEXT.replace("    name: Telge AB", '    name: "Telge \\u202eAB"')},
    ),
    Case(
        "an-empty-lock-from-a-power-cut-is-taken-over",
        [*SET, "--file", "f.yaml", *P],
        0,
        TAKEN_OVER,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": FOLLOWUP},
        setup=_lock("", age=60),  # type: ignore[arg-type]
        may_change=frozenset({"f.yaml", ".f.yaml.lock"}),
        check=_status_is_done,
    ),
    Case(
        "a-lock-of-a-dead-process-here-is-taken-over",
        [*SET, "--file", "f.yaml", *P],
        0,
        TAKEN_OVER,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": FOLLOWUP},
        setup=_lock(f"pid=4194303\nhost={socket.gethostname()}\n"),  # type: ignore[arg-type]
        may_change=frozenset({"f.yaml", ".f.yaml.lock"}),
        check=_status_is_done,
    ),
    Case(
        "an-hour-old-lock-from-another-computer-is-taken-over",
        [*SET, "--file", "f.yaml", *P],
        0,
        TAKEN_OVER,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": FOLLOWUP},
        setup=_lock("pid=12\nhost=another-computer\n", age=3600),  # type: ignore[arg-type]
        may_change=frozenset({"f.yaml", ".f.yaml.lock"}),
        check=_status_is_done,
    ),
    Case(
        "a-symlink-is-edited-under-its-target's-lock",
        [*SET, "--file", "aktuell.yaml", *P],
        0,
        TAKEN_OVER,
        files={"plan.yaml": PLAN_TEXT, "f.yaml": FOLLOWUP},
        setup=steps(symlink("aktuell.yaml", "f.yaml"), _lock("", age=60)),  # type: ignore[arg-type]
        may_change=frozenset({"f.yaml", ".f.yaml.lock"}),
        check=_status_is_done,
    ),
    Case(
        "a-named-pipe-as-the-plan",
        ["actions", "--plan", "pipe.yaml"],
        1,
        f"pipe.yaml:1:1: {PIPE}",
        setup=_fifo("pipe.yaml"),  # type: ignore[arg-type]
        timeout=10,
    ),
    Case(
        "a-named-pipe-to-validate",
        ["validate", "pipe.yaml", *P],
        1,
        f"pipe.yaml:1:1: {PIPE}",
        files={"plan.yaml": PLAN_TEXT},
        setup=_fifo("pipe.yaml"),  # type: ignore[arg-type]
        timeout=10,
    ),
    Case(
        "a-named-pipe-as-the-follow-up-to-set",
        [*SET, "--file", "pipe.yaml", *P],
        1,
        f"pipe.yaml:1:1: {PIPE}",
        files={"plan.yaml": PLAN_TEXT},
        setup=_fifo("pipe.yaml"),  # type: ignore[arg-type]
        timeout=10,
    ),
    Case(
        "a-named-pipe-as-the-sheet-to-import",
        ["followup", "import", "pipe.csv", "--into", "f.yaml", *P],
        1,
        f"pipe.csv:1:1: {PIPE}",
        files={"plan.yaml": PLAN_TEXT, "f.yaml": FOLLOWUP},
        setup=_fifo("pipe.csv"),  # type: ignore[arg-type]
        timeout=10,
    ),
    *(
        Case(
            f"a-dangling-plan-yaml-is-no-fallback-for-{'-'.join(command[:2])}",
            command,
            1,
            DANGLING,
            setup=symlink("plan.yaml", "/unmounted/share/plan.yaml"),
        )
        for command in (
            ["actions"],
            ["checklist", "--board", "socialnamnden"],
            ["followup", "init", "--year", "2025"],
            ["boards"],
        )
    ),
    Case(
        "a-dangling-valdplan-plan-is-no-fallback",
        ["actions"],
        1,
        DANGLING.replace("{tmp}/", ""),
        setup=symlink("plan.yaml", "/unmounted/share/plan.yaml"),
        env={"VALDPLAN_PLAN": "plan.yaml"},
    ),
    Case(
        "the-embedded-plan-is-said",
        ["areas", "--format", "csv"],
        0,
        "note: no plan file (--plan, $VALDPLAN_PLAN, ./plan.yaml); using the plan embedded in"
        " valdplan",
    ),
    Case(
        "validate-a-file-name-that-is-not-utf-8",
        ["validate", LATIN1, *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, LATIN1: FOLLOWUP},
    ),
    Case(
        "a-missing-plan-whose-name-is-not-utf-8",
        ["actions", "--plan", "pl\udce5n.yaml"],
        1,
        "pl\\xe5n.yaml:1:1: no such file",
    ),
    Case(
        "set-in-a-file-whose-name-is-not-utf-8",
        [*SET, "--file", LATIN1, *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, LATIN1: FOLLOWUP},
        may_change=frozenset({LATIN1}),
    ),
    Case(
        "checklist-to-a-name-that-is-not-utf-8",
        ["checklist", "--board", "socialnamnden", "-o", "lista-\udcf6.md", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        may_change=frozenset({"lista-\udcf6.md"}),
    ),
    Case(
        "init-to-a-name-that-is-not-utf-8",
        ["followup", "init", "--year", "2025", "-o", LATIN1, *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        may_change=frozenset({LATIN1}),
    ),
    Case(
        "sarif-for-a-name-that-is-not-utf-8",
        ["validate", "--format", "sarif", LATIN1, *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT, LATIN1: FOLLOWUP},
    ),
    Case(
        "diff-to-a-read-only-annex-is-trouble-not-a-difference",
        ["diff", "plan.yaml", "new.yaml", "-o", "bilaga.md", "--force"],
        2,
        "error: bilaga.md is read-only; make it writable (chmod u+w) if it should be changed",
        files={
            "plan.yaml": PLAN_TEXT,
            "new.yaml": PLAN_TEXT.replace('      - id: "5:9"', '      - id: "5:10"'),
            "bilaga.md": "earlier annex\n",
        },
        setup=chmod("bilaga.md", 0o444),
    ),
    Case(
        "junk-in-the-templates-folder-is-never-read",
        ["checklist", "--board", "socialnamnden", "-o", "lista.md", *P],
        0,
        None,
        files={"plan.yaml": PLAN_TEXT},
        setup=_templates_junk,
        may_change=frozenset({"lista.md"}),
        check=_checklist_heading,  # type: ignore[arg-type]
    ),
    Case(
        "a-template-that-is-a-named-pipe-is-refused-at-once",
        ["checklist", "--board", "socialnamnden", "-o", "lista.md", *P],
        1,
        NOT_A_TEMPLATE.format(why="not a regular file, or over 10 MB"),
        files={"plan.yaml": PLAN_TEXT},
        setup=_template(os.mkfifo),  # type: ignore[arg-type]
    ),
    Case(
        "a-template-over-the-size-cap-is-refused-unread",
        ["checklist", "--board", "socialnamnden", "-o", "lista.md", *P],
        1,
        NOT_A_TEMPLATE.format(why="not a regular file, or over 10 MB"),
        files={"plan.yaml": PLAN_TEXT},
        setup=_template(_sparse(MAX_TEMPLATE_BYTES + 1)),  # type: ignore[arg-type]
    ),
    Case(
        "a-template-that-is-a-link-to-nowhere-is-named",
        ["checklist", "--board", "socialnamnden", "-o", "lista.md", *P],
        1,
        "error: templates/checklist.md.j2: cannot read the template: no such file or folder",
        files={"plan.yaml": PLAN_TEXT},
        setup=_template(lambda path: path.symlink_to("/nonexistent/checklist.md.j2")),  # type: ignore[arg-type]
    ),
    Case(
        "a-template-that-is-not-utf8-is-refused",
        ["checklist", "--board", "socialnamnden", "-o", "lista.md", *P],
        1,
        NOT_A_TEMPLATE.format(why="not valid UTF-8"),
        files={"plan.yaml": PLAN_TEXT, "templates/checklist.md.j2": b"# Checklista f\xf6r\n"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_trust(case: Case, tmp_path: Path) -> None:
    run_case(case, tmp_path)
