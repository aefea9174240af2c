"""Competitions whose knock-out rounds are one match each: a shoot-out there decides a
match, never a two-legged tie."""

from __future__ import annotations

import re

from bot.competitions.names import info
from bot.reports.matches.competitionmentions import is_league
from bot.reports.matches.legorder import two_legged

_ONE_MATCH_CUPS = frozenset(
    (
        "DFB-Pokal", "FA Cup", "FIFA Club World Cup", "DFL-Supercup", "UEFA Super Cup", "MLS Cup",
        "Scottish Cup", "Coupe de France", "KNVB Cup", "ÖFB-Cup", "Schweizer Cup",
        "Coupe de la Ligue", "FA Community Shield", "US Open Cup", "Scottish League Cup",
        "Leagues Cup",
    )
)  # fmt: skip
"""Cups whose every round is one match (Copa del Rey, Coppa Italia, the EFL Cup and the
Taça de Portugal play two-legged semi-finals, so they are not here)."""


def legged_qualifier(doc, competition: str | None) -> bool:
    """`Spanien gewann in Oslo mit 3:0, nachdem es das Hinspiel 2:1 gewonnen hatte`: the
    play-offs of a qualification are played over two legs where the report tells legs,
    so a side going through there won a tie, not one match."""
    return bool(competition) and "qualif" in competition.lower() and two_legged(doc)


_ONE_MATCH_ROUNDS = {"EFL Cup": frozenset(("round-of-16", "quarter-final", "final"))}
"""Cups with two-legged semi-finals whose later other rounds are one match each: the League
Cup's quarter-final (`knocking out Arsenal on penalties at Valley Parade`) is one match."""


def one_match_knockout(competition: str | None, stage: str | None = None) -> bool:
    """A tournament round or a cup tie of one match (World Cup, Euro, DFB-Pokal, the League
    Cup's quarter-final) is no two-legged tie: a shoot-out there decides a match, which the
    matches hold."""
    data = info(competition) if competition else None
    if data is None:
        return False
    return (
        data.kind == "national"
        or data.name in _ONE_MATCH_CUPS
        or stage in _ONE_MATCH_ROUNDS.get(data.name, ())
    )


def in_a_league(tie) -> bool:
    """A league has no ties: a winner told beside a league game of the pair (`beating
    United 5-4 on penalties` in a cup final, and `United won 2-0` in the league) is no
    tie of that league."""
    return tie.stage == "league" or bool(tie.competition and is_league(tie.competition))


_DAYS_ROUND = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:semi-?finals?|quarter-?finals?|"
    r"last[- ]16 (?:game|match|tie)|round[- ]of[- ]16 (?:game|match|tie))\b",
    re.I,
)
_TWO_LEG_WORDS = re.compile(r"\b(?:aggregate|legs?|first|second|return|two matches)\b", re.I)


def days_round(evidence: str) -> bool:
    """`by beating Club América 3-1 in Saturday's semifinal`: a round played on one day and
    won by one score is one match, not a two-legged tie, where no leg or aggregate is told."""
    if "day" not in evidence:
        return False
    return _DAYS_ROUND.search(evidence) is not None and not _TWO_LEG_WORDS.search(evidence)


_QUALIFYING = ("qualif", "play-off", "playoff", "barrage", "relegation")


def national_one_off(doc, tie, competition: str | None) -> bool:
    """`Italien war im Halbfinale mit 2:1 gegen Bulgarien weitergekommen` in a World Cup
    report: two national teams meet over two legs only in a qualification's play-off (or
    an old Euro's quarter-final, told with its legs), so their tie with no aggregate, in a
    report that tells no legs and no qualifying, is one match, not a tie."""
    if tie.aggregate is not None or (competition and "qualif" in competition.lower()):
        return False
    teams = doc.resolver.teams if doc.resolver is not None else {}
    if any(getattr(teams.get(t), "kind", None) != "national" for t in tie.teams):
        return False
    low = doc.text.lower()
    return not two_legged(doc) and not any(word in low for word in _QUALIFYING)


_NO_RETURN = re.compile(
    r"\b(?:ohne Rückspiel|kein Rückspiel|keine Rückspiele|als einziges Spiel|in einem einzigen "
    r"Spiel|in nur einem Spiel|no second leg|no return leg|without a (?:second|return) leg|"
    r"(?:a|as a|in a) single match|one-off (?:quarter|semi|tie|match|game|knockout)|"
    r"single-leg(?:ged)? (?:quarter|semi|tie|knockout|round))",
    re.I,
)


def rounds_without_return(doc) -> bool:
    """`Ein Viertelfinale ... als einziges Spiel, ohne Rückspiel`, `a one-off quarter-final
    in Lisbon`: where the report says its rounds are single matches, a side that got through
    won a match, which the matches hold, not a two-legged tie."""
    text = doc.text
    if "ückspiel" not in text and "inzige" not in text and "leg" not in text and (
        "single" not in text and "one-off" not in text
    ):
        return False
    return _NO_RETURN.search(text) is not None
