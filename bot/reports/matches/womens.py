"""A report on women's football names its competitions as the men's are named (`das
WM-Finale`, `the Champions League`): in such a story they are the women's competitions."""

from __future__ import annotations

import re

WOMENS = {
    "FIFA World Cup": "FIFA Women's World Cup",
    "UEFA European Championship": "UEFA Women's Euro",
    "UEFA Champions League": "UEFA Women's Champions League",
    "DFB-Pokal": "DFB-Pokal Frauen",
}
_WORDS = ("Frauen", "omen's", "omen’s", "OMEN'S", "Lionesses", "USWNT", "NWSL")
_PLURAL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?<!Gew|Beg|Bes|Ent)innen\b")
"""A sign of women's football: `women's`, `Frauen` (`DFB-Frauen`, `Frauenfußball`), a women's
plural (`die Fußballerinnen`, `die Wölfinnen`); not `Gewinnen`, `Beginnen`."""


def womens_story(doc) -> bool:
    """Two signs of women's football or more: one alone may be an aside in a men's story
    (`the club's women's team`)."""
    known = doc.cache.get("womens-story")
    if known is None:
        known = doc.cache["womens-story"] = _two_signs(doc.text)
    return known


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


def womens_form(doc, competition: str | None) -> str | None:
    """The women's competition of a men's one named in a women's story."""
    if competition in WOMENS and womens_story(doc):
        return WOMENS[competition]
    return competition
