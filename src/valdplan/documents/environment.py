"""The one Jinja environment and the one way text is made from a template.

User template folders come first (``--templates``, then ``templates/`` beside the plan),
then the built-in templates (compiled ahead of time, ``documents.precompiled``); every
template whose name contains ``.html`` is autoescaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TemplateProblem, reason
from ..files.reading import MAX_TEMPLATE_BYTES
from ..files.shipped import TEMPLATE_DIR_NAME, builtin_template_dir
from .bidi import isolate_html

if TYPE_CHECKING:
    import jinja2


def _is_html(name: str | None) -> bool:
    # select_autoescape(["html"]) would miss "checklist.html.j2".
    return name is not None and ".html" in name


def environment(overrides: Sequence[Path] = (), precompiled: bool = True) -> jinja2.Environment:
    """The one Jinja environment: user template folders first, then the built-in templates,
    compiled ahead of time unless ``precompiled`` is False (``documents.precompiled``)."""
    import jinja2
    from markupsafe import escape

    from .bidi import isolate_plain_html
    from .css import css_counter_content, css_string
    from .markdown import (
        escape_link_destination,
        escape_markdown,
        escape_markdown_lines,
        markdown_link,
    )
    from .precompiled import compiled_loader

    builtin = builtin_template_dir()
    # In a checkout the plan's templates/ is the built-in folder itself: not an override.
    loaders: list[jinja2.BaseLoader] = [
        _template_folder_loader(folder)
        for folder in overrides
        if folder.is_dir() and not _same_folder(folder, builtin)
    ]
    compiled = compiled_loader() if precompiled else None
    if compiled is not None:
        loaders.append(compiled)
    # Behind the compiled ones, for a template they do not hold (and for template_folders).
    loaders.append(jinja2.FileSystemLoader(str(builtin)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_is_html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=jinja2.pass_eval_context(_isolated),
    )
    # Text-only places (``<title>``) isolate with characters; addresses are not isolated.
    env.filters["isolate"] = isolate_plain_html
    env.filters["href"] = escape
    env.filters["md"] = escape_markdown
    env.filters["md_lines"] = escape_markdown_lines
    env.filters["md_link"] = markdown_link
    env.filters["md_url"] = escape_link_destination
    env.filters["css_string"] = css_string
    env.filters["css_counter"] = css_counter_content
    env.filters["plan_text"] = jinja2.pass_context(_plan_text)
    return env


def _template_folder_loader(folder: Path) -> jinja2.BaseLoader:
    """A user's template folder, read by name: a template there that is not a regular file,
    larger than ``MAX_TEMPLATE_BYTES`` or unreadable is a template problem naming it, not a
    wait on a pipe, a read of an archive into memory or a crash."""
    import os

    import jinja2

    from ..files.reading import read_template_file
    from ..messages import _

    class TemplateFolderLoader(jinja2.FileSystemLoader):
        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            path = folder.joinpath(*jinja2.loaders.split_template_path(template))
            if not path.exists() and not path.is_symlink():
                raise jinja2.TemplateNotFound(template)
            data = read_template_file(path)
            if isinstance(data, OSError):
                message = _("{path}: cannot read the template: {reason}")
                raise TemplateProblem(message.format(path=path, reason=reason(data)))
            if data is None:
                message = _("{path}: not a template (not a regular file, or over {limit} MB)")
                limit = MAX_TEMPLATE_BYTES // 1_000_000
                raise TemplateProblem(message.format(path=path, limit=limit))
            try:
                changed = os.path.getmtime(path)
            except OSError:
                changed = None

            def unchanged() -> bool:
                try:
                    return os.path.getmtime(path) == changed
                except OSError:
                    return False

            try:
                text = data.decode(self.encoding)
            except UnicodeDecodeError:
                message = _("{path}: not a template (not valid UTF-8)")
                raise TemplateProblem(message.format(path=path)) from None
            return text, str(path), unchanged

    return TemplateFolderLoader(str(folder))


def _isolated(eval_context: jinja2.nodes.EvalContext, value: Any) -> Any:
    """Every value an HTML template writes, text with right-to-left letters or bidi controls
    in ``<bdi>`` (``bidi.isolate_html``); Markdown templates isolate in their escaper."""
    return isolate_html(value) if eval_context.autoescape else value


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def _plan_text(context: Any, value: Any) -> Any:
    """Plan text in an HTML page whose fixed words are in another language, marked with the
    plan's language (``<span lang="sv">``) so that a screen reader pronounces it right;
    unchanged when the page is in the plan's language."""
    from markupsafe import Markup

    language, page = context.get("plan_language"), context.get("lang")
    if not language or language == page:
        return value
    return Markup('<span lang="{}">{}</span>').format(language, isolate_html(value))


def word_environment() -> jinja2.Environment:
    """The Jinja environment for Word templates (docxtpl renders the XML inside a .docx with
    it): undefined variables are errors and everything is escaped, as in the HTML ones."""
    import jinja2

    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


def render(env: jinja2.Environment, template: str, context: dict[str, Any]) -> str:
    """Render ``template`` with ``context``; template problems become ``TemplateProblem``."""
    import jinja2

    try:
        return env.get_template(template).render(context)
    except jinja2.TemplateNotFound as err:
        raise TemplateProblem(f"template not found: {err.name}") from None
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(f"{err.filename or err.name}:{err.lineno}: {err.message}") from None
    except jinja2.UndefinedError as err:
        raise TemplateProblem(f"template {template}: {err.message}") from None


def template_overrides(plan_path: Path, templates: Path | None) -> list[Path]:
    """User template folders in lookup order: ``--templates``, then ``templates/`` beside the
    plan. The built-in templates come after them."""
    folders = [templates] if templates is not None else []
    folders.append(plan_path.parent / TEMPLATE_DIR_NAME)
    return folders


def template_folders(env: jinja2.Environment) -> list[Path]:
    """The folders ``env`` looks templates up in, in lookup order (the user's folders that
    exist, then the built-in one), so that Word templates are found where Jinja ones are."""
    import jinja2

    loader = env.loader
    loaders = loader.loaders if isinstance(loader, jinja2.ChoiceLoader) else [loader]
    folders: list[Path] = []
    for one in loaders:
        if isinstance(one, jinja2.FileSystemLoader):
            folders += [Path(path) for path in one.searchpath]
    return folders
