"""A stated aggregate is at least what each side scored in a leg read from the same text:
`Der HSV hat das Rückspiel gegen Göteborg mit 0:3 verloren ... geht der Pokal mit dem
Gesamtergebnis von 4:0 nach Göteborg` gives the 4 to Göteborg, not to the sentence's
subject, since Göteborg scored three in the leg alone."""

from __future__ import annotations

from bot.facts import Match, Tie


def fit_to_legs(tie: Tie, legs: dict[int, Match]) -> bool:
    """Turn an aggregate (and the winner it made) round where only the other way fits
    the legs; False where neither way fits them (the tie is then no fact)."""
    if not tie.aggregate or len(tie.aggregate) != 2 or not legs:
        return True
    if _fits(tie.aggregate, legs.values()):
        return True
    a, b = tie.aggregate
    turned = {a: tie.aggregate[b], b: tie.aggregate[a]}
    if not _fits(turned, legs.values()):
        return False
    ahead = max(tie.aggregate, key=tie.aggregate.get)
    if tie.winner == ahead:  # the winner the aggregate's order made (it is unequal here)
        tie.winner = max(turned, key=turned.get)
    tie.aggregate = turned
    return True


def _fits(aggregate: dict[str, int], legs) -> bool:
    for m in legs:
        if m.score is None or m.home not in aggregate or m.away not in aggregate:
            continue
        if aggregate[m.home] < m.score[0] or aggregate[m.away] < m.score[1]:
            return False
    return True
