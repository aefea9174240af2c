"""`Dino Baggio glich aus, und Roberto Baggio drehte mit zwei Treffern das Spiel`: two
scorers who share a surname are two scorers. Claims are matched up by surname (`Baggio`
twice for `Roberto Baggio`), except where two full names of the account share one; those
are told apart by the full name (a held-out report lost a first leg's goals, the two
Baggios taken for one player)."""

from __future__ import annotations

from collections.abc import Callable

from bot.reports.names.players import last_name as surname


def shared_surname_key(players: list[str | None]) -> Callable[[str | None], str]:
    """The key a scorer is counted by: the surname, or the full name where two full names
    of the account share that surname."""
    full: dict[str, set[str]] = {}
    for player in players:
        if player and " " in player:
            full.setdefault(surname(player), set()).add(player.casefold())
    shared = {key for key, names in full.items() if len(names) > 1}

    def key(player: str | None) -> str:
        name = surname(player)
        return player.casefold() if name in shared and player and " " in player else name

    return key
