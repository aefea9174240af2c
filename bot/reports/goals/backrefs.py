"""Words that point back to a player named before them, so a goal told with them goes to
that player: a pronoun (`he`, `sein`), a relative `der`/`who`, or a descriptor (`the
striker`, `der 23-Jährige`, `the Paris St Germain striker`)."""

from __future__ import annotations

import re

from bot.reports.names.namewords import DEMONYMS_DE, DEMONYMS_EN
from bot.reports.names.players import find_people

PRONOUN = {
    "en": re.compile(r"^(?:he|his)$", re.I),
    "de": re.compile(r"^(?:er|sein|seine|seinem|seinen)$", re.I),
}
RELATIVE = {
    "en": re.compile(r"^\s*(?:who|which|whose)\b"),
    "de": re.compile(
        r"^\s*(?:(?:und|doch|aber)\s+)?(?:der|die)\s+(?=[a-zäöü\d]|"
        r"(?:Torwart|Torhüter|Keeper|Schlussmann)\s+(?:[A-ZÄÖÜ][\w'’-]+\s+){1,3}"
        r"(?:umkurvte|umspielte|ausspielte|austanzte|überwand|überlupfte|tunnelte|düpierte)\b)"
    ),
}
"""`..., der traf` and `legte quer zu Di María, und der schob ein`: `der` before a
verb points back to the last one named; so does `der` before the keeper it rounded (`legte
für Caniggia auf, der Torwart Taffarel umkurvte und einschob`: the keeper is the object of
a relative clause, which ends on its verb)."""
DESCRIPTOR_ROLES = (
    frozenset(
        """striker forward midfielder defender winger substitute captain playmaker teenager veteran
    youngster substitute center-back centre-back fullback full-back stürmer angreifer
    mittelfeldspieler verteidiger innenverteidiger kapitän joker routinier torjäger
    youngster nationalspieler weltmeister spanier schweizer franzose brasilianer argentinier
    niederländer engländer belgier italiener portugiese pole kroate serbe däne schwede
    norweger österreicher türke japaner mexikaner kolumbianer uruguayer ägypter senegalese
    brazilian belgian dutch french spanish german english argentine argentinian portuguese
    italian croatian serbian polish danish swedish norwegian austrian swiss venezuelan mexican
    colombian uruguayan egyptian american canadian spaniard frenchman dutchman englishman""".split()
    )
    | (DEMONYMS_DE - {"deutsche"})
    | (DEMONYMS_EN - {"brazilians", "european", "african", "asian"})
)
DESCRIPTOR_ROLES |= frozenset("neuseeländer rumäne bulgare grieche kiwi welshman irishman".split())
DESCRIPTOR_ROLES |= frozenset(
    """linksverteidiger rechtsverteidiger außenverteidiger abwehrspieler mittelstürmer
    flügelspieler linksaußen rechtsaußen offensivspieler spielmacher left-back right-back
    wing-back centre-forward center-forward""".split()
)
"""Roles and nationalities told as a person; `der Neuseeländer` points back to Rufer, `der
Linksverteidiger des AC Mailand` and `the left-back` to the defender named before."""
DESCRIPTOR_ROLES |= frozenset(["profi"])


def is_role(word: str) -> bool:
    """A role word, or a German compound ending in one (`der Chelsea-Profi`, `der
    Bayern-Stürmer`): the club before the hyphen does not make it a name."""
    low = word.lower()
    return low in DESCRIPTOR_ROLES or ("-" in low and low.rsplit("-", 1)[1] in DESCRIPTOR_ROLES)


DESCRIPTOR = re.compile(r"\b(?:[Tt]he|[Dd]er)\s+(?=(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)\b)")
"""The words after an article, looked at ahead: the next article may lie among them (`in
der Schlussphase verwandelte der Algerier`), and is then read on its own."""
NOT_A_PLAYER = re.compile(r"^\s+(?:club|team|side|Klub|Mannschaft|Team|Verein)\b")
CLUB_DESCRIPTOR = re.compile(
    r"\b(?:[Tt]he|[Dd]er)\s+(?:[A-ZÄÖÜ][\w'’.-]*\s+){3}(?P<role>[a-zäöü][\w-]+)\b(?!\s+[A-Z])"
)
"""`The Paris St Germain striker headed in`: a club of three words before the role."""
AGE_DESCRIPTOR = re.compile(r"\b(?:[Tt]he \d{2}-year-old|[Dd]er \d{2}-Jährige)\b(?!\s+[A-ZÄÖÜ])")


def names_after(text: str, end: int, lang: str) -> bool:
    """`der Spanier Galeno`, `the Brazilian Lima`: a descriptor at once followed by a name
    is an apposition to that name, not a word pointing back to the one named before."""
    if end >= len(text) or text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    people = find_people(text, lang, end, min(len(text), end + 40))
    return bool(people) and people[0].start == end + 1
