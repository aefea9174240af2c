"""`Mit 5:3 in der Gesamtwertung verteidigten die Madrilenen den Pokal, den sie im
Vorjahr gegen Videoton gewonnen hatten`, `... retained the trophy, which they had won
against Videoton the year before`: a team named after the score only inside a relative
clause that tells another season is that season's opponent, not the score's."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_RELATIVE = re.compile(r",\s+(?:den|die|das|dem|der|deren|dessen|which|that|who|whom)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:]")
_YEAR_BEFORE = re.compile(  # not a bare year: `, wo Italien das erste Aus seit 1958 droht`
    r"\b(?:\w+ (?:years?|seasons?) ago|last (?:year|season)|"
    r"vor (?:\w+ )?(?:jahren|jahr|saisons?)|im vorjahr|in der vorsaison|"
    r"the (?:year|season) before|an? (?:year|season) (?:earlier|before)|"
    r"the previous (?:year|season)|im jahr (?:davor|zuvor)|ein jahr (?:zuvor|davor|früher))\b",
    re.I,
)


_KEYS = ("year", "season", "jahr", "saison")


def may_tell_other_time(sentence, hit) -> bool:
    """The cheap gate: words of another season somewhere after the score (each holds one
    of _KEYS, so a plain test skips the pattern for most scores)."""
    rest = sentence.text[hit.end - sentence.start :].lower()
    if not holds_any(rest, _KEYS):
        return False
    return _YEAR_BEFORE.search(rest) is not None


def in_other_time_clause(sentence, hit, mention) -> bool:
    """Whether `mention`, after the score, sits in a relative clause of another season."""
    if mention.start < hit.end:
        return False
    text, at, end = sentence.text, hit.end - sentence.start, mention.start - sentence.start
    opening = None
    for found in _RELATIVE.finditer(text, at, end):
        opening = found
    if opening is None or _CLAUSE_END.search(text, opening.end(), end):
        return False
    close = _CLAUSE_END.search(text, end)
    clause = text[opening.end() : close.start() if close else len(text)]
    return _YEAR_BEFORE.search(clause) is not None
