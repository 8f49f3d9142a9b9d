"""``python -m communique``: the command line."""

from communique.cli import main

main()
