"""`python -m tradefacts`: the command line."""

from tradefacts.cli import main

main()
