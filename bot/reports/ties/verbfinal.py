"""`hatten die Bayern im Halbfinale Titelverteidiger Real Madrid ausgeschaltet`: in a
German clause whose participle of knocking out closes it, the first of its two teams
is the subject (the winner), the second the object, unless an accusative article
(`den FC Bayern hatte Real ... ausgeschaltet`) or a nominative one on the second
(`hatte ihn der FC Bayern ausgeschaltet`) says the order is turned round."""

from __future__ import annotations

import re

_PARTICIPLE = re.compile(r"(?:ausgeschaltet|eliminiert|rausgeworfen|rausgekegelt)", re.I)
_CLAUSE_END = re.compile(r"\s*(?:hatte|hatten|hat|haben)?\s*(?:[,;.:!]|$)")
_AUXILIARY = re.compile(r"\b(?:hatte|hatten|hat|haben)\b")
_JOINED = re.compile(r"\b(?:und|sowie|oder)\b|,")
_OBJECT_ARTICLES = frozenset(("den", "einen", "dem", "Den", "Einen", "Dem"))


def verb_final_subject(text: str, before: list, verb: re.Match, offset: int, end: int):
    """The winner of a verb-final clause with exactly two teams before its participle."""
    if len(before) != 2 or not _PARTICIPLE.fullmatch(verb.group()):
        return None
    if not _CLAUSE_END.match(text, offset + verb.end(), end):
        return None
    first, second = before
    if first.team == second.team or first.prep in _OBJECT_ARTICLES or second.prep == "der":
        return None
    clause_start = max(offset, text.rfind(",", offset, first.start) + 1)
    if not _AUXILIARY.search(text, clause_start, first.start):
        return None  # `..., Juventus Turin und den VfL Wolfsburg ausgeschaltet`: a list
    if _JOINED.search(text, first.end, second.start):
        return None
    return first.team


_VERB_FIRST = re.compile(r"\s*(?:hatte|hatten|hat|haben|had|has|have)\b", re.I)
_APPOSITION_END = re.compile(r",\s*$")


def apposed_subject(text: str, people: list, start: int, lead: str):
    """`Der Gegner in Istanbul, Schachtar Donezk, hatte sich ... gegen Dynamo Kiew
    durchgesetzt`: a clause opening with its auxiliary right after a name set off by
    commas has that name for its subject."""
    if not _VERB_FIRST.match(lead) or not _APPOSITION_END.search(text, max(0, start - 3), start):
        return None
    named = [m for m in people if m.end <= start and not text[m.end : start].strip(", ")]
    if len(named) != 1:
        return None
    opening = text[max(0, named[0].start - 2) : named[0].start]
    return named[0].team if "," in opening else None
