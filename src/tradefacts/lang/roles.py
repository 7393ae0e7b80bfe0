"""Figures that label rather than count, read the same way in both languages (DESIGN §2).

Stage: extraction data (patterns only, no words of either language). A claim read by one of these
rules carries a `role`, so alignment pairs it with the same role and figure on the other side and
never reports it as more than a note. The rule, in one place (its rows are in
tests/test_roles.py):

- `code`: digits joined to letters or to a name by a hyphen (J-20, Ka-52M, COVID-19, and a model
  whose name is one Chinese character before the hyphen), digits
  glued after capital letters (G20, A380) or before them (737NG, 600606.SH), digits after a standard's
  letters and slash (GB/T 7714): a model, a standard, a disease, a stock. The claim is the digit run (and the letters glued after it); its value is the
  digit run's, so the Chinese and the English name of a Ka-52 state the same code. A minus sign is
  never a code's hyphen: digits after a hyphen followed by %, a degree or another digit stay
  figures ("-3%"). Digits followed by a unit or a currency code (240USD, 45GB) are read by the
  language's amount rules, which win a tie of length against these.
- `label`: a list or section marker that opens a line: `1.`, `2)`, `(3)` in ASCII or fullwidth
  brackets, a figure before the enumeration comma (and, in Chinese numerals, the markers lang/zh.py
  adds): the claim is the figure and its closing mark.

Numerals inside a name (role `name`: a five-year plan, a festival) are words of one language:
each language module reads its own (lang/zh.py, lang/en.py) beside these rules.

Each language module compiles these with its own flags and puts the rules first among its rules,
so that a role wins a tie of length against a bare figure and loses one against a local amount.
"""

from __future__ import annotations

from typing import Final

# What may stand before a code's hyphen: one Han character or a run of Latin letters (no digit,
# so 3-5 stays a range and 010-6536 a phone number the readers leave out).
_CODE_HEAD: Final[str] = r"(?:\p{Han}|(?<![0-9A-Za-z])[A-Za-z]{1,8})"
# Not a figure stated on: a percent, a degree, a decimal or a longer run.
_NOT_AMOUNT: Final[str] = r"(?![0-9.,]?[0-9]|\s?[%\uff05\u2030\u2103\u00b0])"

CODE: Final[str] = rf"""
    (?:
        (?<={_CODE_HEAD}-)(?P<num>[0-9]{{1,6}}){_NOT_AMOUNT}       # J-20, Ka-52, COVID-19
      | (?<=(?<![0-9A-Za-z])[A-Z]{{1,3}})(?P<num>[0-9]{{1,6}}){_NOT_AMOUNT}   # G20, A380
      | (?<=(?<![0-9A-Za-z])[A-Z]{{1,5}}/[A-Z]{{1,3}}\ ?)(?P<num>[0-9]{{1,6}})  # GB/T 7714
      | (?<![0-9A-Za-z.,-])(?P<num>[0-9]{{1,6}})(?=[A-Z]{{1,3}}(?![a-z])|\.[A-Z]{{2}}(?![A-Za-z]))
                                                                # 737NG, 600606.SH
    )
    (?:[A-Z]{{1,3}}(?![a-z])|\.[A-Z]{{2}}(?![A-Za-z]))?+          # Ka-52M, 737NG, .SH
    (?![0-9A-Za-z])
"""

# What closes a list marker in digits (`LABEL`): a period, a bracket, the enumeration comma.
LABEL_MARKS: Final[frozenset[str]] = frozenset({".", ")", "\uff09", "\u3001"})

# The start of a line, with its indent (a fullwidth space too).
LINE_START: Final[str] = r"(?<=(?:^|\n)[\ \t\u3000]*)"
# A list marker in digits: 1. 2) (3) （3）, followed by a space or the item's text, never a digit.
LABEL: Final[str] = rf"""
    (?:
        {LINE_START}(?P<num>[0-9]{{1,2}})(?:[.)\uff09](?![0-9])|\u3001)
      | (?<={LINE_START}[(\uff08])(?P<num>[0-9]{{1,2}})[)\uff09]
    )
"""
