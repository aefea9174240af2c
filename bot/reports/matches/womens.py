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
_SIGN = re.compile(
    r"\b(?:[Ww]omen['’]?s|WOMEN['’]?S|Lionesses|USWNT|NWSL)\b|Frauen"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+(?<!Gew|Beg|Bes|Ent)innen\b"
)
"""A sign of women's football: `women's`, `Frauen` (`DFB-Frauen`, `Frauenfußball`), a women's
plural (`die Fußballerinnen`, `die Wölfinnen`); not `Gewinnen`, `Beginnen`."""
_GATE = ("omen", "OMEN", "Frauen", "innen", "Lionesses", "USWNT", "NWSL")


def womens_story(doc) -> bool:
    """Two signs of women's football or more: one alone may be an aside in a men's story
    (`the club's women's team`)."""
    known = doc.cache.get("womens-story")
    if known is None:
        text = doc.text
        known = any(g in text for g in _GATE) and _two_signs(text)
        doc.cache["womens-story"] = known
    return known


def _two_signs(text: str) -> bool:
    signs = _SIGN.finditer(text)
    return next(signs, None) is not None and next(signs, None) is not None


def womens_form(doc, competition: str | None) -> str | None:
    """The women's competition of a men's one named in a women's story."""
    if competition in WOMENS and womens_story(doc):
        return WOMENS[competition]
    return competition
