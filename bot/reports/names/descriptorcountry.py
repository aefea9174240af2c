"""The country of a side told by its nationality as a clause's subject (`the Dutch
side`, `die spanischen Gäste`): the result readers use it to tell which of two named
sides a described subject is."""

from __future__ import annotations

import re

from bot.reports.names.nationalities import ADJ_TEAM, PLURAL_TEAM
from bot.teams.resolver import TeamResolver

_CLUB_DESCRIPTOR = re.compile(
    r"[DdTt](?<!\w[DdTt])(?:(?<=[Tt])he|(?<=[Dd])(?:er|ie|as))\s+"
    r"(?P<word>(?P<adj>[A-Za-zÄÖÜäöü]+?)(?:e|en|er|es)?)\s+"
    r"(?:side|club|team|outfit|champions|holders|leaders|giants|visitors|hosts|Klub|Club|"
    r"Verein|Vertreter|Meister|Rekordmeister|Titelträger|Titelverteidiger|Pokalsieger|"
    r"Spitzenreiter|Tabellenführer|Traditionsklub|Gäste|Gastgeber)\b"
)
"""Opens on the article's first letter with a look-behind for the word boundary before
it (the letter is a word character), so `re` skips ahead to one in C: the same matches
as opening on that boundary."""


_GOVERNING = frozenset(
    "against to over past by from with of at for than gegen bei über von mit für auf an "
    "gegenüber".split()
)
"""A descriptor after a preposition is an object (`against the Dutch side`), not the
side the clause is told from."""


def descriptor_country(text: str, resolver: TeamResolver) -> str | None:
    """The country of a side told by a nationality as the clause's subject (`the Dutch
    side`, `die spanischen Gäste`), as the country code its national team has."""
    for m in _CLUB_DESCRIPTOR.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in _GOVERNING:
            continue
        team = ADJ_TEAM.get(m.group("word").lower()) or ADJ_TEAM.get(m.group("adj").lower())
        national = resolver.teams.get(team) if team else None
        if national is not None:
            return national.country
    return None


_PLURAL_OPENING = re.compile(r"\s*(?:The|Die)\s+(?P<word>[A-ZÄÖÜ][a-zäöüß]+)\s+[a-zäöü]")


def plural_subject_country(told: str, resolver: TeamResolver) -> str | None:
    """The country of a clause opening on a nationality in the plural (`The Italians
    reached the last four by knocking out Ajax`, `Die Spanier gewannen`), as the country
    code its national team has; None for any other opening."""
    found = _PLURAL_OPENING.match(told)
    team = PLURAL_TEAM.get(found.group("word").lower()) if found else None
    national = resolver.teams.get(team) if team else None
    return national.country if national is not None else None
