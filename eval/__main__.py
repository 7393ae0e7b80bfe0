"""`python -m eval`: the same as `python -m eval.run`."""

from eval.run import main

raise SystemExit(main())
