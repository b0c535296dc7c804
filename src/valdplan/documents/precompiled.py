"""The built-in templates compiled to Python ahead of time, so that no run compiles them.

Compiling a Jinja template (lexing, parsing, generating Python) costs more than rendering
it; a first build compiles sixteen. ``write_compiled`` compiles the built-in templates with
the one environment (``Environment.compile_templates``) into ``compiled-templates/``, which
is committed and shipped in the wheel, where pip compiles it to bytecode as it installs.
``compiled_loader`` loads them (Jinja's ``ModuleLoader``) behind the user's template
folders, so a user's template still overrides a built-in one by file name. The folder's
stamp names the Jinja version and a digest of the sources it was compiled from; when either
differs (a template edited, Jinja upgraded), the built-in templates are compiled from source
as before, and ``tests/test_precompiled.py`` says the folder must be written again:
``python tools/compile_templates.py``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..files.shipped import builtin_template_dir, compiled_template_dir

if TYPE_CHECKING:
    import jinja2

STAMP_NAME = "stamp.json"
# What the built-in folder holds that Jinja renders (the Word templates are docxtpl's).
TEMPLATE_SUFFIXES = (".j2", ".css")


def is_template(name: str) -> bool:
    """Whether the built-in file ``name`` is a Jinja template."""
    return name.endswith(TEMPLATE_SUFFIXES)


def stamp(source: Path, jinja_version: str) -> str:
    """The stamp of templates compiled from ``source`` by Jinja ``jinja_version``: the
    version and a SHA-256 over every template's name and bytes."""
    hasher = hashlib.sha256()
    for path in sorted(source.iterdir()):
        if path.is_file() and is_template(path.name):
            for part in (path.name.encode("utf-8"), path.read_bytes()):
                hasher.update(len(part).to_bytes(8, "big") + part)
    stamped = {"jinja2": jinja_version, "templates": hasher.hexdigest()}
    return json.dumps(stamped, indent=2) + "\n"


def compiled_loader() -> jinja2.BaseLoader | None:
    """A loader of the compiled built-in templates, or None when they are missing or were
    not compiled from these templates by this Jinja."""
    import jinja2

    folder = compiled_template_dir()
    try:
        written = (folder / STAMP_NAME).read_text(encoding="utf-8")
    except OSError:
        return None
    if written != stamp(builtin_template_dir(), jinja2.__version__):
        return None
    return jinja2.ModuleLoader(str(folder))


def compiled_files(env: jinja2.Environment, scratch: Path) -> dict[str, bytes]:
    """Every built-in template of ``env`` compiled to Python (by file name, the stamp
    among them), compiled in ``scratch``."""
    import jinja2

    env.compile_templates(scratch, filter_func=is_template, zip=None, ignore_errors=False)
    files = {path.name: path.read_bytes() for path in sorted(scratch.iterdir())}
    files[STAMP_NAME] = stamp(builtin_template_dir(), jinja2.__version__).encode("utf-8")
    return files


def write_compiled(env: jinja2.Environment, target: Path) -> list[str]:
    """Write ``compiled_files`` into ``target`` and remove what it no longer holds; the
    names written."""
    import tempfile

    from ..files.writing import write_file

    with tempfile.TemporaryDirectory() as scratch:
        files = compiled_files(env, Path(scratch))
    target.mkdir(exist_ok=True)
    for path in target.iterdir():
        if path.is_file() and path.name not in files:
            path.unlink()
    for name, data in files.items():
        write_file(target / name, data)
    return sorted(files)
