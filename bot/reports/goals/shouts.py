"""What a live report shouts or heads a line with is no player: `RED CARD!`, `63 Min.:`."""

from __future__ import annotations

import re

from bot.reports.goals.groundnames import ground_named

SHOUT = re.compile(
    r"(?:(?:GO+A+L|GOALS|GOLDEN|OWN|RED|YELLOW|SECOND|STRAIGHT|CARD|OFF|SENT|PENALTY|VAR|SAVE|MISS|"
    r"WHAT|NO|YES|OH|HALF-TIME|FULL-TIME|KICK-OFF|TO+R|ROT|GELB-ROT|ROTE|KARTE|ELFMETER|"
    r"PLATZVERWEIS|WAS|FÜR|EIN|EINE|NEIN|JA|ANOTHER|NOCH)[\s!]*)+"
)
"""`63 min: RED CARD!`: a live report's capitalised shout is no player's name."""
_UNIT = re.compile(r"\.?\s*:")
_DIGITS = tuple("0123456789")


_FINISH_NOUNS = frozenset(
    """Distanz Halbdistanz Entfernung Nähe Winkel Drehung Lage Rücklage Position Gewühl
    Kopf Fuß Spitze Luft Strafraum Fünfmeterraum Sechzehner Mitte Nachschuss
    Direktabnahme Strafraumgrenze Torlinie""".split()
)
"""`verkürzte aus kurzer Distanz (48.)`, `traf per Kopf`: where and how a German shot
went in, a noun after a lower-case word, is no name."""


_HEADINGS = frozenset("goals goal scorers scorer goalscorers tore tor torschützen".split())


def no_person(text: str, person) -> bool:
    """A capitalised shout, or the unit of a minute heading (`63 Min.:`), read as a name;
    or a German finish noun (`aus kurzer Distanz`)."""
    if person.name.isupper() and SHOUT.fullmatch(person.name):
        return True
    raw = text[person.start : person.end]
    if raw.isupper() and SHOUT.fullmatch(raw):
        return True  # `ANOTHER PENALTY!`, a shout whose name was given title case
    if person.name in _FINISH_NOUNS and person.before.islower():
        return True
    if ground_named(person.name):
        return True
    if person.name.lower() in _HEADINGS and text[person.end : person.end + 2].lstrip()[:1] == ":":
        return True  # `Goals: None.`, `Torschützen: ...`: a line's heading
    return bool(_UNIT.match(text, person.end)) and text[
        max(0, person.start - 6) : person.start
    ].rstrip().endswith(_DIGITS)
