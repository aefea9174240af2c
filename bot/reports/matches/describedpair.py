"""`Costinha's goal ... knocked United out. The Portuguese champions, who won the first leg
2-1 at home two weeks ago, advanced 3-2 on aggregate`: a sentence naming no team whose
subject is a side told by its nationality is the one club of that country in the pair
of the result just read; the other side of that pair is the opponent."""

from __future__ import annotations

from bot.reports.matches.storyside import described_side


def described_pair(state, told: str, resolver) -> tuple[str, str] | None:
    """(subject, opponent) from the last result's pair, where the description before the
    score names exactly one of its clubs; None where it names none or the pair is unknown."""
    pair = state.pair
    if not pair:
        return None
    side = described_side(state, "", told, resolver)
    if side not in pair:
        return None
    return side, pair[1] if pair[0] == side else pair[0]
