"""The ``valdplan`` command line: typer commands that parse options, call the library, print
and set exit codes. ``main`` is the entry point; one module per group of commands."""
