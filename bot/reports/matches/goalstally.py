"""`Das Hinspiel ... hatte 1:1 geendet, damit gewann die Borussia das Finale mit 2:1 Toren`:
a score `mit 2:1 Toren` in a sentence that tells a leg is the two legs' tally, an
aggregate, not a match."""

from __future__ import annotations

import re

_TOREN_AFTER = re.compile(r"^\s*Toren\b")
_LEG_WORD = re.compile(r"Hinspiel|Rückspiel|beiden Spiel|beiden Partien", re.I)


_OUT_OF_EUROPE = re.compile(
    r"^\s*Toren\s+(?:aus\s+dem\s+Wettbewerb|aus\s+der\s+(?:Champions\s+League|Europa\s+League|"
    r"Königsklasse)|aus\s+dem\s+(?:Europapokal|Europacup|UEFA-Cup))\s+(?:geworfen|gekegelt|"
    r"befördert|geschossen)\b"
)
_EUROPE_BEFORE = re.compile(r"Champions League|Europa League|UEFA-Cup|Europapokal|Königsklasse")


def goals_tally(before: str, after: str) -> bool:
    if "Toren" not in after or not _TOREN_AFTER.match(after):  # an `in` test, not a call
        return False
    if _LEG_WORD.search(before):
        return True
    # `hat in dieser Champions League ... Inter mit 7:3 Toren aus dem Wettbewerb geworfen`:
    # a European round of two legs lost by a tally of goals
    return bool(_OUT_OF_EUROPE.match(after)) and bool(_EUROPE_BEFORE.search(before + after[:80]))
