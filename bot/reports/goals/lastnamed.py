"""The player a later `he`, `der Stürmer` or a card's pronoun means: the last one named in
a span, passing over goalkeepers beaten, providers, players taken off and players fouled."""

from __future__ import annotations

import re

from bot.reports.goals.doerwords import NOT_ANTECEDENT
from bot.reports.goals.scorers import SUPPLIED
from bot.reports.names.cast import Cast


def last_named(cast: Cast, start: int, end: int, strict: bool = True) -> str | None:
    """The last person in a span; `strict` skips goalkeepers beaten and providers."""
    for person in reversed(cast.within(start, end)):
        if person.possessive or (strict and person.before in NOT_ANTECEDENT):
            continue
        if SUPPLIED.match(cast.doc.text, person.end) or (strict and _replaced(cast, person)):
            continue
        if strict and FOULED.match(cast.doc.text, person.end):
            continue
        if cast.team_word(person):
            continue
        if cast.doc.lang == "de" and not cast.familiar(person):
            continue
        return cast.full_name(person.name)
    return None


FOULED = re.compile(
    r"\s+(?:was|had been|got)\s+(?:brought down|fouled|tripped|felled|hauled down|upended|"
    r"bundled over|pulled down|clipped)\b|\s+(?:wurde|war)\s+(?:im Strafraum\s+)?"
    r"(?:gefoult|gelegt|umgerissen|zu Fall gebracht)\b|\s+(?:im Strafraum\s+)?"
    r"(?:gefoult|gelegt|umgerissen|zu Fall gebracht)\s+(?:worden|wurde)\b"
)
"""`after Nathan Dyer was brought down in the area, ... he was on hand again`: the player
fouled is the one the sentence's actor won a kick through, not whom `he` means."""
_REPLACED = re.compile(
    r"\b(?:brachte|bringt|brought|brings|sent|sends|schickte|wechselte|came|comes|kam|kommt|"
    r"on)\b[^.;:]{0,40}\b(?:für|for)\s+$|\b(?:replacing|replaced|replaces|ersetzte|ersetzt)\s+$"
)


def _replaced(cast: Cast, person) -> bool:
    """`brachte Bierhoff für Scholl`, `brought on X for Y`, `replacing Y`: the player who
    went off is not whom a later `he` or `der Stürmer` means."""
    if person.before not in (
        "für",
        "for",
        "replacing",
        "replaced",
        "replaces",
        "ersetzte",
        "ersetzt",
    ):
        return False
    return bool(_REPLACED.search(cast.doc.text, max(0, person.start - 60), person.start))
