"""`Casemiro brought down Suarez in the box and the Uruguayan chipped the penalty in`,
`..., und der Brasilianer schob ein`: the words by which a report tells a player by his
nationality; such a finisher is someone the reader cannot name, never the one named before."""

from __future__ import annotations

from bot.reports.names.nationalities import COUNTRIES

_EN_IRREGULAR = (
    "Frenchman", "Dutchman", "Englishman", "Irishman", "Welshman", "Scotsman", "Spaniard",
    "Dane", "Swede", "Pole", "Czech", "Turk", "Scot", "Greek", "Icelander", "Swiss",
)  # fmt: skip


def _english() -> list[str]:
    words = list(_EN_IRREGULAR)
    for _, adjectives, _, _ in COUNTRIES.values():
        words += [a for a in adjectives.split("|") if a.endswith(("an", "ese", "ine"))]
    return words


def _german() -> list[str]:
    words = []
    for _, _, plural, _ in COUNTRIES.values():
        if plural.endswith("er"):
            words.append(plural)
        elif plural == "Deutschen":
            words.append("Deutsche")
        elif plural.endswith("en"):
            words.append(plural[:-1])
    return words


_WORDS = sorted({w for w in _english() + _german() if w}, key=len, reverse=True)
NATIONAL_PERSON = "(?:" + "|".join(_WORDS) + ")"
"""A nationality told as a person (`the Uruguayan`, `der Brasilianer`, `the Spaniard`)."""
