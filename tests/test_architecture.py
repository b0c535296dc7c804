"""The package's shape: no import cycles, no submodule importing the package root, small
modules that say what they are for, and an entry point that knows where each command is."""

from __future__ import annotations

import ast
import subprocess
import sys

import grimp

from conftest import ROOT
from valdplan.cli.main import COMMAND_MODULES, full_app

SOURCE = ROOT / "src" / "valdplan"
MODULES = sorted(SOURCE.rglob("*.py"))


def strongly_connected(graph: grimp.ImportGraph) -> list[list[str]]:
    """Tarjan's algorithm over the module graph, iteratively; components of two or more
    modules are import cycles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


def test_the_import_graph_has_no_cycles() -> None:
    # grimp sees every import statement, those inside functions and under TYPE_CHECKING too.
    graph = grimp.build_graph("valdplan")
    assert len(graph.modules) == len(MODULES)
    assert strongly_connected(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "b", "c"):
        graph.add_module(module)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="c")
    graph.add_import(importer="c", imported="a")
    assert strongly_connected(graph) == [["a", "b", "c"]]


def test_no_submodule_imports_the_package_root() -> None:
    graph = grimp.build_graph("valdplan")
    assert graph.find_modules_that_directly_import("valdplan") == set()


def test_no_module_is_over_400_lines_and_each_says_its_job() -> None:
    for path in MODULES:
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(SOURCE)
        assert text.count("\n") <= 400, f"{name} has {text.count(chr(10))} lines"
        assert ast.get_docstring(ast.parse(text)), f"{name} has no module docstring"


def test_the_entry_point_knows_where_every_command_is() -> None:
    app = full_app()
    names = {
        info.name or info.callback.__name__.replace("_", "-")  # type: ignore[union-attr]
        for info in app.registered_commands
    } | {group.name for group in app.registered_groups}
    assert names == set(COMMAND_MODULES)


def test_the_public_api_and_python_m_work() -> None:
    code = (
        "from valdplan import FileProblems, ValdplanError, load_plan, select_actions\n"
        "plan = load_plan()\n"
        "selection = select_actions(plan, body='socialnamnden', level='selektiv')\n"
        "print([action.id for _, action in selection.items])\n"
        "assert issubclass(FileProblems, ValdplanError)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    assert result.stdout == "['2:1', '2:2', '3:1', '3:4', '4:6', '5:4']\n"
    result = subprocess.run(
        [sys.executable, "-m", "valdplan", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("valdplan ")


def test_no_command_function_is_over_30_lines() -> None:
    # A command parses options, makes one library call and prints (docs/architecture.md).
    for path in sorted((SOURCE / "cli").glob("*_commands.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                assert length <= 30, f"{path.name}:{node.name} has {length} lines"
