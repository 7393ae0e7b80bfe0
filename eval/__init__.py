"""The evaluation harness behind `make eval` (not part of the tradefacts package).

It injects known errors into real zh→en pairs, runs tradefacts and two peer checkers on them and
reports how many injected errors each one finds, per finding type and per phenomenon, and how many
untouched pairs get a finding at each severity. Modules: `figures` (an independent figure finder
with a phenomenon label per figure, so the eval does not let the tool under test choose its own
mutation sites), `inject` (the mutations and the answer key), `peers` (translate-toolkit's
`numbers` check, Microsoft Recognizers-Text), `score` (matching findings to the answer key), `run`
(the command line) and `v1` (the first, narrow finder and injector, kept as one row for comparison).
"""
