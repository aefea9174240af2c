"""`Dortmund hatte in Spanien 0:0 gespielt, Real das Hinspiel in Madrid mit 3:0 gewonnen`,
`Porto drew 1-1 in London, Chelsea won the first leg 3-0`: clauses joined by a comma,
each opening on its own subject with its own score, tell the results of different
games; the team opening the one clause is no opponent of the other clause's subject."""

from __future__ import annotations

import re

from bot.reports.matches.outcomes import ANY_SCORE

_CLAUSE_OPEN = re.compile(r"(?:^|[,;]\s*|\b(?:und|and)\s+)(?:(?:der|die|das|the)\s+)?$")


def other_clause_subject(sentence, hit, people, mention) -> bool:
    """Whether `mention` opens a clause other than the score's, with a score of its own,
    where the two clauses are joined by a comma and each opens on another team."""
    text, base = sentence.text, sentence.start
    rel, at = hit.start - base, mention.start - base
    if at < rel:  # `Dortmund ... 0:0 gespielt, Real ... 3:0 gewonnen`, told of the 3:0
        cut = text.rfind(", ", 0, rel)
        own, other, scored = at, cut + 2, (at, cut)
    else:  # `Porto drew 1-1 in London, Chelsea won ... 3-0`, told of the 1-1
        cut = at - 2
        own = next((m.start - base for m in people if m.start - base < rel), -1)
        other, scored = at, (at, len(text))
        if not text.startswith(", ", cut) or cut < hit.end - base:
            return False
    if cut < 0 or own < 0 or own >= cut:
        return False
    teams = {m.start - base: m.team for m in people}
    subject = teams.get(other if at < rel else own)
    if subject is None or subject == mention.team:
        return False
    if not _CLAUSE_OPEN.search(text, max(0, own - 12), own):
        return False
    return ANY_SCORE.search(text, *scored) is not None


def gapped_opponent(sentence, hit, people, team: str | None) -> bool:
    """Whether a guessed opponent is named only as the subject of another such clause."""
    return any(m.team == team and other_clause_subject(sentence, hit, people, m) for m in people)
