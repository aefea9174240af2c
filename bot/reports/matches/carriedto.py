"""`Im Hinspiel in Liniers hatte Omar Asad das einzige Tor erzielt, Vélez reiste mit
einem 1:0 nach São Paulo`: a main result told as a first leg carried to the next leg's
ground was not played where the report's match was."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading

_FIRST_LEG_WORD = re.compile(r"\b(?:Hinspiel\w*|first leg|first-leg)\b", re.I)
_CARRIED_TO = re.compile(
    r"\b(?:reiste|reisten|flog|flogen|fuhr|fuhren|travell?ed|flew|went)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:mit|with)\s+(?:einem|einer|a|an)\s+[^.;]{0,30}?\b(?:nach|to)\s+[A-ZÄÖÜ]"
)
"""`reiste mit einem 1:0 nach São Paulo`, `went with a 2-0 lead to Madrid`: a score
carried to the next leg's ground."""


def told_first_leg(main: Reading) -> bool:
    """`Im Hinspiel in Liniers hatte Omar Asad das einzige Tor erzielt, Vélez reiste mit
    einem 1:0 nach São Paulo`: a main result its own words call the first leg was not
    played where the report's match was, so the report's ground gives it no home side."""
    text = main.sentence.text
    return main.leg == 1 and bool(_FIRST_LEG_WORD.search(text) and _CARRIED_TO.search(text))
