"""``python -m valdplan``."""

from .cli import main

main()
