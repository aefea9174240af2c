"""One card per player where a report tells the same card more than once."""

from __future__ import annotations

from bot.facts import Dismissal
from bot.reports.names.players import last_name as surname


def merge_cards(cards: list[Dismissal]) -> list[Dismissal]:
    """One card per player; the statement with a minute wins."""
    out: dict[str, Dismissal] = {}
    for card in cards:
        key = surname(card.player)
        kept = out.get(key)
        if kept is None or (kept.minute is None and card.minute is not None):
            if kept is not None:
                card.second_yellow = card.second_yellow or kept.second_yellow
                card.team = card.team or kept.team
            out[key] = card
        else:
            kept.second_yellow = kept.second_yellow or card.second_yellow
            kept.team = kept.team or card.team
    return list(out.values())
