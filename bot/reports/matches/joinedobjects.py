"""Names joined by `and`/`und` share one role: in `knocked out Feyenoord and Bayern`
the second name is an object like the first, never the subject of what follows, and a
result told next is against one of them only where its clause says which."""

from __future__ import annotations

import re

from bot.reports.matches.cues import AT_PLACE
from bot.reports.names.venues import home_by_place

_AND = re.compile(r"\s*,?\s+(?:and|und|sowie)\s+(?:the\s+|den\s+|die\s+|das\s+)?", re.I)
_VERBS = frozenset(
    "out beat beating beaten eliminated eliminating defeated defeating ousted ousting "
    "overcame overcoming past dumped dumping off edged edging den".split()
)
"""The word before the first name: a verb of winning or knocking out, or its particle
(`knocked out`, `saw off`, `schalteten den ... aus`), whose objects the names are."""
_BETWEEN = re.compile(r"\b(?:between|zwischen)\b[^,;.]*$", re.I)


def joined_objects(text: str, people) -> set[int]:
    """Starts of mentions joined by `and` to a name before them that stands as an
    object (its word before is a verb, a particle or a preposition, not a subject's)."""
    return {m.start for group in _groups(text, people) for m in group[1:]}


def _groups(text: str, people) -> list[list]:
    groups: list[list] = []
    for before, m in zip(people, people[1:], strict=False):
        if m.prep not in ("and", "und", "sowie") or not _AND.fullmatch(text, before.end, m.start):
            continue
        if groups and groups[-1][-1] is before:
            groups[-1].append(m)
        elif before.prep.lower() in _VERBS and not _BETWEEN.search(
            text, max(0, before.start - 40), before.start
        ):
            groups.append([before, m])
    return groups


def joined_opponent(doc, sentence, hit, people, p: str, o: str, resolver):
    """The opponent `o`, unless it is one of names joined as objects before the score
    (`knocked out Feyenoord and Bayern ... losing the first leg 1-0 in Munich`): then
    the one the score's own clause singles out by a town, else None (not said)."""
    from bot.reports.matches.sides import clause_bounds

    for group in _groups(doc.text, people):
        teams = [m.team for m in group]
        if o not in teams or p in teams or group[-1].end > hit.start or len(set(teams)) < 2:
            continue
        start, end = clause_bounds(sentence, hit)
        named = {m.team for m in people if start <= m.start < end and m.team in teams}
        if len(named) == 1:
            return named.pop()
        owners = set()
        for at in AT_PLACE.finditer(doc.text, max(start, group[-1].end), end):
            for team in teams:
                rest = [t for t in teams if t != team]
                if all(home_by_place(at.group("place"), (team, t), resolver) == team for t in rest):
                    owners.add(team)
        return owners.pop() if len(owners) == 1 else None
    return o
