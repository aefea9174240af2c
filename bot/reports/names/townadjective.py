"""`im Mailänder Giuseppe-Meazza-Stadion`, `im Münchner Olympiastadion`: a German town
adjective before a ground's name places the game in that town, though the ground itself
is one the reader does not know."""

from __future__ import annotations

_UMLAUTS = str.maketrans("äöü", "aou")


def town_of_adjective(place: str) -> str | None:
    """The town a place opening on a town adjective names (`Mailänder Arena` ->
    `Mailand`), or None; only an adjective before a further capitalized word."""
    first, _, rest = place.partition(" ")
    if not rest or not rest[:1].isupper() or len(first) < 6 or not first.endswith("er"):
        return None
    from bot.reports.names.venues import city_of

    base = first[:-2]
    for town in (base, base + "en", base[:-1] + "en", base.translate(_UMLAUTS)):
        if city_of(town):
            return town
    return None
