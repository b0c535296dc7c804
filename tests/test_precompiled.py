"""The built-in templates compiled ahead of time: current, used, and still overridden by a
user's templates of the same name."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from conftest import PLAN_PATH
from valdplan.documents import precompiled
from valdplan.documents.environment import environment
from valdplan.files.shipped import builtin_template_dir, compiled_template_dir


def test_the_compiled_templates_are_current(tmp_path: Path) -> None:
    # Fails after a template in templates/ is edited: run python tools/compile_templates.py.
    expected = precompiled.compiled_files(environment(precompiled=False), tmp_path)
    written = {path.name: path.read_bytes() for path in compiled_template_dir().glob("*.*")}
    assert sorted(written) == sorted(expected)
    stale = [name for name, data in expected.items() if written[name] != data]
    assert stale == [], "compiled-templates/ is stale: python tools/compile_templates.py"
    templates = [p for p in builtin_template_dir().iterdir() if precompiled.is_template(p.name)]
    assert len(expected) == len(templates) + 1  # one module per template, and the stamp


def refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def compile_and_note(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        compiled.append(str(name))
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_and_note)
    return compiled


def test_a_first_build_compiles_no_template(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # A plan repository as a fresh machine has it: no templates/ folder beside the plan (in
    # this checkout, templates/ beside plan.yaml is a user folder to an installed valdplan).
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(PLAN_PATH.read_bytes())
    compiled = refuse_compiling(monkeypatch)
    result = run("build", str(tmp_path / "out"), "--plan", str(plan))
    assert result.exit_code == 0
    assert len(list((tmp_path / "out").iterdir())) == 47
    assert compiled == []


def test_a_users_template_still_overrides_a_compiled_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "_footer.html.j2").write_text("<p>our footer</p>\n", encoding="utf-8")
    compiled = refuse_compiling(monkeypatch)
    env = environment([tmp_path])
    assert env.get_template("_footer.html.j2").render() == "<p>our footer</p>\n"
    assert compiled == ["_footer.html.j2"]  # the user's, from source; the rest precompiled
    env.get_template("checklist.html.j2")  # includes _footer.html.j2
    assert compiled == ["_footer.html.j2"]


def test_stale_compiled_templates_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As after editing a built-in template without compiling it again.
    monkeypatch.setattr(precompiled, "stamp", lambda source, version: "another stamp")
    assert precompiled.compiled_loader() is None
    compiled = refuse_compiling(monkeypatch)
    environment().get_template("checklist.md.j2")
    assert compiled == ["checklist.md.j2"]
