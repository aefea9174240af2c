"""A first leg's lead told in a preview of the second leg by the side that now hosts or
travels (`Mit einem 2:1-Vorsprung aus dem Hinspiel empfängt Frankfurt West Ham`,
`Frankfurt host West Ham on Thursday holding a 2-1 lead from the first leg`, `Mit einem
2:0-Polster aus dem Hinspiel reist Porto nach Lyon`): the lead is the first leg's result,
played at the ground the side does not play the second leg at."""

from __future__ import annotations

import re

from bot.reports.matches.legleads import leg_lead

_LEAD_DE = re.compile(
    r"(?:-(?:vorsprung|polster|sieg|erfolg))?\s+aus dem hinspiel(?:\s+im rücken)?\s+"
    r"(?P<verb>empfängt|empfangen|reist|reisen|fährt|fahren)\s+",
    re.I,
)
_WITH_DE = re.compile(r"\b[Mm]it (?:einem|dem)\s*$")
_LEAD_EN = re.compile(
    r"^\s*[A-Z][^.;]{0,40}?\s(?P<verb>hosts?|welcomes?|travels?|visits?)\b[^.;]{0,80}?\b"
    r"(?:holding|with|carrying|nursing|protecting)\s+(?:a|an|their|its)\s*$"
)
_LEAD_AFTER_EN = re.compile(r"\s+(?:lead|advantage|cushion)\s+from\s+the\s+first\s+leg\b", re.I)
_HOSTS = frozenset(("empfängt", "empfangen", "host", "hosts", "welcome", "welcomes"))


def preview_lead(before: str, after: str, suffix: str) -> bool:
    """Whether the score between `before` and `after` is such a lead (its sides aside)."""
    return _told(before, after, suffix) is not None


def _told(before: str, after: str, suffix: str) -> re.Match | None:
    told = ("-" + suffix if suffix else "") + after
    tail = before[-12:]
    if "it " in tail and _WITH_DE.search(tail):  # exact: `[Mm]it ` is in every match
        return _LEAD_DE.match(told)
    if len(before) <= 200 and _LEAD_AFTER_EN.match(after):
        return _LEAD_EN.match(before)
    return None


def preview_home(doc, sentence, readings) -> None:
    """Leg 1 and the first leg's ground for each such lead: the other side's where the
    side holding it hosts the second leg, its own where it travels. The side must be the
    reading's subject (named right after the German verb, before the English one); where
    it is not, a lead read only as such (`empfängt die Mannschaft von Trainer Glasner`) is
    dropped again."""
    dropped = []
    for r in readings:
        suffix = r.hit.suffix
        before = doc.text[sentence.start : r.hit.start]
        after = doc.text[r.hit.end : sentence.end]
        found = _told(before, after, suffix)
        if found is None:
            continue
        if not r.teams() or not _subject_told(doc, sentence, r, found):
            if not leg_lead(before, after, suffix):
                dropped.append(r)
            continue
        r.leg = 1
        r.home = r.o if found.group("verb").lower() in _HOSTS else r.p
        r.date = None  # a day the sentence names is the coming leg's
        r.notes.discard("weekday")
    readings[:] = [r for r in readings if r not in dropped]


def _subject_told(doc, sentence, r, found: re.Match) -> bool:
    mentions = doc.mentions_in(sentence)
    if found.re is _LEAD_DE:
        suffix = r.hit.suffix
        verb_end = r.hit.end + found.end("verb") - (len(suffix) + 1 if suffix else 0)
        side = [m for m in mentions if m.start >= verb_end]
        return bool(side) and side[0].team == r.p and side[0].start - verb_end <= 12
    verb_at = sentence.start + found.start("verb")
    return [m.team for m in mentions if m.start < verb_at] == [r.p]
