"""The one Markdown escaper: every value a Markdown template writes goes through it (or is a
number, a symbol or an anchor valdplan makes, or a fixed label), and what it writes is inert
on GitHub's renderer whatever the text holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from valdplan.documents.environment import environment
from valdplan.documents.links import web_address
from valdplan.documents.markdown import escape_link_destination, escape_markdown, markdown_link

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
# The filters that escape (the join of a list mapped through "md" counts too).
ESCAPERS = {"md", "md_lines", "md_link", "md_url", "length"}
# Values that are never plan or follow-up text: counts, shares, years, figures valdplan
# formats, status symbols and the anchors and numbers it makes.
NOT_TEXT = {
    "year", "value", "area.trend.arrow", "status.symbol", "status.count", "group.number",
    "group.md_anchor", "item.md_anchor", "child.md_anchor", "c.responsible",
    "c.co_responsible", "row.total", "seg.share", "seg.count", "group.total", "cell.count",
}  # fmt: skip


def _dotted(node: object) -> str | None:
    from jinja2 import nodes

    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        inner = _dotted(node.node)
        return f"{inner}.{node.attr}" if inner else None
    return None


def _root(node: object) -> str | None:
    from jinja2 import nodes

    while isinstance(node, nodes.Getattr | nodes.Getitem):
        node = node.node
    return node.name if isinstance(node, nodes.Name) else None


def _inert(node: object, macros: set[str]) -> bool:
    from jinja2 import nodes

    if isinstance(node, nodes.Filter):
        if node.name in ESCAPERS:
            return True
        mapped = node.node
        return (
            node.name == "join"
            and isinstance(mapped, nodes.Filter)
            and mapped.name == "map"
            and [arg.value for arg in mapped.args if isinstance(arg, nodes.Const)] == ["md"]
        )
    if isinstance(node, nodes.Call):
        return isinstance(node.node, nodes.Name) and node.node.name in macros
    if isinstance(node, nodes.CondExpr):
        return _inert(node.expr1, macros) and (node.expr2 is None or _inert(node.expr2, macros))
    if isinstance(node, nodes.Or):
        return _inert(node.left, macros) and _inert(node.right, macros)
    if isinstance(node, nodes.Const):
        return True
    return _root(node) == "labels" or _dotted(node) in NOT_TEXT


@pytest.mark.parametrize("name", sorted(path.name for path in TEMPLATES.glob("*.md.j2")))
def test_every_value_of_a_markdown_template_goes_through_the_escaper(name: str) -> None:
    from jinja2 import nodes

    env = environment(precompiled=False)
    tree = env.parse((TEMPLATES / name).read_text(encoding="utf-8"))
    macros = {macro.name for macro in tree.find_all(nodes.Macro)}
    raw = [
        child
        for output in tree.find_all(nodes.Output)
        for child in output.nodes
        if not isinstance(child, nodes.TemplateData) and not _inert(child, macros)
    ]
    assert not raw, [f"line {node.lineno}: {node}" for node in raw]


HOSTILE = "[Logga in här](https://evil.example/login) <img src=x onerror=alert(1)>\n# Falsk rubrik"


def github(text: str) -> str:
    """What GitHub's renderer makes of ``text``, raw HTML let through so that any would show."""
    import cmarkgfm
    from cmarkgfm.cmark import Options

    return cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)


def assert_inert(html: str) -> None:
    """Nothing of ``HOSTILE`` became a link, a picture, a heading or a quote."""
    assert "evil.example" not in "".join(html.split("href=")[1:]).split(">")[0]
    assert 'href="https://evil' not in html
    assert "<img" not in html and "<h1>Falsk" not in html and "<blockquote>" not in html
    assert "Falsk rubrik" in html and "Logga in här" in html


TABLE_ROW = "| a | b |\n| --- | --- |\n| "


@pytest.mark.parametrize("start", ["", "- ", "  - ", "# ", "1. ", "**x** ", TABLE_ROW])
def test_hostile_text_is_inert_wherever_a_line_starts_with_it(start: str) -> None:
    html = github(f"{start}{escape_markdown(HOSTILE)}\n")
    assert_inert(html)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("https://example.org/a.pdf", "https://example.org/a.pdf"),
        ("  HTTPS://example.org/a.pdf \n", "HTTPS://example.org/a.pdf"),
        ("mailto:registrator@example.org", "mailto:registrator@example.org"),
        ("https://example.org/a\n\n> citat", None),
        ("https://example.org/a b", None),
        ("https://example.org/a>b", None),
        ("https://example.org/\u202efdp.exe", None),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("Protokoll SN 2025-11-30 § 112", None),
        ("https://", None),
        ("mailto:", None),
    ],
)
def test_only_one_line_of_an_http_or_mailto_address_is_a_link(
    text: str, address: str | None
) -> None:
    assert web_address(text) == address


def test_a_link_destination_cannot_be_ended_or_broken() -> None:
    assert escape_link_destination("a<b>c\\d e\nf") == "a%3Cb%3Ec%5Cd%20e%0Af"
    assert markdown_link("[x](y)", "https://example.org/a>b") == (
        "[\\[x\\](y)](<https://example.org/a%3Eb>)"
    )
    assert markdown_link("[x](y)", None) == "\\[x\\](y)"
