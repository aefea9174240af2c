"""Words of going through that the shared ADVANCE pattern does not hold: the German
separable `setzte sich (im Halbfinale gegen Slowenien) durch`, `warf Paris aus dem
Wettbewerb` / `aus dem Wettbewerb geworfen`, and the English `came through a play-off
against Canada`. Searched beside ADVANCE wherever the tie reader asks for a word of going
through."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.digits import DIGIT_PAIR
from bot.reports.ties.howwon import HINTS as HOW_HINTS
from bot.reports.ties.howwon import how_won_words

MORE_ADVANCE = re.compile(
    r"\baus dem (?:Wettbewerb|Turnier)\s+(?:geworfen|gekegelt|befördert)\b|"
    r"\b(?:warf|warfen|kegelte|kegelten)\s+(?:[\w.'’-]+\s+){1,5}?aus dem (?:Wettbewerb|Turnier)\b|"
    r"\b(?:came|come|comes|coming)\s+through\s+(?:[\w-]+\s+){0,3}?(?:against|over)\b",
    re.I,
)
_SEPARABLE = re.compile(
    r"\bsetzt(?:e|en)?\s+(?:(?:sie|er)\s+)?sich\s+(?:[^\s,;]+\s+){0,8}?durch\b", re.I
)
"""`Kroatien setzte sich gegen Slowenien durch`: only in a sentence without a score, where
it tells a tie by its winner; with one (`setzte sich ... mit 3:0 durch`) it tells a match
won, in a league as well as in a cup."""
_DURCH = re.compile(r"durch\b", re.I)
_SCORE = DIGIT_PAIR  # `\d\s?[:-]\s?\d`, found from its mark (text/digits)
HINTS = ("setzt", "aus dem wettbewerb", "aus dem turnier", *HOW_HINTS)
"""Lower-case words each match of MORE_ADVANCE holds, or `through` (an ADVANCE hint)."""
_MORE_KEYED = Keyed(MORE_ADVANCE, "aus dem wettbewerb|aus dem turnier|through")
"""Every match of MORE_ADVANCE holds `aus dem wettbewerb`, `aus dem turnier` (its German
branches, with a plain space inside) or `through` (the English one), case aside; Keyed's
test skips a text with none of them (one with the letters re.I folds is searched)."""


def advance_search(text: str):
    """The first word of going through, of ADVANCE or of the words here."""
    found = advance_words(text)
    return found[0] if found else None


def advance_words(text: str) -> list:
    """Every word of going through in the text, in order."""
    # ADVANCE.search is the pattern's first match (found by its key test and lower-cased
    # form, and remembered per text), so finditer from its start finds every match: re
    # reads \b and look-behinds at `pos` from the whole text, and the first match it
    # would find before that start is this one
    first = cues.ADVANCE.search(text)
    found = list(cues.ADVANCE.pattern.finditer(text, first.start())) if first else []
    if _MORE_KEYED.may(text):
        found += MORE_ADVANCE.finditer(text)
    if "setzt" in text and not _SCORE.search(text):
        # the match is taken at its `durch`, so a subject after `setzte sich` stands
        # before the word as one before the verb does (`setzte sich Schalke ... durch`)
        found += [_DURCH.match(text, m.end() - 5) for m in _SEPARABLE.finditer(text)]
    found += how_won_words(text)
    return sorted(found, key=lambda m: m.start())
