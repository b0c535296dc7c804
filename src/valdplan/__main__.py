"""``python -m valdplan``: the same entry point as the console script."""

from .cli.entry import main

main()
