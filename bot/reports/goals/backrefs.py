"""Words that point back to a player named before them, so a goal told with them goes to
that player: a pronoun (`he`, `sein`), a relative `der`/`who`, or a descriptor (`the
striker`, `der 23-Jährige`, `the Paris St Germain striker`)."""

from __future__ import annotations

import re
from itertools import repeat

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


CITY_PLAYERS = frozenset(
    """münchner dortmunder leverkusener hamburger frankfurter kölner berliner stuttgarter
    bremer schalker gladbacher wolfsburger mainzer freiburger augsburger hoffenheimer
    nürnberger bochumer leipziger bielefelder darmstädter kaiserslauterer""".split()
)
"""`Der Münchner traf zur Führung`: a player told by his club's city, at the opening of a
sentence or clause and before a verb (`der Münchner Abwehr`, `die Führung der Münchner`
are the side)."""
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


_WORD = re.compile(r"\S+")
_HE = re.compile(r"(?<!\S)[,.;:]*((?i:he|er))[,.;:]*(?!\S)")
_HE_WORDS = frozenset(("he", "er"))
"""What a word `_HE` matches is, lower-cased and stripped of ",.;:"."""
_TEAM_NOUN = re.compile(
    r"\s+(?:team|side|men|players|club|squad|Mannschaft|Elf|Team|Spieler|Truppe)\b"
)
"""`His team needed only two minutes`: a coach's side, not the coach, did it."""


def references(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of pronouns ("he", "er") and descriptions ("the Brazilian", "der Spanier")."""
    spans = []
    pronoun = PRONOUN.get(lang, PRONOUN["en"])
    first = _WORD.search(text)
    if first is not None and pronoun.match(first.group().strip(",.;:").lower()):
        if not _TEAM_NOUN.match(text, first.end()):
            spans.append(first.span())
    words = text.lower().split()
    if not _HE_WORDS.isdisjoint(map(str.strip, words, repeat(",.;:"))):
        for word in _HE.finditer(text):
            if (first is None or word.start() != first.start()) and pronoun.match(word.group(1)):
                spans.append(word.span())
    aged = "-year-old" in text or "-J" in text  # in every match of AGE_DESCRIPTOR
    for match in AGE_DESCRIPTOR.finditer(text) if aged else ():
        spans.append((match.start(), match.end()))
    bare = list(map(str.removesuffix, map(str.removesuffix, words, repeat("'s")), repeat("’s")))
    tails = [word.rsplit("-", 1)[1] for word in bare if "-" in word]
    city = lang == "de" and not CITY_PLAYERS.isdisjoint(bare)
    if DESCRIPTOR_ROLES.isdisjoint(bare) and DESCRIPTOR_ROLES.isdisjoint(tails) and not city:
        return spans
    for match in DESCRIPTOR.finditer(text):
        words = match.group("words").split()
        for count, word in enumerate(words, 1):
            if city and count == 1 and _city_player(text, match, words):
                spans.append((match.start(), match.start("words") + len(word)))
                break
            if is_role(word):
                end = match.start("words") + len(" ".join(words[:count]))
                if not NOT_A_PLAYER.match(text[end:]) and not names_after(text, end, lang):
                    spans.append((match.start(), end))
                break
    for match in CLUB_DESCRIPTOR.finditer(text):
        if match.group("role").lower() in DESCRIPTOR_ROLES:
            spans.append((match.start(), match.end()))
    return spans


def _city_player(text: str, match: re.Match, words: list[str]) -> bool:
    """`Der Münchner traf`: capital `Der` opening a sentence or clause, a city's player, and
    a lower-case verb after it."""
    if text[match.start()] != "D" or words[0].lower() not in CITY_PLAYERS or len(words) < 2:
        return False
    before = text[: match.start()].rstrip()
    return (not before or before[-1] in ".!?:;,") and words[1][:1].islower()
