"""Names and quoted sentences given back their own spelling: the reader works on a text
whose `ı`, `İ` and `ſ` are read as `i`, `I` and `s` (see document.FOLDED_APART), so a
name it takes from there (`Tuncay Şanli`) would reach a user misspelt."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts import Match, Tie
from bot.reports.text.document import FOLDED_APART, FOLDED_CHARS
from bot.reports.text.holdsany import holds_any

_WORD = re.compile(r"\w+")


def _same(value: str | None) -> str | None:
    return value


def spelling_of(text: str) -> Callable[[str | None], str | None]:
    """A function giving each folded word of a string back as `text` spells it (the
    folding is letter for letter, so the folded word stands for the word it came from);
    the identity for the many texts that have no such letter."""
    if text.isascii() or not holds_any(text, FOLDED_CHARS):
        return _same
    spelt = {}
    for word in _WORD.findall(text):
        if holds_any(word, FOLDED_CHARS):
            spelt[word.translate(FOLDED_APART)] = word

    def back(value: str | None) -> str | None:
        if not value:
            return value
        return _WORD.sub(lambda w: spelt.get(w.group(), w.group()), value)

    return back


def respell(back: Callable[[str | None], str | None], matches: list[Match], ties: list[Tie]):
    """The players, assists and evidence of the facts, spelt as the text spells them."""
    if back is _same:
        return
    for match in matches:
        match.evidence = back(match.evidence) or ""
        for goal in match.goals or ():
            goal.player, goal.assist = back(goal.player), back(goal.assist)
            goal.evidence = back(goal.evidence) or ""
        for card in match.dismissals or ():
            card.player = back(card.player)
            card.evidence = back(card.evidence) or ""
    for tie in ties:
        tie.evidence = back(tie.evidence) or ""
