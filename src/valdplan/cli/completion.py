"""Completion in bash, zsh and fish that keeps a value one argument, and lists the choices
of an ambiguous start on the second Tab.

typer's bash script splits the completions on newlines but inserts them unescaped, so
a body name with spaces (``Barn- och skolnämnden``) was inserted as three words, and bash's own
word splitting breaks a word at ``:``, so ``show 4:<TAB>`` completed the empty word after the
colon (and fell back to files). Here the script hands valdplan the line up to the cursor
and bash's current word; valdplan splits the line as a shell would, escapes each value for
bash (``Barn-\\ och\\ skolnämnden``) and, when bash broke the word at a colon, answers
only the part after it. zsh and fish quote what they insert themselves, but typer read a
line that ends in an escaped space (``--board Norra\\ ``, after the first Tab) as a new empty
word and offered files: all three shells split the line here. What typer prints for
``--install-completion`` goes through the catalogs.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from ..messages import _

# ":" leaves bash's word breaks (as npm's completion takes out "=" and "@"), so that an
# action id is one word to complete and list ("4:1", not ":1").
# readline lists the choices on a second Tab only when the first changed nothing: a first Tab
# that inserts the common start of several values ("No" → "Norra\ ", for Norra AB and
# Norra Bostäder) would need a third.
# So when it will insert, show-all-if-unmodified lists on the next Tab, and the next
# completion puts the user's own setting back.
BASH_SCRIPT = """
COMP_WORDBREAKS=${COMP_WORDBREAKS//:}
%(complete_func)s() {
    local IFS=$'\\n'
    COMPREPLY=( $( env _VALDPLAN_COMPLETE_LINE="${COMP_LINE:0:COMP_POINT}" \\
                   _VALDPLAN_COMPLETE_WORD="${COMP_WORDS[COMP_CWORD]}" \\
                   %(autocomplete_var)s=complete_bash $1 ) )
    if [[ -n ${_valdplan_unmodified-} ]]; then
        bind "set show-all-if-unmodified $_valdplan_unmodified" 2>/dev/null
        unset _valdplan_unmodified
    fi
    (( ${#COMPREPLY[@]} > 1 )) || return 0
    local common=${COMPREPLY[0]} value
    for value in "${COMPREPLY[@]}"; do
        while [[ ${value:0:${#common}} != "$common" ]]; do common=${common%%?}; done
    done
    if [[ $common != "${COMP_WORDS[COMP_CWORD]}" &&
          $(bind -v 2>/dev/null) == *"show-all-if-unmodified off"* ]]; then
        _valdplan_unmodified=off
        bind "set show-all-if-unmodified on" 2>/dev/null
    fi
    return 0
}

complete -o default -F %(complete_func)s %(prog_name)s
"""
# Characters bash would read as something other than themselves in a word.
_BASH_SPECIAL = re.compile(r"""([\s\\'"`$&;|<>()*?\[\]!{}#~^=,])""")


def bash_escaped(value: str) -> str:
    """``value`` as one bash word, special characters escaped with a backslash."""
    return _BASH_SPECIAL.sub(r"\\\1", value)


def _ends_with_separator(line: str) -> bool:
    # A space that ends the line starts a new word unless a backslash escapes it.
    trailing = len(line) - len(line.rstrip(" "))
    return trailing > 0 and (len(line) - trailing == 0 or line[-trailing - 1] != "\\")


def _split_line(line: str) -> tuple[list[str], str]:
    """The words before the one being completed, and that one, of a line up to the cursor."""
    from typer._click.shell_completion import split_arg_string

    words = split_arg_string(line)[1:]
    if _ends_with_separator(line) or not words:
        return words, ""
    return words[:-1], words[-1]


def _install(ctx: Any, param: Any, value: Any) -> Any:
    """typer's ``--install-completion``, saying what it did in the run's language."""
    from typer import _click, _completion_shared

    if not value or ctx.resilient_parsing:
        return value
    shell, path = _completion_shared.install(shell=value if isinstance(value, str) else None)
    _click.termui.secho(
        _("{shell} completion installed in {path}").format(shell=shell, path=path), fg="green"
    )
    _click.echo(_("Completion will take effect once you restart the terminal"))
    sys.exit(0)


def teach_shells() -> None:
    """Give typer's completion the bash script, the line splitting and escaping above, and
    the translated install messages (once per process)."""
    import inspect

    from typer import _completion_classes, _completion_shared, completion

    def bash_args(self: Any) -> tuple[list[str], str]:
        return _split_line(os.environ.get("_VALDPLAN_COMPLETE_LINE", ""))

    def line_args(self: Any) -> tuple[list[str], str]:
        return _split_line(os.environ.get("_TYPER_COMPLETE_ARGS", ""))

    def format_completion(self: Any, item: Any) -> str:
        value = bash_escaped(str(item.value))
        word = os.environ.get("_VALDPLAN_COMPLETE_WORD", "")
        typed = os.environ.get("_VALDPLAN_COMPLETE_LINE", "").rsplit(" ", 1)[-1]
        # bash broke the typed word at a colon and replaces only its current word, the
        # part from the colon on (":" right after it, "1" after "4:1"): answer that part.
        if ":" in typed and word != typed and typed.endswith(word):
            return value[len(typed) - len(word) :]
        return value

    _completion_classes.BashComplete.get_completion_args = bash_args  # type: ignore[method-assign]
    _completion_classes.BashComplete.format_completion = format_completion  # type: ignore[method-assign]
    _completion_classes.BashComplete.source_template = BASH_SCRIPT
    _completion_shared._completion_scripts["bash"] = BASH_SCRIPT
    for shell in (_completion_classes.ZshComplete, _completion_classes.FishComplete):
        shell.get_completion_args = line_args  # type: ignore[method-assign]
    for placeholder in (
        completion._install_completion_placeholder_function,
        completion._install_completion_no_auto_placeholder_function,
    ):
        inspect.signature(placeholder).parameters["install_completion"].default.callback = _install
