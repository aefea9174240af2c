"""`Sevilla seemed to have won it in the 105th minute when Kanouté scored`, `Liverpool
seemed to have the trophy won, but Cruyff rose to head in`, `Als die
Bayern schon an den Sieg glaubten, traf Undav (88.)`, `Als kaum noch jemand an die Wende
glaubte, köpfte X ...`: what seemed or was believed is the
win, not the goal; the goal told stands, unless something else in the sentence denies it."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_SEEMED = {
    "en": re.compile(
        r"\b(?:(?:seemed|appeared) to have|(?:thought|believed) (?:they|he|she|it|\w+) had)\s+"
        r"(?:won|sealed|clinched|settled|decided|snatched) (?:it|the (?:game|match|tie|final|"
        r"title|cup|trophy|points))\b|"
        r"\b(?:seemed|appeared) to have (?:it|the (?:game|match|tie|final|title|cup|trophy|"
        r"points)) (?:won|sealed|wrapped up|in the bag)\b|"
        r"\b(?:won|sealed|clinched|settled|decided) it,? or (?:so it )?(?:seemed|appeared)"
        r"(?: to)?\b",
        re.I,
    ),
    "de": re.compile(
        r"\bglaubte[n]? (?:\w+ ){0,3}?(?:schon |bereits )?(?:an den Sieg|an das Weiterkommen|"
        r"an den Titel|an den Einzug)\b|"
        r"\b(?:schon |bereits )?(?:an den Sieg|an das Weiterkommen|an den Titel|an den Einzug) "
        r"glaubte[n]?\b|"
        r"\b(?:kaum (?:noch )?jemand|niemand(?: mehr)?|keiner(?: mehr)?) (?:\w+ ){0,2}?"
        r"(?:an die Wende|an eine Wende|an ein Comeback|an den Ausgleich|an ein Wunder|daran) "
        r"glaubte[n]?\b"
    ),
}
_SEEMED = {
    "en": Keyed(_SEEMED["en"], "seemed|appeared|thought|believed"),
    "de": Keyed(_SEEMED["de"], "glaubte", cased=True),
}
"""Each match holds one of the keys (the German pattern has no re.I): most sentences with
a denial hold none."""


def only_seemed_won(text: str, lang: str, negative) -> bool:
    """Whether every denial `negative` finds in the sentence is a win that only seemed so."""
    pattern = _SEEMED["de" if lang == "de" else "en"]
    if not pattern.may(text):
        return False
    spans = [m.span() for m in pattern.pattern.finditer(text)]
    if not spans:
        return False
    cues = list(negative.pattern.finditer(text))
    return all(any(lo <= c.start() < hi for lo, hi in spans) for c in cues)
