"""Name normalisation shared by every place that compares team names.

Case, accents, `ß`, punctuation and spacing never decide whether two names
are the same, so all comparison happens on the normalised key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z][^0-9a-z]*")
"""`[^0-9a-z]+` written to open with the class, not a repeat: `re` then skips to the first
such character instead of trying a match at every position (the same runs)."""
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i"})
"""Letters NFKD does not split into a base and a mark: the Turkish dotless `ı` is an `i`
with its dot taken off, as `İ` (which casefold and NFKD take to `i`) is one with a dot
put on, so `Şanlı`, the `Şanli` the reader reads it as and `Sanli` are one name."""
_SPECIAL_CHARS = re.compile("[" + "".join(chr(code) for code in _SPECIAL) + "]")
"""A character _SPECIAL maps: without one, translating by it (a dict lookup a character,
about 7,000 instructions a name) gives the text back unchanged."""


class _Marks(dict):
    """A str.translate table that drops combining marks (the accents NFKD splits
    off), filled in as characters are met: one C-level pass instead of a loop."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING = _Marks()
_MARKS = re.compile(
    "["
    + "".join(chr(code) for code in range(0x300, 0x370) if unicodedata.combining(chr(code)))
    + "]"
)
"""The combining diacritical marks (U+0300-U+036F) _COMBINING drops; the accents of Latin
letters are these."""
_BEYOND_MARKS = re.compile("[^\x00-\x7f\u0300-\u036f]")
"""A character neither ASCII nor in that block: only there may _COMBINING drop a mark
_MARKS does not hold (no ASCII character is a combining mark)."""


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """`FC Bayern München` -> `fc bayern munchen`; `Atlético` -> `atletico`."""
    if name.isascii():
        low = name.lower()
        if low.isalnum() or _spaced_words(low):
            return low
        return _NON_WORD.sub(" ", low).strip()
    text = name.casefold()
    if _SPECIAL_CHARS.search(text):
        text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    # translate by a dict costs a lookup a character: where all but ASCII is of the
    # diacritical block, dropping its marks by one sub gives the same text; where that
    # block's one mark that is no combining one (U+034F) is absent too, all but ASCII goes
    if text.isascii():
        pass
    elif _BEYOND_MARKS.search(text):
        text = text.translate(_COMBINING)
    elif "\u034f" in text:
        text = _MARKS.sub("", text)
    else:
        text = text.encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub(" ", text).strip()


def _spaced_words(low: str) -> bool:
    """Whether lower-cased ASCII `low` is words of letters and digits with one space
    between each two: there `_NON_WORD.sub(" ", low).strip()` gives `low` back."""
    return low.replace(" ", "").isalnum() and "  " not in low and low[0] != " " != low[-1]


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def spelt_out(name: str) -> str:
    """The key of a German name as English text spells it without umlauts
    (`Fortuna Düsseldorf` -> `fortuna duesseldorf`); other names keep their key."""
    return normalize(name.translate(_UMLAUTS))


def surname(player: str | None) -> str:
    """The last word of a player's name, normalised: how the gold compares scorers."""
    if not player:
        return ""
    parts = normalize(player).split()
    return parts[-1] if parts else ""


def same_surname(a: str | None, b: str | None) -> bool:
    """Whether two scorers' surnames are one, with accents ignored and a German umlaut
    equal to its spelling without (`Schürrle`, `Schurrle`, `Schuerrle`): reports in English
    write it either way."""
    key_a, key_b = surname(a), surname(b)
    if not key_a or not key_b:
        return False
    return key_a == key_b or surname(spelt_out(a)) == surname(spelt_out(b))


def alias_forms(alias: str, lang: str) -> tuple[str, ...]:
    """A German plural of a town (`die Münchner`, `die Mailänder`) also in the dative
    (`den Münchnern`, `den Mailändern`): the same side; so is its women's plural (`die
    Münchnerinnen`), the women's side, which the golds give as the club."""
    if lang == "de" and alias.endswith("er") and " " not in alias and alias[:1].isupper():
        return (alias, alias + "n", alias + "innen")
    return (alias,)
