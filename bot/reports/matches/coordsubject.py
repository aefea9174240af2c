"""A team that opens a later coordinated main clause (`reichte das nach dem 0:4-Debakel im
Hinspiel nicht, doch die Münchner verabschiedeten sich ...`, `... after the 0-4 rout in
the first leg, but Bayern bowed out with dignity`) is that clause's subject, told of
itself, not the opponent of a score whose own clause names no team. (Where the score's
clause has a subject, `Germany won 1-0 in Moscow, and Russia must go into the playoffs`,
the team after `and` may well be the opponent.)"""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_OPENS_COORDINATED = re.compile(
    r"[,;]\s+(?:doch|aber|und|denn|jedoch|but|and|yet)\s+(?:(?:der|die|das|the)\s+)?$", re.I
)
_KEYS = (", doch ", ", aber ", ", und ", ", denn ", ", jedoch ", ", but ", ", and ", ", yet ")


def opens_coordinated_clause(sentence, hit, mention) -> bool:
    """Whether `mention`, told after the score, opens a coordinated main clause."""
    if mention.start < hit.end:
        return False
    text = sentence.text
    if not holds_any(text, _KEYS):  # the cheap test first
        return False
    rel = mention.start - sentence.start
    return _OPENS_COORDINATED.search(text, max(0, rel - 20), rel) is not None


_VERB_NEXT = re.compile(r"\s+[a-z]{3,}\b")


_BREAK = re.compile(r"[,;:.]\s")


def coordinated_subject(text: str, people, score_at: int) -> str | None:
    """`Juventus got past Werder Bremen, and Lyon thrashed PSV 4-0`: a team opening a
    coordinated clause (`, and`/`, but` and a verb) after another team and before the
    score, with no clause break between, is the subject of the score's clause."""
    if not people or ", " not in text[people[0].end : score_at]:
        return None
    for m in reversed(people[1:]):
        if m.end > score_at:
            continue
        if _BREAK.search(text, m.end, score_at):
            return None
        if (
            m.prep in ("and", "but")
            and _OPENS_COORDINATED.search(text, max(0, m.start - 20), m.start)
            and _VERB_NEXT.match(text, m.end)
        ):
            return m.team
    return None
