"""One language, one voice: what the command line says is all Swedish or all English (the
plan's own text apart), every command and option has help in both, and the same forgiving
reading of choices everywhere."""

from __future__ import annotations

import re
from functools import cache

import pytest
from babel.messages.pofile import read_po

from conftest import PLAN_PATH
from valdplan.messages import LOCALES

P = ("--plan", str(PLAN_PATH))
LOCALE = {"sv": "sv_SE.UTF-8", "en": "en_US.UTF-8"}
WORD = re.compile(r"[^\W\d_]{2,}")
# Words that are the same in both languages or are names of things, not words of either.
NEUTRAL = {
    "valdplan", "plan", "yaml", "json", "csv", "md", "html", "xlsx", "docx", "sarif", "github",
    "id", "ids", "sv", "en", "format", "text", "status",
}  # fmt: skip
COMMAND_NAMES = (
    "validate|actions|show|boards|areas|checklist|build|followup|init|set|merge|report|export"
    "|import|diff|fmt|schema|indicators|fetch|search"
)
# "valdplan followup import": command names are names in both languages.
COMMAND_REFERENCE = re.compile(
    rf"\bvaldplan(?: (?:{COMMAND_NAMES})\b)*|^  (?:{COMMAND_NAMES}) ", re.M
)
# The acceptance commands; boards as a terminal shows it.
COMMANDS = (
    ("show", "2:2"),
    ("actions", "--help"),
    ("actions", "--board", "Socialnamnd"),
    ("boards", "--format", "table"),
)


@cache
def vocabulary(language: str) -> frozenset[str]:
    """The words of valdplan's messages in ``language`` (msgids for English)."""
    with (LOCALES / "sv" / "LC_MESSAGES" / "valdplan.po").open("rb") as handle:
        catalog = read_po(handle, locale="sv")
    texts: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        if language == "en":
            texts += list(message.id) if isinstance(message.id, tuple) else [message.id]
        else:
            texts += list(message.string) if isinstance(message.string, tuple) else [message.string]
    # Drop placeholders ({file}) and option names (--board), which are not words.
    cleaned = [
        COMMAND_REFERENCE.sub(" ", re.sub(r"\{[^{}]*\}|--[a-z-]+|\$[A-Z_]+", " ", text))
        for text in texts
    ]
    return frozenset(word.casefold() for text in cleaned for word in WORD.findall(text))


@cache
def plan_strings() -> tuple[str, ...]:
    """What the plan says that a command may print, longest first."""
    from valdplan.plan.loader import load_plan

    plan = load_plan(PLAN_PATH)
    found = {level.name for level in plan.levels}
    found |= {body.name for body in plan.bodies}
    for kind in plan.body_kinds:
        found |= {kind.name, kind.plural or "", kind.name_en or "", kind.plural_en or ""}
    for area in plan.focus_areas:
        found.add(area.title)
        for action in area.actions:
            found |= {action.text, *action.examples}
    return tuple(sorted(found - {""}, key=len, reverse=True))


@cache
def field_names() -> frozenset[str]:
    """The keys of plan and follow-up files: names in files, the same in any language."""
    import json

    from valdplan.followup.models import FollowUp
    from valdplan.plan.models import Plan
    from valdplan.plan.schema import json_schema

    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for model in (Plan, FollowUp):
        walk(json.loads(json_schema(model)))
    # The spreadsheet's column headings are a file format's too (fixed, in Swedish).
    from valdplan.followup.spreadsheet import HEADERS

    found |= {word for heading in HEADERS for word in WORD.findall(heading)}
    return frozenset(name.casefold() for key in found for name in key.split("_"))


def foreign_words(text: str, language: str, keys: bool = False) -> list[str]:
    """Words of ``text`` that only the other language has, the plan's own text set aside
    (and with ``keys``, the keys of plan and follow-up files that messages quote)."""
    for string in plan_strings():
        text = re.sub(rf"(?<!\w){re.escape(string)}(?!\w)", " ", text)
    # Option names, variables and paths are not words of either language.
    text = re.sub(r"--?[a-z][a-z-]*|\$[A-Z_]+|\S*/\S*", " ", COMMAND_REFERENCE.sub(" ", text))
    other = "en" if language == "sv" else "sv"
    only_other = vocabulary(other) - vocabulary(language) - NEUTRAL
    if keys:
        # What a message quotes is the user's input or a value of a file, not our words.
        text = re.sub(r"'[^'\n]*'|\S+\.(?:xlsx|csv|yaml)\b", " ", text)
        only_other -= field_names() | set(COMMAND_NAMES.split("|"))
    return [word for word in WORD.findall(text) if word.casefold() in only_other]


