"""Compile the built-in templates to Python into compiled-templates/ (committed, shipped in
the wheel), so that valdplan never compiles them at run time; run it after editing a
template in templates/ (tests/test_precompiled.py fails until you do).

    python tools/compile_templates.py
"""

from __future__ import annotations

import argparse

from valdplan.documents.environment import environment
from valdplan.documents.precompiled import write_compiled
from valdplan.files.shipped import compiled_template_dir


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    target = compiled_template_dir()
    names = write_compiled(environment(precompiled=False), target)
    print(f"{len(names)} files in {target}")


if __name__ == "__main__":
    main()
