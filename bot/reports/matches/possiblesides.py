"""The teams a sentence names as possible sides of a match (split from state.py)."""

from __future__ import annotations

from bot.reports.matches.hostnations import host_mentions
from bot.reports.matches.reading import FORMER_WORDS


def sides_named(doc, sentence) -> list[str]:
    """The teams a sentence names as possible sides: not a place (`in Madrid`), a
    tournament's host (`nach Japan und Südkorea`) nor a player's former club (`der
    frühere Arsenal-Profi`)."""
    hosts = host_mentions(doc, sentence)
    return [
        m.team
        for m in doc.mentions_in(sentence)
        if m.prep != "in" and m.start not in hosts and m.prep not in FORMER_WORDS
    ]
