"""Completion in bash that keeps a value one argument.

typer's bash script splits the completions on newlines but inserts them unescaped, so
a body name with spaces (``Barn- och skolnämnden``) was inserted as three words, and bash's own
word splitting breaks a word at ``:``, so ``show 4:<TAB>`` completed the empty word after the
colon (and fell back to files). Here the script hands valdplan the line up to the cursor
and bash's current word; valdplan splits the line as a shell would, escapes each value for
bash (``Barn-\\ och\\ skolnämnden``) and, when bash broke the word at a colon, answers
only the part after it. zsh and fish quote what they insert themselves.
"""

from __future__ import annotations

import os
import re
from typing import Any

# ":" leaves bash's word breaks (as npm's completion takes out "=" and "@"), so that an
# action id is one word to complete and list ("4:1", not ":1").
BASH_SCRIPT = """
COMP_WORDBREAKS=${COMP_WORDBREAKS//:}
%(complete_func)s() {
    local IFS=$'\\n'
    COMPREPLY=( $( env _VALDPLAN_COMPLETE_LINE="${COMP_LINE:0:COMP_POINT}" \\
                   _VALDPLAN_COMPLETE_WORD="${COMP_WORDS[COMP_CWORD]}" \\
                   %(autocomplete_var)s=complete_bash $1 ) )
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


def teach_bash() -> None:
    """Give typer's bash completion the script and the escaping above (once per process)."""
    from typer import _completion_classes, _completion_shared
    from typer._click.shell_completion import split_arg_string

    def completion_args(self: Any) -> tuple[list[str], str]:
        line = os.environ.get("_VALDPLAN_COMPLETE_LINE", "")
        words = split_arg_string(line)[1:]
        if _ends_with_separator(line) or not words:
            return words, ""
        return words[:-1], words[-1]

    def format_completion(self: Any, item: Any) -> str:
        value = bash_escaped(str(item.value))
        word = os.environ.get("_VALDPLAN_COMPLETE_WORD", "")
        typed = os.environ.get("_VALDPLAN_COMPLETE_LINE", "").rsplit(" ", 1)[-1]
        # bash broke the typed word at a colon and replaces only its current word, the
        # part from the colon on (":" right after it, "1" after "4:1"): answer that part.
        if ":" in typed and word != typed and typed.endswith(word):
            return value[len(typed) - len(word) :]
        return value

    _completion_classes.BashComplete.get_completion_args = completion_args  # type: ignore[method-assign]
    _completion_classes.BashComplete.format_completion = format_completion  # type: ignore[method-assign]
    _completion_classes.BashComplete.source_template = BASH_SCRIPT
    _completion_shared._completion_scripts["bash"] = BASH_SCRIPT
