"""A scorer list with a count after each name and the goal verb told once (`Gnabry scored
twice and Lewandowski once`, `als Gnabry zweimal und Lewandowski einmal getroffen hatten`,
`Gnabry traf doppelt, Lewandowski einmal`): each name scored its own count."""

from __future__ import annotations

import re

from bot.reports.goals.scorers import Candidate

_COUNTS = {
    "once": 1, "einmal": 1, "twice": 2, "zweimal": 2, "doppelt": 2,
    "three times": 3, "dreimal": 3,
}  # fmt: skip
_COUNT = r"(?P<count>once|twice|three times|einmal|zweimal|doppelt|dreimal)"
_VERB = r"(?:scored|netted|struck|traf|trafen)"
_FIRST = re.compile(r"\s+(?:(?P<verb>" + _VERB + r")\s+)?" + _COUNT)
_LATER = re.compile(r"\s+" + _COUNT)
_JOIN = re.compile(r"(?:,\s*(?:and\s+|und\s+)?|\s+(?:and|und)\s+)")
_END = re.compile(r"\s*(?:[.;,]|$|\s*(?P<verb>getroffen|scored|erfolgreich)\b)")


def counted_scorers(text: str, found: list[Candidate], end: int) -> list[tuple[Candidate, int]]:
    """The names of such a list with their counts, or [] where the clause is not one."""
    names = [c for c in found if c.eligible and c.name]
    for first_index, first in enumerate(names):
        head = _FIRST.match(text, first.end)
        if head is None:
            continue
        listed = [(first, _COUNTS[head.group("count").lower()])]
        verb = head.group("verb") is not None
        at = head.end()
        for candidate in names[first_index + 1 :]:
            join = _JOIN.match(text, at)
            if join is None or join.end() != candidate.start:
                break
            count = _LATER.match(text, candidate.end)
            if count is None:
                return []
            listed.append((candidate, _COUNTS[count.group("count").lower()]))
            at = count.end()
        tail = _END.match(text, at, max(at, end))
        if len(listed) < 2 or tail is None:
            return []
        if not verb and tail.group("verb") is None:
            return []
        return listed
    return []
