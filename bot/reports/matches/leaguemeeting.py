"""`am vorletzten Spieltag der Serie A ... Das Hinspiel im Januar hatte mit einem 2:2
geendet`: in a league story `Hinspiel`/`Rückspiel` name the season's two meetings of a
pair, no legs of a tie, so they add up to no aggregate."""

from __future__ import annotations

import re

_MATCHDAY = re.compile(r"spieltag|matchday|match day")
_KNOCKOUT = re.compile(
    r"rückspiel|second leg|return leg|first leg|finale?\b|final[- ]|halbfinal|viertelfinal|"
    r"achtelfinal|sechzehntelfinal|zwischenrunde|semi-?final|quarter-?final|round of|"
    r"last (?:16|eight|32)|relegation|play-?off|pokal|cup\b|aggregate|gesamt|insgesamt|"
    r"addition|weiter\w*\b|durchgesetzt|through\b|knock(?:ed)?[- ]out|ausgeschieden|"
    r"eliminat|qualif"
)
_LEAD_SENTENCES = 3


def league_meetings(doc, main) -> bool:
    """Whether the story opens on a league matchday (`am vorletzten Spieltag`, `on the
    final matchday`) and its main result's sentence names no knock-out round, leg or
    sum: then the pair's other meeting it tells is the season's other game."""
    if main is None:
        return False
    lead = " ".join(s.text for s in doc.sentences[:_LEAD_SENTENCES]).lower()
    if "spieltag" not in lead and "matchday" not in lead and "match day" not in lead:
        return False
    if _MATCHDAY.search(lead) is None:
        return False
    own = main.sentence.text.lower()
    return _KNOCKOUT.search(lead) is None and _KNOCKOUT.search(own) is None
