"""Competitions whose knock-out rounds are one match each: a shoot-out there decides a
match, never a two-legged tie."""

from __future__ import annotations

from bot.competitions.names import info

_ONE_MATCH_CUPS = frozenset(
    (
        "DFB-Pokal", "FA Cup", "FIFA Club World Cup", "DFL-Supercup", "UEFA Super Cup", "MLS Cup",
        "Scottish Cup", "Coupe de France", "KNVB Cup", "ÖFB-Cup", "Schweizer Cup",
        "Coupe de la Ligue", "FA Community Shield", "US Open Cup", "Scottish League Cup",
    )
)  # fmt: skip
"""Cups whose every round is one match (Copa del Rey, Coppa Italia, the EFL Cup and the
Taça de Portugal play two-legged semi-finals, so they are not here)."""


def one_match_knockout(competition: str | None) -> bool:
    """A tournament round or a cup tie of one match (World Cup, Euro, DFB-Pokal) is
    no two-legged tie: a shoot-out there decides a match, which the matches hold."""
    data = info(competition) if competition else None
    return data is not None and (data.kind == "national" or data.name in _ONE_MATCH_CUPS)
