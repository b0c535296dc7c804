"""Usage errors in valdplan's voice: what is wrong, with the value, and what would be right,
naming an option always by its long form (``--focus``).

click raises its usage errors with its own English sentences; this module reads what went
wrong from the exception (the option, the missing parameter, the possibilities) and says it
with valdplan's messages, so no click wording reaches a user.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import visible
from ..messages import _, alternatives
from .options import option_name

_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)$", re.S)


def describe(err: Any) -> str:
    """The message of the usage error ``err``."""
    from typer._click import exceptions as click

    unknown = getattr(err, "unknown_command", None)
    if unknown is not None:
        message = _("no such command: {name}").format(name=unknown)
        possibilities = getattr(err, "possibilities", None)
        if possibilities:
            message += "; " + _("did you mean {commands}?").format(
                commands=alternatives(possibilities)
            )
        return message
    if isinstance(err, click.NoSuchOption):
        message = _("no such option: {option}").format(option=err.option_name)
        if err.possibilities:
            message += "; " + _("did you mean {options}?").format(
                options=alternatives(sorted(err.possibilities))
            )
        return message
    if isinstance(err, click.BadOptionUsage):
        if "does not take a value" in err.message:
            return _("{option} does not take a value").format(option=err.option_name)
        return _("{option} needs a value").format(option=err.option_name)
    if isinstance(err, click.MissingParameter):
        param = err.param
        if param is not None and getattr(param, "param_type_name", "") == "argument":
            return _("missing argument {name}").format(name=option_name(param))
        if param is not None:
            return _("missing option {name}").format(name=option_name(param))
        return _("something is missing")
    if isinstance(err, click.BadParameter):
        hint = err.param_hint if isinstance(err.param_hint, str) else None
        if hint is None and err.param is not None:
            hint = option_name(err.param)
        return f"{hint}: {err.message}" if hint else err.message
    found = _EXTRA_ARGUMENTS.match(err.message)
    if found:
        return _("unexpected extra arguments: {arguments}").format(arguments=found.group(1))
    return str(err.message)


def error_lines(err: Any) -> list[str]:
    """What to print for the usage error ``err``: the error, then where to find help."""
    lines = [_("error: {message}").format(message=visible(describe(err)))]
    ctx = getattr(err, "ctx", None)
    if ctx is not None:
        lines.append(
            _("Try '{command} --help' for help.").format(command=visible(ctx.command_path))
        )
    return lines
