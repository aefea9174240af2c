"""`Casemiro brought down Suarez in the box and the Uruguayan chipped the penalty in`,
`..., und der Brasilianer schob ein`: the words by which a report tells a player by his
nationality; such a finisher is someone the reader cannot name, never the one named before."""

from __future__ import annotations

from bot.reports.names.namewords import DEMONYMS_DE, DEMONYMS_EN

_WORDS = sorted(
    {w[0].upper() + w[1:] for w in DEMONYMS_EN | DEMONYMS_DE if not w.endswith("s")},
    key=len,
    reverse=True,
)
NATIONAL_PERSON = "(?:" + "|".join(_WORDS) + ")"
"""A nationality told as a person (`the Uruguayan`, `der Brasilianer`, `the Spaniard`),
from the people finder's own demonym lists (a plural like `Brazilians` is a team)."""
