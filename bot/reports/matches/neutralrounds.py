"""Rounds played as one match at a ground chosen in advance (finals, the FA Cup's and the
Scottish Cup's semi-finals), where no side is at home unless the text says so."""

from __future__ import annotations

NEUTRAL_FINALS = frozenset(
    (
        "UEFA Champions League", "UEFA Europa League", "UEFA Cup",
        "UEFA Europa Conference League", "UEFA Cup Winners' Cup", "UEFA Super Cup",
        "FIFA Club World Cup", "FIFA Intercontinental Cup", "Scottish Cup", "Scottish League Cup",
        "Copa Libertadores", "Copa Sudamericana", "DFB-Pokal", "DFL-Supercup", "FA Cup",
        "Taça de Portugal", "KNVB Cup", "ÖFB-Cup", "Schweizer Cup", "Türkiye Kupası",
        "EFL Cup", "FA Community Shield", "Copa del Rey", "Supercopa de España",
        "Coppa Italia", "Coupe de France", "FIFA World Cup", "FIFA Women's World Cup",
        "UEFA European Championship", "UEFA Nations League", "Copa América",
        "Africa Cup of Nations", "AFC Asian Cup", "CONCACAF Gold Cup", "FIFA Confederations Cup",
        "UEFA Women's Champions League", "UEFA Women's Euro", "National Women's Soccer League",
        "DFB-Pokal Frauen",
    )
)  # fmt: skip
"""Competitions whose final is one match at a venue chosen in advance."""
NEUTRAL_SEMIS = frozenset(("FA Cup", "Scottish Cup"))
"""Cups whose semi-finals are one match at a ground chosen in advance (Wembley, Hampden):
a game of them at a ground neither side owns is one of those, so neutral."""
ONE_MATCH_CUPS = frozenset(("UEFA Super Cup", "FA Community Shield"))
"""Trophies played for in one match, which the gold and the store call a final."""
LEGGED_FINALS = {"UEFA Women's Champions League": (2003, 2009)}
"""Years in which a final of NEUTRAL_FINALS was two legs, home and away: the UEFA Women's
Cup of 2003 to 2009."""


def one_match_final(competition: str | None, date: str | None) -> bool:
    """Whether the competition's final of that date's year is one match at a chosen venue."""
    if competition not in NEUTRAL_FINALS:
        return False
    years = LEGGED_FINALS.get(competition)
    return not (years and date and date[:4].isdigit() and years[0] <= int(date[:4]) <= years[1])
