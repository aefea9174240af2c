"""The sides of a score a tie is read from: its subject and opponent by the words, the
score's owner, a pronoun subject or the story's pair (split from `facts.py`)."""

from __future__ import annotations

from bot.reports.matches.sides import clause_bounds, opponent, sides
from bot.reports.ties.cues import told_after_another_score
from bot.reports.ties.voice import score_owner


def _only_other_named(people, p, o) -> bool:
    """`The four-time champions could not get past Sweden's defence, going out 1-0 on
    aggregate`: the one side named sits outside the subject, so the unnamed side the
    story's pair supplies is the subject that went out."""
    named = {m.team for m in people}
    return o in named and p not in named


def _sides(doc, sentence, hit, people, fallback, pronoun=None):
    p, o, _, _ = sides(doc, sentence, hit, people)
    owner = score_owner(doc.text, hit, people)
    if owner is not None and p != owner:
        p, o = owner, (p if o == owner else o)
    guessed = p is None
    if p is None and pronoun is not None:
        p = pronoun
        start, end = clause_bounds(sentence, hit)
        clause = [m for m in people if start <= m.start < end]
        o = opponent(sentence, hit, people, clause, p)
    if fallback:
        if p is None and o in fallback:
            p = fallback[0] if fallback[1] == o else fallback[1]
        if o is None and p in fallback:
            o = fallback[0] if fallback[1] == p else fallback[1]
            if told_after_another_score(doc, sentence, hit, o):
                o = None
        if p is None and o is None and hit.first == hit.second:
            p, o = fallback
    if pronoun is not None and guessed and p == pronoun:
        guessed = False
    return p, o, guessed
