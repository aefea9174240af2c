"""`Das Hinspiel in Turin hatte Juventus mit 3:1 gewonnen ... am Sonntag in der Serie A ...
trennten sich Napoli und Juventus 1:1`: a league result of a cup tie's two sides, told
beside one leg, is no other leg of that tie."""

from __future__ import annotations

import re

from bot.competitions.names import info

_LEAGUE_TOLD = re.compile(
    r"\b(?:in der (?:Liga|Meisterschaft)|in the league|league (?:game|match|meeting|fixture)|"
    r"Liga(?:spiel|partie|duell|-Duell|-Spiel))\b"
)
"""`Am Sonntag in der Liga trennten sich ...`, `when they met in the league`: a league
the sentence names by its kind only."""


def league_beside_leg(doc, a, b) -> bool:
    """Whether of two results of one pair, one told as a leg and one not, the one without a
    leg is of a league and the other of another competition (both named by the text, or
    the league by its kind in its own sentence only)."""
    if bool(a.leg) == bool(b.leg):
        return False
    from bot.reports.matches.matchinfo import competition_of, primary_competition

    legged, other = (a, b) if a.leg else (b, a)
    if "iga" in other.sentence.text or "league" in other.sentence.text:
        if _LEAGUE_TOLD.search(other.sentence.text) and not _LEAGUE_TOLD.search(
            legged.sentence.text
        ):
            return True
    primary = primary_competition(doc)
    league = competition_of(doc, other, primary)
    if getattr(info(league), "format", "") != "league":
        return False
    cup = competition_of(doc, legged, primary)
    return cup is not None and cup != league
