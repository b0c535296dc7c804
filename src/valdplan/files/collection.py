"""Python's cyclic garbage collector, paused while large documents are read: a module of its
own, so that the command line sets ``freeze`` at start-up without importing a reader."""

from __future__ import annotations


class paused_collection:  # noqa: N801 - used like a function, as contextlib's are
    """Pause Python's cyclic garbage collector while a large document is built, validated or
    checked.

    Building a million containers makes the collector scan them again and again (half the
    time of reading a large plan); they hold no cycles, so nothing is lost by waiting. The
    command line also sets ``freeze``: a run keeps what it built to its end, so the
    outermost pause then leaves it out of the collector's later rounds too (``gc.freeze``:
    another half second at 60,000 actions, and pydantic's first schema build no longer
    makes the collector scan every imported module); reference counting still frees each
    object as soon as nothing uses it. A program that uses valdplan as a library keeps its
    collector as it was."""

    freeze = False

    def __enter__(self) -> None:
        import gc

        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        import gc

        if self._was_enabled:
            if paused_collection.freeze:
                gc.freeze()
            gc.enable()
