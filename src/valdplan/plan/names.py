"""Names as people type them: suggestions for a misspelt name, found in time linear in the
number of names asked about, however many names there are to choose from.

difflib compares a word with every candidate, which is fine for fourteen bodies and far too
slow for thousands of misspellings against thousands of names (a hostile plan). Here every
candidate is indexed once by its letter trigrams; a word is compared, with difflib's ratio,
only with the few candidates that share the most trigrams with it. Trigrams that most
candidates share ("nämnd") carry no information and are skipped, which bounds the work per
word. Answers are memoised, so a misspelling repeated a thousand times costs once.
Names of one register that a reader cannot tell apart are found here too.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..files.locations import Loc
from ..messages import _


def normalise(name: str) -> str:
    """``name`` folded for matching: case, å/ä/ö → a/a/o, spaces and punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


# A trigram in more candidates than this tells them apart too little to be worth counting.
_MAX_POSTING = 64
# How many of the best trigram matches get the exact (quadratic in length) comparison.
_SHORTLIST = 8
# Words longer than this are compared by their start only: names are short.
_MAX_WORD = 120


def _trigrams(text: str) -> set[str]:
    padded = f"  {text[:_MAX_WORD]} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class NameIndex:
    """Candidates for "did you mean": ``close`` finds the ones most like a word."""

    def __init__(self, names: Iterable[str], fold: Callable[[str], str] = str.casefold) -> None:
        self._fold = fold
        self._names = list(dict.fromkeys(names))
        self._folded = [fold(name)[:_MAX_WORD] for name in self._names]
        self._postings: dict[str, list[int]] = {}
        for index, folded in enumerate(self._folded):
            for gram in _trigrams(folded):
                self._postings.setdefault(gram, []).append(index)
        self._answers: dict[tuple[str, int, float], list[str]] = {}

    def close(self, word: str, n: int = 3, cutoff: float = 0.6) -> list[str]:
        """Up to ``n`` candidates whose similarity to ``word`` (difflib's ratio, on folded
        forms) is at least ``cutoff``, best first."""
        key = (word, n, cutoff)
        if key not in self._answers:
            self._answers[key] = self._find(word, n, cutoff)
        return self._answers[key]

    def _find(self, word: str, n: int, cutoff: float) -> list[str]:
        folded = self._fold(word)[:_MAX_WORD]
        shared: Counter[int] = Counter()
        for gram in _trigrams(folded):
            posting = self._postings.get(gram, ())
            if len(posting) <= _MAX_POSTING:
                shared.update(posting)
        shortlist = sorted(shared, key=lambda index: (-shared[index], index))[:_SHORTLIST]
        matcher = difflib.SequenceMatcher(b=folded, autojunk=False)
        scored = []
        for index in shortlist:
            matcher.set_seq1(self._folded[index])
            if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
                ratio = matcher.ratio()
                if ratio >= cutoff:
                    scored.append((-ratio, index))
        return [self._names[index] for _, index in sorted(scored)[:n]]

    def starting_with(self, prefix: str) -> list[str]:
        """Every candidate whose folded form starts with ``prefix`` folded, in order."""
        wanted = self._fold(prefix)
        return [name for name, folded in zip(self._names, self._folded, strict=True)
                if folded.startswith(wanted)]  # fmt: skip


class RegisterNames:
    """A register's names (or titles) folded for matching, to what a reference writes for
    each (its id, or a focus area's number): for "this is the name of …; write its id".
    ``pairs`` are read only when a reference is unknown; ``message`` (a msgid) says it with
    ``{ref}`` and ``{id}``."""

    def __init__(self, pairs: Callable[[], Iterable[tuple[object, object]]], message: str) -> None:
        self._pairs = pairs
        self._message = message
        self._found: dict[str, str] | None = None

    def hint(self, ref: str) -> str | None:
        """The message for ``ref`` when it is a name of the register, else None."""
        from ..messages import _
        from .fields import SLUG

        if self._found is None:
            self._found = {}
            for name, refers in self._pairs():
                # Only what can be written: an id that is not one gets its own problem.
                if isinstance(name, str) and (
                    isinstance(refers, int) or isinstance(refers, str) and SLUG.fullmatch(refers)
                ):
                    self._found.setdefault(normalise(name), str(refers))
        found = self._found.get(normalise(ref))
        return None if found is None else _(self._message).format(ref=ref[:60], id=found)


def same_name_problems(
    items: Iterable[tuple[int, Mapping[str, Any]]], key: str, field: str, message: str
) -> list[tuple[Loc, str, Loc]]:
    """The ``items`` of list ``key`` whose ``field`` equals an earlier one's once case and
    Unicode forms are set aside (NFKC and case folding): a reader cannot tell them apart.
    Each problem names the earlier item, whose line the loader fills in for ``{line}``;
    ``message`` (a msgid) says it with ``{value}`` and ``{other}``."""
    problems: list[tuple[Loc, str, Loc]] = []
    seen: dict[str, int] = {}
    for i, item in items:
        value = item.get(field)
        if not isinstance(value, str):
            continue
        folded = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
        if folded in seen:
            first = seen[folded]
            text = _(message).format(value=value, other=f"{key}[{first}]", line="{line}")
            problems.append(((key, i, field), text, (key, first, field)))
        else:
            seen[folded] = i
    return problems
