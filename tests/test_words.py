"""typer's and click's own words in the user's language (cli/words.py), and a guard that
fails when a new typer changes what words.py relies on."""

from __future__ import annotations

import ast
from pathlib import Path

import typer.core
from typer._click import core as click_core
from typer._click import formatting

from valdplan.cli.words import TYPER_WORDS
from valdplan.messages import translation


def typer_gettext_words() -> set[str]:
    """Every literal typer.core passes to gettext's ``_``."""
    tree = ast.parse(Path(typer.core.__file__).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def test_every_word_typer_looks_up_is_in_the_catalogs() -> None:
    assert typer_gettext_words() <= set(TYPER_WORDS)
    swedish = translation("sv")
    assert [word for word in TYPER_WORDS if swedish.gettext(word) == word] == []


def test_what_words_py_replaces_still_exists_in_typer() -> None:
    assert callable(formatting.HelpFormatter.write_usage)
    assert callable(click_core.Command.get_help_option)
    for name in ("_rich_display_name", "_usage_display_name", "display_type_rich"):
        assert callable(getattr(typer.core.TyperArgument, name)), name
    assert hasattr(typer.core, "_")
    assert callable(typer.core.TyperGroup._click_resolve_command)
    # complete_forgivingly replaces this, because it drops what does not start with what
    # was typed; when typer stops filtering, words.complete_forgivingly can go.
    compat = Path(typer.core.__file__).read_text("utf-8")
    assert "def _typer_param_setup_autocompletion_compat(" in compat
    assert "if use_completion.value.startswith(incomplete):" in compat
    # usage.describe rewords click's extra-arguments message; it must still be this one.
    assert "Got unexpected extra argument(s) (" in Path(click_core.__file__).read_text("utf-8")


def test_help_in_swedish_has_swedish_frames(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--lang", "sv", "show", "--help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Användning: valdplan show [FLAGGOR] ID"
    assert "Argument:" in lines and "Flaggor:" in lines
    assert any(line.startswith("  ID  ") and line.endswith("[obligatorisk]") for line in lines)
    assert lines[-1] == "  -h, --help       Visa den här hjälpen och avsluta."


def test_arguments_show_no_python_types(run) -> None:  # type: ignore[no-untyped-def]
    for command in (["show"], ["diff"], ["fmt"], ["validate"], ["followup", "import"]):
        text = run(*command, "--help").stdout
        for python in ("<str>", "<path>", "<int", "list[", "{ID}", "{OLD}", "Path]"):
            assert python not in text, (command, python)
    assert run("fmt", "--help").stdout.splitlines()[0] == "Usage: valdplan fmt [OPTIONS] [FILE]..."