def run_in(run, monkeypatch, language: str, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LC_ALL", LOCALE[language])
    monkeypatch.setenv("COLUMNS", "200")
    return run(*args, *P)


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_one_language_per_run(run, monkeypatch, language: str, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run_in(run, monkeypatch, language, *args)
    said = result.stdout + result.stderr
    assert said.strip()
    assert foreign_words(said, language) == []


def test_the_word_lists_tell_the_languages_apart() -> None:
    # The check above is only as good as its vocabularies: each must catch the other.
    assert foreign_words("Åtgärd 2:2 Fokusområde Organ: ansvarig", "en") == [
        "Åtgärd",
        "Fokusområde",
        "Organ",
        "ansvarig",
    ]
    assert foreign_words("Action 2:2 Focus area Examples: responsible Usage", "sv") == [
        "Action",
        "Focus",
        "area",
        "Examples",
        "responsible",
        "Usage",
    ]


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("show", ("show", "2:2")),
        ("table", ("boards", "--format", "table")),
        ("error", ("actions", "--board", "Socialnamnd")),
        ("help", ("actions", "--help")),
    ],
)
def test_golden_in_both_languages(
    run, monkeypatch, golden, language: str, name: str, args: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "120")
    result = run("--lang", language, *args, *P)
    golden(f"{language}/{name}.txt", f"exit {result.exit_code}\n{result.stdout}{result.stderr}")


def command_tree(language: str) -> dict[tuple[str, ...], object]:
    """Every command of valdplan by its path, built and translated as a run in ``language``."""
    import typer.main

    from valdplan.cli.main import full_app
    from valdplan.cli.words import teach_typer, translate_tree
    from valdplan.messages import use_language

    use_language(language)
    teach_typer()
    root = typer.main.get_command(full_app())
    translate_tree(root)
    found: dict[tuple[str, ...], object] = {}

    def walk(command: object, path: tuple[str, ...]) -> None:
        found[path] = command
        for name, child in getattr(command, "commands", {}).items():
            walk(child, (*path, name))

    walk(root, ())
    return found


def helps(language: str) -> dict[tuple[str, ...], str]:
    """The help of every command and every parameter, options and arguments alike."""
    from typer._click import Context

    found: dict[tuple[str, ...], str] = {}
    for path, command in command_tree(language).items():
        found[(*path, "")] = str(getattr(command, "help", None) or "")
        for param in command.get_params(Context(command)):  # type: ignore[attr-defined]
            found[(*path, str(param.name))] = str(getattr(param, "help", None) or "")
    return found


def test_every_command_and_option_has_help_in_both_languages() -> None:
    english, swedish = helps("en"), helps("sv")
    assert english.keys() == swedish.keys()
    assert len(english) > 120
    assert [key for key, text in english.items() if not text.strip()] == []
    assert [key for key, text in swedish.items() if not text.strip()] == []
    # Swedish help is Swedish: translated, not the English msgid left as it was.
    assert [key for key in english if english[key] == swedish[key]] == []
    assert [key for key, text in swedish.items() if foreign_words(text, "sv")] == []


def test_metavars_are_one_style() -> None:
    metavars = set()
    for command in command_tree("en").values():
        for param in getattr(command, "params", ()):
            if param.metavar:
                metavars.add(param.metavar)
    assert metavars == {
        "ADDRESS", "BODY", "DATE", "DIR", "FILE", "FORGE", "FORMAT", "FORMATS", "GOAL", "ID",
        "KIND", "LANG", "LEVEL", "NAME", "NEW", "NUMBER", "OLD", "PART", "ROLE", "SHEET",
        "STATUS", "TEXT", "YEAR", "YEARS",
    }  # fmt: skip


LEAKS = re.compile(
    r"Input should be|Value error|validation error|Traceback|Invalid value|Error:|"
    r"'--[a-z-]+' / '-|<class|NoneType|PosixPath|\b(?:int|str|float|bool|Path)\b|"
    r"\b(?:list|dict|tuple)\[|Usage:|Användning:"
)
USAGE_LINE = re.compile(r"^(?:error|fel): \S|^(?:Try|Skriv) 'valdplan [a-z -]*--help' f")
FILE_LINE = re.compile(r"^.+:\d+:\d+: \S")


