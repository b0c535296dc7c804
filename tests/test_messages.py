"""Which language the command line speaks: --lang, $VALDPLAN_LANG, then the locale variables
in gettext's order, else English; whether or not the machine has that locale installed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import PLAN_PATH
from valdplan.messages import choose_language, language_code, language_from_arguments


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("sv", "sv"),
        ("SV", "sv"),
        ("sv_SE.UTF-8", "sv"),
        ("sv_FI@euro", "sv"),
        ("sv-SE", "sv"),
        ("svenska", "sv"),
        ("en_GB.UTF-8", "en"),
        ("EN", "en"),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("de_DE.UTF-8", None),
        ("", None),
    ],
)
def test_language_code(value: str, code: str | None) -> None:
    assert language_code(value) == code


@pytest.mark.parametrize(
    ("option", "environ", "chosen"),
    [
        (None, {}, "en"),
        ("sv", {"VALDPLAN_LANG": "en", "LC_ALL": "en_US.UTF-8"}, "sv"),
        (None, {"VALDPLAN_LANG": "sv", "LC_ALL": "en_US.UTF-8"}, "sv"),
        (None, {"LANGUAGE": "sv:en", "LC_ALL": "en_US.UTF-8"}, "sv"),
        (None, {"LANGUAGE": "de:sv", "LANG": "en_US.UTF-8"}, "sv"),
        (None, {"LC_ALL": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        (None, {"LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        (None, {"LANG": "sv_SE.UTF-8"}, "sv"),
        # The first variable that is set decides, as gettext does: C means English.
        (None, {"LC_ALL": "C", "LANG": "sv_SE.UTF-8"}, "en"),
        (None, {"LC_ALL": "de_DE.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
        # A --lang or $VALDPLAN_LANG valdplan does not speak is passed over.
        ("de", {"LANG": "sv_SE.UTF-8"}, "sv"),
        (None, {"VALDPLAN_LANG": "fi", "LANG": "sv_SE.UTF-8"}, "sv"),
    ],
)
def test_choose_language(option: str | None, environ: dict[str, str], chosen: str) -> None:
    assert choose_language(option, environ) == chosen


def test_the_last_lang_wins_wherever_it_stands() -> None:
    assert language_from_arguments(["--lang", "sv", "show", "2:2"]) == "sv"
    assert language_from_arguments(["--lang", "sv", "show", "--lang=en", "2:2"]) == "en"
    assert language_from_arguments(["show", "--", "--lang", "sv"]) is None
    assert language_from_arguments(["show", "--lang"]) is None


def run_with(environ: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    return subprocess.run(
        [sys.executable, "-m", "valdplan", *args, "--plan", str(PLAN_PATH)],
        capture_output=True,
        text=True,
        env={**clean, **environ},
        check=False,
    )


def test_a_swedish_locale_that_is_not_installed_still_gives_swedish() -> None:
    # sv_XX does not exist on any machine; valdplan reads the variable and ships its catalog.
    result = run_with({"LC_ALL": "sv_XX.UTF-8"}, "show", "2:2")
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "Åtgärd 2:2")
    result = run_with({"LANG": "en_US.UTF-8", "VALDPLAN_LANG": "sv"}, "areas", "--format", "md")
    assert result.stdout.splitlines()[0] == "| Nummer | Rubrik | Åtgärder |"


def test_machine_formats_do_not_change_with_the_language() -> None:
    swedish = run_with({"LC_ALL": "sv_SE.UTF-8"}, "actions", "--format", "json")
    english = run_with({"LC_ALL": "en_US.UTF-8"}, "actions", "--format", "json")
    assert swedish.stdout == english.stdout
    swedish = run_with({"LC_ALL": "sv_SE.UTF-8"}, "boards", "--format", "csv")
    english = run_with({"LC_ALL": "en_US.UTF-8"}, "boards", "--format", "csv")
    assert swedish.stdout == english.stdout
    assert swedish.stdout.splitlines()[0] == "id,name,kind,responsible,co_responsible"


def test_a_language_valdplan_does_not_speak_is_refused_in_one_it_does() -> None:
    assert language_from_arguments(["--lang", "sv", "show", "--lang", "de"]) == "sv"
    assert language_from_arguments(["show", "--lang", "de"]) == "de"
