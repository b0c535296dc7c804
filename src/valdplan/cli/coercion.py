"""Option values taken as typer takes them, without pydantic: a run that needs no models
does not import it.

typer 0.29 passes every parameter's value through a pydantic TypeAdapter, which it builds
when the parameter is first parsed, even for an option left out (whose value is None): a
minimal typer app imports pydantic for its --help option, and importing it and building the
adapters was a third of a cached query. valdplan's parameters are text, paths, lists of
them and flags; its own checks are callbacks (``cli/options.py``). For those,
``PlainCoercion`` gives what typer's adapters give (a value left out stays None or becomes
(), text stays text, a path becomes a ``Path`` checked by typer's own ``coerce_cli_path``, a
list becomes a list); any other annotation or value goes to typer's coercion unchanged.

typer has no public way to choose how a value is coerced, so ``coerce_without_pydantic``
replaces ``typer.core.build_runtime_param``; tests/test_coercion.py compares the results with
typer's for every kind of parameter valdplan declares and fails when a typer upgrade moves
or changes what is replaced.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, get_args, get_origin


class _Unhandled:
    """The value is not one of those coerced here."""


_UNHANDLED = _Unhandled()


class PlainCoercion:
    """typer's coercion of one parameter (``descriptor``) for text, paths and lists of them,
    typer's own (built by ``typer_build`` when first needed) for anything else."""

    def __init__(self, descriptor: Any, typer_build: Any) -> None:
        self.descriptor = descriptor
        self._typer_build = typer_build
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        plain = self._plain(value, param, ctx)
        if not isinstance(plain, _Unhandled):
            return plain
        if self._typer is None:
            self._typer = self._typer_build(self.descriptor)
        return self._typer.coerce(value, param=param, ctx=ctx)

    def _plain(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:  # typer's RuntimeParam.coerce, before any adapter
            return () if multiple else None
        info = self.descriptor.parameter_info
        if self.descriptor.file_annotation is not None or info.parser is not None:
            return _UNHANDLED
        if info.path_type is not None:
            return _UNHANDLED
        annotation = self.descriptor.annotation
        if not multiple:
            return self._item(value, annotation, param, ctx)
        if get_origin(annotation) is not list or not isinstance(value, list | tuple):
            return _UNHANDLED
        items = [self._item(item, get_args(annotation)[0], param, ctx) for item in value]
        return _UNHANDLED if any(isinstance(i, _Unhandled) for i in items) else items

    def _item(self, value: Any, annotation: Any, param: Any, ctx: Any) -> Any:
        if annotation is str:
            return value if type(value) is str else _UNHANDLED
        if annotation is not Path or not isinstance(value, str | Path):
            return _UNHANDLED
        from typer._param_types import coerce_cli_path

        path = Path(value) if isinstance(value, str) else value
        info = self.descriptor.parameter_info
        return coerce_cli_path(path, info, path_type=Path, param=param, ctx=ctx)


@functools.cache
def coerce_without_pydantic() -> None:
    """Let typer coerce valdplan's text and path parameters without pydantic (once per
    process, before the command line is parsed: typer builds a coercion when a parameter
    is first parsed)."""
    import typer._coercion
    import typer.core

    typer_build = typer._coercion.build_runtime_param

    def build(descriptor: Any) -> PlainCoercion:
        return PlainCoercion(descriptor, typer_build)

    typer.core.build_runtime_param = build  # type: ignore[attr-defined,assignment]
