"""A score told for a role, not a name (`hatte es 2:1 für die Gastgeber gestanden`,
`it was 2-1 to the visitors`): once the sentence's own venue names the hosts,
the role says whose the larger number is."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading

_FOR_ROLE = re.compile(
    r"\s*(?:\(\d{1,2}\s?[:–-]\s?\d{1,2}\)\s*)?(?:für|for|to)\s+(?:die|den|the)\s+"
    r"(?:(?P<host>gastgeber|hausherren|hosts|home side|home team)|"
    r"(?P<guest>gäste|gaeste|visitors|visiting side|away side))\b",
    re.I,
)


def told_for_role(text: str, end: int) -> bool:
    """Whether the score ending at `end` is told for the hosts or the visitors: a
    result stated even with no result word (`stand es 1:0 für die Gastgeber`)."""
    return _FOR_ROLE.match(text, end) is not None


def orient_by_role(text: str, readings: list[Reading]) -> None:
    """Orient a reading whose teams came from the story but not its order, when its
    score is told for the hosts or the visitors and its home side is known."""
    for r in readings:
        pair = r.teams()
        if "unoriented" not in r.notes or not pair or r.home not in pair:
            continue
        if r.hit.first == r.hit.second:
            continue
        role = _FOR_ROLE.match(text, r.hit.end)
        if role is None:
            continue
        away = pair[0] if pair[1] == r.home else pair[1]
        leader = r.home if role.group("host") else away
        r.p, r.o = leader, (away if leader == r.home else r.home)
        r.p_goals, r.o_goals = max(r.hit.first, r.hit.second), min(r.hit.first, r.hit.second)
        r.notes.discard("unoriented")
