"""The first, deliberately narrow eval (kept as the "v1 narrow finder" row of `make eval`).

`figures` finds only digit figures (with 万/亿, thousand/million/billion, %, a few currencies and
mass units) and `inject` mutates only those. Its numbers are kept beside the phenomenon-wide eval
so that the difference between "figures that are easy to read" and "figures as translators write
them" stays visible. Do not extend it: extend `eval.figures` and `eval.inject` instead.
"""