def bad_invocations() -> list[tuple[str, ...]]:
    """Wrong command lines for every command: each option with a wrong value and with none,
    an unknown option, missing and extra arguments, a misspelt command."""
    cases: list[tuple[str, ...]] = [("shwo",), ("followup", "exprot"), ("--nope",)]
    for path, command in command_tree("en").items():
        if getattr(command, "commands", None):
            continue
        cases += [(*path, "--nope"), (*path, "x", "y", "z", "w", "v")]
        for param in getattr(command, "params", ()):
            if getattr(param, "param_type_name", "") != "option" or param.is_flag:
                continue
            name = max(param.opts, key=len)
            cases += [(*path, name, "zz-wrong"), (*path, name, "0"), (*path, name)]
    return cases


BAD = bad_invocations()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_error_speaks_in_pydantic_or_click_words(
    run, tmp_path, monkeypatch, language: str
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    # A copy of the plan: some wrong command lines still run (fmt formats the plan).
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(PLAN_PATH.read_bytes())
    (tmp_path / "f.yaml").write_text("plan: [1\n", encoding="utf-8")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    (tmp_path / "rows.csv").write_text(
        "Åtgärd,Organ-id,Status\n9:9,nobody,klar\n", encoding="utf-8"
    )
    said: list[tuple[tuple[str, ...], str]] = []
    files = [
        ("validate", str(bad))
        for bad in sorted((PLAN_PATH.parent / "tests/data/bad").glob("*.yaml"))
    ]
    files += [
        ("validate", "f.yaml"),
        ("validate", "sheet.xlsx"),
        ("followup", "import", "rows.csv", "--into", "f.yaml"),
        ("followup", "import", "sheet.xlsx", "--into", "f.yaml"),
        ("followup", "set", "9:9", "--board", "x", "--status", "klar", "--file", "f.yaml"),
        ("show", "1:7"),
        ("actions", "--board", "Telge"),
        ("actions", "--level", "ingen"),
        ("checklist", "-o", "/dev/null/x.md"),
        ("diff", "f.yaml", "nothing.yaml"),
    ]
    for args in [*BAD, *files]:
        result = run("--lang", language, *args, "--plan", str(plan))
        if result.exit_code == 0:
            continue
        assert result.exit_code in (1, 2), (args, result.exit_code, result.stderr)
        said.append((args, result.stderr))
    assert len(said) > 250
    leaks = [(args, text) for args, text in said if LEAKS.search(text)]
    assert leaks == []
    shapes = [
        (args, line)
        for args, text in said
        for line in text.splitlines()
        if not (USAGE_LINE.match(line) or FILE_LINE.match(line))
    ]
    assert shapes == []
    assert [(args, text) for args, text in said if foreign_words(text, language, keys=True)] == []


@pytest.mark.parametrize(
    ("text", "swedish", "english"),
    [
        (
            "a: [\n",
            "2:1: YAML-syntaxfel: hittade inte väntat innehåll (i ett värde inom [] eller {})",
            "2:1: YAML syntax error: did not find expected node content"
            " (while parsing a flow node)",
        ),
        (
            "%YAML 9.9\n---\na: 1\n",
            "1:1: YAML-syntaxfel: hittade ett YAML-dokument av en version som inte stöds",
            "1:1: YAML syntax error: found incompatible YAML document",
        ),
        (
            # ruamel's own context for this one has no Swedish words: it is left out there.
            'a: "\\q"\n',
            "1:5: YAML-syntaxfel: hittade en okänd escape-sekvens",
            "1:5: YAML syntax error: found unknown escape character"
            " (while parsing a quoted scalar)",
        ),
    ],
)
def test_yaml_syntax_errors_in_either_language(  # type: ignore[no-untyped-def]
    run, tmp_path, text: str, swedish: str, english: str
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    for language, expected in (("sv", swedish), ("en", english)):
        result = run("validate", str(path), "--lang", language)
        assert result.exit_code == 1
        assert result.stderr == f"{path}:{expected}\n"


def test_validate_points_a_spreadsheet_to_followup_import(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "uppfoljning.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    result = run("validate", str(sheet), "--lang", "sv")
    assert result.exit_code == 1
    assert result.stderr == (
        f"{sheet}:1:1: det här är ett kalkylark, inte en plan- eller uppföljningsfil; läs in"
        f" det i en uppföljning med valdplan followup import {sheet} --into FIL\n"
    )
    # A spreadsheet's name that is not there is simply a missing file.
    missing = run("validate", str(tmp_path / "saknas.xlsx"), "--lang", "en")
    assert missing.stderr == f"{tmp_path / 'saknas.xlsx'}:1:1: no such file\n"


def test_a_language_valdplan_does_not_speak_is_named_and_passed_over(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VALDPLAN_LANG", "fi")
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = run("areas", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == (
        "obs: VALDPLAN_LANG=fi är inte ett språk som valdplan talar (sv eller en);"
        " det används inte\n"
    )
