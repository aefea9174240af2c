"""Every score in a sentence, told apart by what it is: a result, a running
score (`zum 2:0`, `a 2-1 lead`), a half-time score `(1:0)`, an aggregate or a
shoot-out. Only results become matches; the rest would be wrong facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.reports.matches.finalscores import final_with_halftime, stood_at_the_end
from bot.reports.matches.halfgoalless import of_a_half
from bot.reports.matches.heldgoalless import held_for_a_while
from bot.reports.matches.scorekinds import classify
from bot.reports.matches.turneddeficit import turned_deficit
from bot.reports.patterns.keyed import lowered
from bot.reports.patterns.spots import Folded
from bot.reports.text.digits import holds_digit

# A digit first (the look-behind after it) lets the regex engine skip to digits.
_SCORE = re.compile(
    r"(\d(?<![\w.,:+/–-]\d)\d?) ?([:–-]) ?(\d{1,2})(?![\d])(?![:.,–-]\d)"
    r"(-[A-Za-zÄÖÜäöüß]+)?"
)
_MONTH_BEFORE = Folded(
    re.compile(
        r"\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|"
        r"jun[ei]?|jul[yi]?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|"
        r"nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\.?\s*$",
        re.IGNORECASE,
    )
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}\.\s*$")
"""`am 2. Oktober 1:1`: after a German date the colon pair is a score, not a day."""
TIME_AFTER = re.compile(r"^\s*(?:uhr|h\b|am\b|pm\b|a\.m\.|p\.m\.|et\b|local)", re.IGNORECASE)


_GOALLESS = re.compile(
    r"\b(?:goalless|scoreless) (?:draw|tie|stalemate|(?:first|second|opening|return) leg)\b|"
    r"\btorlose[mns]? (?:remis|unentschieden|hinspiel|rückspiel)\b|\bnullnummer\b|"
    r"\bsich (?:[\w-]+ ){0,14}?torlos\b|\bendete (?:[\w-]+ ){0,4}?torlos\b|"
    r"\b(?:ended|finished) goalless\b|\btorlos (?:geendet|ausgegangen)\b|"
    r"\b(?:goalless|scoreless) 120 minutes\b",
    re.IGNORECASE,
)
_GOALLESS_KEYS = ("goalless", "scoreless", "torlos", "nullnummer")


def _goalless_hint(sentence: str) -> bool:
    """Whether a goalless phrase may be there; each holds one of the keys (a text
    with `ı` or `ſ`, which re.IGNORECASE folds onto `i` and `s`, is always searched)."""
    low = lowered(sentence)
    for key in _GOALLESS_KEYS:
        if key in low:
            return True
    return not low.isascii() and ("ı" in low or "ſ" in low)


_ANY_DIGIT_PAIR = re.compile(r"\d ?[:–-] ?\d")
_PAIR_MARK = re.compile(r"[:–-](?:(?<=\d[:–-])|(?<=\d [:–-])) ?\d")
"""_ANY_DIGIT_PAIR found from its mark: `re` skips to one of three characters, not
to every digit, where the Unicode digit test runs per character (about a quarter
fewer instructions on the reports' sentences). The leftmost pair has the leftmost
mark (a digit, maybe a blank, then the mark: one mark per start), so its start is the
mark's one or two characters back (tests/reports/test_sr18_gates.py)."""


def _pair_start(sentence: str) -> int | None:
    """`_ANY_DIGIT_PAIR.search(sentence).start()`, or None where it finds nothing."""
    mark = _PAIR_MARK.search(sentence)
    if mark is None:
        return None
    at = mark.start()
    return at - 2 if sentence[at - 1] == " " else at - 1


def may_state_score(sentence: str) -> bool:
    """Whether a sentence can state a result at all: a digit (a score, a listing's
    `Porto 3, Roma 1`, a line score's total) or a goalless phrase."""
    return holds_digit(sentence) or _goalless_hint(sentence)


def score_sentences(doc) -> list[bool]:
    """`may_state_score` of each sentence of the document: the result and the tie
    readers both ask it of every sentence, so it is worked out once per document (the
    result reader keeps its answers here as it goes)."""
    found = doc.cache.get("matches.may-score")
    if found is None:
        found = doc.cache["matches.may-score"] = [may_state_score(s.text) for s in doc.sentences]
    return found


@dataclass(frozen=True)
class ScoreHit:
    start: int
    end: int
    first: int
    second: int
    kind: str
    suffix: str = ""

    @property
    def draw(self) -> bool:
        return self.first == self.second


def find_scores(sentence: str, offset: int = 0) -> list[ScoreHit]:
    """Scores in one sentence with their kind, offsets relative to the document."""
    return list(_find_scores(sentence, offset))


@lru_cache(maxsize=4096)
def _find_scores(sentence: str, offset: int) -> tuple[ScoreHit, ...]:
    goalless = _goalless_hint(sentence)
    pair = _pair_start(sentence)
    if not goalless and pair is None:
        return ()
    hits = []
    # every score holds a digit pair that starts at most one digit after the score does
    scores = _SCORE.finditer(sentence, max(0, pair - 1)) if pair is not None else ()
    for match in scores:
        before = sentence[: match.start()]
        after = sentence[match.end() :]
        month_from = max(0, len(before.rstrip()) - 12)
        month = _MONTH_BEFORE.search(sentence, month_from, match.start())
        if month and not (":" in match.group() and _DAY_BEFORE.search(sentence, 0, month.start())):
            continue
        if TIME_AFTER.match(after):
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if max(first, second) > 30:
            continue
        suffix = (match.group(4) or "")[1:].lower()
        kind = classify(before, after, suffix, _inside_parens(before))
        if kind == "running" and (
            final_with_halftime(before, after, first, second)
            or stood_at_the_end(before, after)
            or turned_deficit(sentence, match.start(), match.end())
        ):
            kind = "result"
        hits.append(
            ScoreHit(offset + match.start(), offset + match.end(), first, second, kind, suffix)
        )
    for match in _GOALLESS.finditer(sentence) if goalless else ():
        kind = classify(sentence[: match.start()], sentence[match.end() :], "", False)
        if kind == "result" and held_for_a_while(
            sentence[: match.start()], sentence[match.end() :]
        ):
            kind = "running"
        if kind == "result" and of_a_half(sentence[: match.start()], match.group()):
            kind = "running"
        hits.append(ScoreHit(offset + match.start(), offset + match.end(), 0, 0, kind, "remis"))
    return tuple(sorted(hits, key=lambda h: h.start))


def _inside_parens(before: str) -> bool:
    return before.rfind("(") > before.rfind(")")
