"""`der Brasilianer Lima`, `dem Spanier Morata`: a German nationality noun after an article
is an apposition to the one-word name after it, which stays a name where a lone word after
a dropped one (`Nach Tor`) would not."""

from __future__ import annotations

from bot.reports.names.namewords import DEMONYMS_DE

_ARTICLES = frozenset(("der", "den", "dem", "des"))
_TIME_NOUNS = frozenset(
    """sekunde sekunden minute minuten moment momente augenblicke zeigerumdrehungen tage
    wochen monate jahre anfang mitte ende kurz""".split()
)
"""`traf der Brasilianer Sekunden später`, `Mitte der zweiten Halbzeit`: time, no name."""


def after_demonym(words, i: int) -> bool:
    """Whether word i follows `der`/`den`/`dem`/`des` and a nationality noun at once."""
    if i < 2 or words[i][2].lower() in _TIME_NOUNS:
        return False
    return words[i - 1][2].lower() in DEMONYMS_DE and words[i - 2][2].lower() in _ARTICLES


def named_by_demonym(person) -> bool:
    """A one-word name right after a German nationality noun (`der Brasilianer Lima`): the
    noun says a player is meant, as a name seen twice would."""
    return person.before in DEMONYMS_DE and " " not in person.name
