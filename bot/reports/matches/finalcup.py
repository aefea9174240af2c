"""`Am Samstag ... stemmten den DFB-Pokal in die Höhe. Im Finale besiegten die Roten Teufel
den Karlsruher SC mit 1:0`: a final whose own sentence names no competition is the final
of the one domestic cup the sentence just before names."""

from __future__ import annotations

from bot.reports.matches import cues
from bot.reports.matches.competitionmentions import find_competitions
from bot.reports.matches.neutralrounds import NEUTRAL_FINALS

_NOT_DOMESTIC = ("UEFA", "FIFA", "Copa Libertadores", "Copa Sudamericana", "Copa América")
"""Continental and world finals (two legs in some years, or of national teams) are left to
the rules that read them."""


def cup_before_final(doc, r) -> str | None:
    """The cup of the sentence before a final told without one, or None."""
    if r.stage != "final" or r.leg is not None or cues.LEG.search(r.sentence.text):
        return None
    index = doc.index_of(r.sentence)
    if index == 0:
        return None
    before = doc.sentences[index - 1].text
    names = {m.name for m in find_competitions(before, doc.published)}
    if len(names) != 1:
        return None
    name = names.pop()
    if name not in NEUTRAL_FINALS or name.startswith(_NOT_DOMESTIC):
        return None
    return name
