"""Names that a genitive or a preposition makes someone else's object, not the doer:
"der Vertreter des verletzten X staubte ab", "curled it past the diving X"."""

from __future__ import annotations

import re

_GENITIVE = re.compile(r"(?P<noun>[A-ZÄÖÜ][\w-]*)\s+(?:des|eines)\s+(?:[a-zäöüß][\w-]*\s+){0,2}$")
_GOAL_NOUN = re.compile(
    r"(?:\w*[Tt]or|\w*[Tt]reffer|Doppelpack|Dreierpack|Hattrick|Kopfball|Schuss|Abstauber|"
    r"Volley|Freistoß|Elfmeter|Foulelfmeter|Handelfmeter|Strafstoß|Ausgleich|Heber|Lupfer)"
)
_PAST_DESCRIBED = re.compile(r"\b(?i:(?:past|beyond) the|an (?:dem|den)|am)\s+[a-zäöüß][\w-]*\s+$")
"""Each match holds `the`, `an de` or `am` in any case (no letter of these has a case fold
but its own upper case): a window whose lower-cased text holds none, most of them, is
not searched (about 16,000 instructions a search, asked of each goal's candidates)."""


def genitive_attribute(text: str, start: int) -> bool:
    """Whether the name at `start` follows "des"/"eines" after a noun that is no goal:
    "Der Vertreter des verletzten X staubte ab" is someone else's goal; "Das Tor des
    eingewechselten X" is his."""
    found = _GENITIVE.search(text, max(0, start - 60), start)
    return found is not None and not _GOAL_NOUN.fullmatch(found.group("noun"))


def described_object(text: str, start: int) -> bool:
    """ "past the diving X", "am machtlosen X vorbei": a word describing the name stands
    between it and a preposition, which still makes the name its object."""
    lo = max(0, start - 40)
    window = text[lo:start].lower()
    if "the" not in window and "an de" not in window and "am" not in window:
        return False
    return _PAST_DESCRIBED.search(text, lo, start) is not None
