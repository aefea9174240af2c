"""Checks on the competition named for a match: a `Pokal` match between clubs that are
not German is their own country's cup, not the DFB-Pokal the German word is read as
(bot.competitions.homecups); a competition inside a relative clause apart from the
score (`Für Löw, der nach der Europameisterschaft aufhört, ... nach dem 0:6`), or in a
later clause about other teams (`mit 6:2 gewonnen, in der Champions League waren sie
gegen Real Madrid ausgeschieden`), or one the team had left (`dropped out of the Champions
League group stage and reached the final, beating Liverpool`), is not the match's."""

from __future__ import annotations

import re

from bot.competitions.homecups import (
    ENGLISH_LEAGUE_CUP,
    GERMAN_CUP,
    cup_of_clubs,
    league_cup_of_clubs,
)
from bot.reports.matches.nationsleague import UEFA_NL, nations_league_of


def home_cup(doc, competition: str | None, teams) -> str | None:
    """`competition`, unless it is the DFB-Pokal or England's league cup and the clubs
    say otherwise, or UEFA's Nations League between two CONCACAF nations."""
    if competition == UEFA_NL:
        return nations_league_of(teams)
    if competition not in (GERMAN_CUP, ENGLISH_LEAGUE_CUP) or not teams:
        return competition
    clubs = doc.cache.get("club-country", {})
    countries = [clubs.get(t) for t in teams]
    if competition == ENGLISH_LEAGUE_CUP:
        return league_cup_of_clubs(countries)
    return cup_of_clubs(countries, "DFB" in doc.text)


_ASIDE = re.compile(
    r",\s+(?:der|die|das|dem|den|dessen|deren|welche[rsmn]?|who|which|whose)\s[^,;:]*,"
)


def in_aside(text: str, at: int, score_at: int) -> bool:
    """Whether offset `at` lies in a relative clause of `text` that leaves out `score_at`."""
    for m in _ASIDE.finditer(text):
        if m.start() <= at < m.end() and not m.start() <= score_at < m.end():
            return True
    return False


_BREAK = re.compile(r"[,;]\s")


def in_later_clause(doc, r, at: int, score_at: int) -> bool:
    """Whether offset `at` of the reading's sentence lies in a clause after the score's
    that names a team outside the reading's pair."""
    text = r.sentence.text
    breaks = [m.start() for m in _BREAK.finditer(text, score_at, at)]
    if at <= score_at or not breaks:
        return False
    end = _BREAK.search(text, at)
    start, stop = (
        r.sentence.start + breaks[-1],
        r.sentence.start + (end.start() if end else len(text)),
    )
    return any(m.team not in (r.teams() or ()) for m in doc.mentions_between(start, stop))


_LEFT = re.compile(
    r"\b(?:(?:dropped|crashed|knocked|bowed|tumbled|went|gone|fell) out of|eliminated from|"
    r"exited|exit from|relegated from)\s+(?:the\s+)?$",
    re.I,
)


def left_before(text: str, at: int, score_at: int) -> bool:
    """Whether the competition at `at`, before the score, is one the subject had left."""
    return at < score_at and _LEFT.search(text, max(0, at - 30), at) is not None


def own_clause_first(text: str, found: list, score_at: int) -> list:
    """`hatten das Champions-League-Finale ... mit 2:1 gewonnen, in der Bundesliga lagen
    sie 25 Punkte vor dem BVB`: a competition the score's own clause names is the
    match's, however near one in the next clause stands."""
    if len(found) < 2:
        return found
    own = [m for m in found if _BREAK.search(text, *sorted((m.start, score_at))) is None]
    return own or found
