"""A report on women's football names its competitions as the men's are named (`das
WM-Finale`, `im Finale der Champions League`, `the Champions League`), with the women told by
the words around them (`die Wölfinnen`, `Torhüterin`, `she`, `women's`): the store keeps a
women's competition apart from the men's, so such a report's matches and ties take the
women's."""

from __future__ import annotations

import re

from bot.reports.matches.competitionmentions import first_named

WOMEN_OF = {
    "UEFA Champions League": "UEFA Women's Champions League",
    "UEFA European Championship": "UEFA Women's Euro",
    "FIFA World Cup": "FIFA Women's World Cup",
    "DFB-Pokal": "DFB-Pokal Frauen",
    "Bundesliga": "Frauen-Bundesliga",
}
_WORDS = ("Frauen", "omen's", "omen’s", "OMEN'S", "Lionesses", "USWNT", "NWSL")
_PLURAL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?<!Gew|Beg|Bes|Ent)innen\b")
"""A sign of women's football: `women's`, `Frauen` (`DFB-Frauen`, `Frauenfußball`), a women's
plural (`die Fußballerinnen`, `die Wölfinnen`); not `Gewinnen`, `Beginnen`."""


def womens_story(doc) -> bool:
    """Two signs of women's football or more (one alone may be an aside in a men's story:
    `the club's women's team`), or the words for its players (`womens_report`)."""
    known = doc.cache.get("womens-story")
    if known is None:
        known = _two_signs(doc.text) or womens_report(doc.text, doc.lang)
        known = known or _womens_lead(doc)
        doc.cache["womens-story"] = known
    return known


_NAMED_WOMENS = re.compile(r"(?:[Ww]omen['’]s|WOMEN'S)\s+(?:the\s+)?[A-Z]")
_WOMENS_BEFORE = re.compile(r"(?:[Ww]omen['’]s|WOMEN'S)\s+(?:the\s+)?$")


def _womens_lead(doc) -> bool:
    """`VfL Wolfsburg won the women's German Cup ...`: a report whose first competition is
    named as the women's edition tells a women's story, even with no other sign of one
    (not `the Champions League final ..., a week after the Women's World Cup`)."""
    if "omen" not in doc.text and "OMEN" not in doc.text:
        return False
    if not _NAMED_WOMENS.search(doc.text):
        return False  # no `women's` before a capitalised name: the finder is not asked
    first = first_named(doc.text, doc.published, played=False)
    if first is None or first.name not in WOMEN_OF:
        return False
    return _WOMENS_BEFORE.search(doc.text, max(0, first.start - 12), first.start) is not None


def _two_signs(text: str) -> bool:
    signs = sum(text.count(word) for word in _WORDS)
    at = text.find("innen")
    while signs < 2 and at >= 0:
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if _PLURAL.match(text, start):
            signs += 1
        at = text.find("innen", at + 5)
    return signs >= 2


_ONE_WOMAN = re.compile(r"(?:erin|änin|ützin)\b")
_PLAYER_STEMS = tuple(
    "spieler hüter kapitän jäger fußballer trainer stürmer schütz verteidiger".split()
)
# a crowd's women (`Zuschauerinnen`), and verbs (`Ballgewinnen`, `Beginnen`)
_NOT_PLAYERS = tuple(
    "anhänger zuschauer besucher leser hörer bürger kolleg gew beg entr sp".split()
)
_SHE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b")
_WOMEN = re.compile(r"[Ww]omen's|WOMEN'S|Lionesses")


def _word_before(text: str, at: int) -> str:
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:at]


def _women_players(text: str) -> set[str]:
    """The distinct words for women players: `Torhüterin`, `Kapitänin` and any plural
    noun in `-innen` (`Wölfinnen`, `Französinnen`), those of a crowd left out
    (`Zuschauerinnen`); each by its stem, so `Spielerin` and `Spielerinnen` are one."""
    found = set()
    at = text.find("innen")
    while at != -1:
        stem = _word_before(text, at)
        low = stem.lower()
        if len(stem) > 3 and stem[0].isupper() and not low.endswith(_NOT_PLAYERS):
            found.add(low)
        at = text.find("innen", at + 5)
    if "erin" not in text and "änin" not in text and "ützin" not in text:
        return found
    for m in _ONE_WOMAN.finditer(text):
        stem = (_word_before(text, m.start()) + m.group()[:-2]).lower()
        if stem.endswith(_PLAYER_STEMS):
            found.add(stem)
    return found


def womens_report(text: str, lang: str) -> bool:
    """Whether the report is about women's football: in German two distinct words for
    women players (`Spielerin`, `Wölfinnen`), or one and `Frauen`; in English `she` or
    `her` four times, or once with `women's`."""
    if lang == "de":
        players = len(_women_players(text))
        return players >= 2 or (players == 1 and "Frauen" in text)
    she = sum(map(text.count, (" she ", " her ", "She ", "Her ", " herself")))
    she = she and len(_SHE.findall(text))  # with one plain form, count `her,` too
    return she >= 4 or (she >= 1 and bool(_WOMEN.search(text)))


def womens_form(doc, competition: str | None) -> str | None:
    """The women's competition of a men's one named in a women's story."""
    if competition in WOMEN_OF and womens_story(doc):
        return WOMEN_OF[competition]
    return competition


def womens_competitions(doc, matches, ties) -> None:
    """Give the matches and ties of a report on women's football the women's
    competition where the reader took the men's of the same name."""
    named = [f for f in (*matches, *ties) if f.competition in WOMEN_OF]
    if not named or not womens_story(doc):
        return
    for fact in named:
        fact.competition = WOMEN_OF[fact.competition]
