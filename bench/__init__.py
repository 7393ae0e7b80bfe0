"""`make bench`: speed and memory figures (see bench/run.py)."""
