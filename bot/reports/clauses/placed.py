"""A sentence set in a city (`In Milan, Arnautovic scored`, `In Mailand hatte ...`) in a
report on the return leg tells of the leg played there: the leg whose home side belongs to
that place."""

from __future__ import annotations

import re

from bot.reports.clauses.groundother import only_other, other_at_ground
from bot.reports.clauses.pairing import LEG1, LEG2, MAIN, Pairing
from bot.reports.names.venues import home_by_place

_PLACE = re.compile(
    r"(?:In|At|Im|In der)\s+([A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,2})\s*,\s+[A-ZÄÖÜ]|"
    r"(?:In|Im)\s+([A-ZÄÖÜ][\w'’.-]+)\s+(?:(?:aber|jedoch|dann|wiederum|dagegen)\s+)?"
    r"(?:hatte|hat|traf|trafen|gewann|gewannen|war|"
    r"erzielte|brachte|glich|köpfte|schoss)\b"
)


def placed_leg(doc, text: str, pairing: Pairing) -> str | None:
    """The leg a sentence opening with `In <place>,` is set at, when the place is the home
    of exactly one of the tie's two legs read."""
    if not text.startswith(("In ", "At ", "Im ")) or pairing.main is None or not doc.resolver:
        return None
    found = _PLACE.match(text)
    if found is None:
        return None
    legs = {
        target: match
        for target, match in ((MAIN, pairing.main), (LEG1, pairing.leg1), (LEG2, pairing.leg2))
        if match is not None and (target == MAIN or match is not pairing.main)
    }
    if len(legs) != 2:
        return None
    main = pairing.main
    place = found.group(1) or found.group(2)
    home = home_by_place(place, (main.home, main.away), doc.resolver)
    fits = [target for target, match in legs.items() if match.home == home]
    return fits[0] if len(fits) == 1 else None


def placed_other(doc, text: str, pairing: Pairing) -> str | None:
    """The other match a sentence opening with `At Anfield,` / `Im Westfalenstadion traf`
    is set at: the one match of the report whose home side plays at that place, when the
    main match is not played there (nor at a neutral ground)."""
    main = pairing.main
    if not pairing.others or main is None or main.neutral or not doc.resolver:
        return None
    if not text.startswith(("In ", "At ", "Im ")):
        return None
    found = _PLACE.match(text)
    if found is None:
        return None
    place = found.group(1) or found.group(2)
    if home_by_place(place, (main.home, main.away), doc.resolver) != "neutral":
        return None
    return only_other(
        pairing, lambda m: home_by_place(place, (m.home, m.away), doc.resolver) == m.home
    )


def placed_at(doc, text: str, pairing: Pairing) -> str | None:
    """The leg of the tie, else the other match, a sentence opening with a place is set at
    (else, naming a club's ground, the other match played there)."""
    return (
        placed_leg(doc, text, pairing)
        or placed_other(doc, text, pairing)
        or other_at_ground(doc, text, pairing, set())
    )
