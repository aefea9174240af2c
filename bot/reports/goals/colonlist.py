"""`turned on two headers from set pieces: Miedema in the 70th minute and van der Gragt in
the 80th`: the clause after a colon that counts goals is their list, though it holds no
goal word of its own; so is each clause after `struck three times in 16 minutes:` where
the clauses after the colon hold one minute each, as many as the count."""

from __future__ import annotations

import re

from bot.reports.text.numberwords import number

_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|zwei|drei|vier|fünf)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:goals|headers|strikes|finishes|Tore|Treffer|Kopfballtore|Kopfbälle)\b"
    r"[^:.;!?]{0,40}:\s*$",
    re.I,
)
_DENIED = re.compile(
    r"\b(?:ruled out|disallowed|chalked off|annulled|aberkannt\w*|annulliert\w*|nicht gegeben|"
    r"saved|missed|denied|verweigert\w*|gehalten\w*|vergeben\w*|conceded|kassiert\w*)",
    re.I,
)
_TIMES = re.compile(
    r"\b(?:scored|struck|netted|traf|trifft|scores|strikes)\s+(?:(?P<n>twice|two|three|four|"
    r"zweimal|dreimal|viermal)|(?P<m>two|three|four|zwei|drei|vier)\s+(?:times|Mal))\b"
    r"[^:.;!?]{0,40}:\s*$",
    re.I,
)


def listed_after_colon(text: str, sentence_start: int, clause, minutes) -> re.Match | None:
    """A stand-in cue where the clause opens right after `two goals ...:` and holds as many
    minutes as the count says, so each minute is one of the goals counted; else None."""
    if not _after_count(text, sentence_start, clause.start, minutes):
        return None
    return _ANY.search(clause.text)


_ANY = re.compile(r"\S")


def _after_count(text: str, sentence_start: int, clause_start: int, minutes) -> bool:
    if (
        not text.startswith(":", clause_start - 1)
        and ":" not in text[clause_start - 3 : clause_start]
    ):
        return False
    head = _COUNTED.search(text, sentence_start, clause_start)
    if head is None or _DENIED.search(head.group()):
        return False
    return number(head.group("n"), "en") == len(minutes)


def counted_times(reader, scene, index: int) -> re.Match | None:
    """A stand-in cue for clause `index` where it opens after or follows `struck three
    times ...:` and the clauses from the colon to the sentence's end each hold one minute,
    as many as the count: each minute is one of the goals counted; else None."""
    clauses = scene.clauses
    text = reader.doc.text
    first = next(
        (i for i in range(1, index + 1) if ":" in text[clauses[i].start - 3 : clauses[i].start]),
        None,
    )
    if first is None:
        return None
    head = _TIMES.search(text, scene.sentence.start, clauses[first].start)
    if head is None:
        return None
    count = _times(head.group("n") or head.group("m"))
    rest = clauses[first:]
    if len(rest) != count or any(len(reader._minutes_in(c)) != 1 for c in rest):
        return None
    return _ANY.search(clauses[index].text)


def _times(word: str) -> int | None:
    """`twice`, `dreimal`, `three` (of `three times`): how many goals the count tells."""
    word = word.lower()
    return 2 if word == "twice" else number(word.removesuffix("mal"), "de")
