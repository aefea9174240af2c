"""A competition named in a relative clause beside a result (`Für Löw, der nach der
Europameisterschaft aufhört, ... nach dem 0:6 gegen Spanien`) tells about whoever the
clause describes, not the result's competition."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.competitions.names import info
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.clausecuts import clause_breaks

_RELATIVE = re.compile(r"(?:der|die|das|dem|den|deren|dessen|who|which|whose)\b")


def outside_relative_clauses(text: str, score_at: int, found: list) -> list:
    """The competition mentions of a sentence not inside a relative clause that does
    not hold the score (`score_at`, offsets within the sentence)."""
    breaks = clause_breaks(text)
    if not breaks:
        return found
    starts = [0, *(end for _, end in breaks)]
    ends = [*(start for start, _ in breaks), len(text)]
    keep = []
    for m in found:
        for lo, hi in zip(starts, ends, strict=True):
            if lo <= m.start < hi:
                relative = lo > 0 and _RELATIVE.match(text, lo) and not lo <= score_at < hi
                if not relative:
                    keep.append(m)
                break
        else:
            keep.append(m)
    return keep


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "January Januar Jänner",
            "February Februar",
            "March März",
            "April",
            "May Mai",
            "June Juni",
            "July Juli",
            "August",
            "September",
            "October Oktober",
            "November",
            "December Dezember",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = re.compile(
    r"\b(?:in|im|im vergangenen|last|this|early|late|mid-?)\s+(" + "|".join(_MONTHS) + r")\b"
)


def another_window(text: str, published: str | None, competition: str | None) -> bool:
    """`nach dem 0:6 gegen Spanien im November` in a report of March: national teams
    play a competition per window (qualifiers, Nations League, friendlies), so for a
    result of a month well before the report's the report's own national-team
    competition is only a guess (a club's cup run spans months: not asked there)."""
    data = info(competition) if competition else None
    if not published or data is None or data.kind != "national":
        return False
    month = int(published[5:7])
    for m in _MONTH.finditer(text):
        told = _MONTHS[m.group(1)]
        if (month - told) % 12 >= 2:
            return True
    return False


_FRIENDLY = Keyed(
    re.compile(
        r"\b(?:Test|Tests|Testspiel\w*|Länderspiel-Test\w*|Freundschaftsspiel\w*|"
        r"Vorbereitungsspiel\w*|Vorbereitung|friendly|friendlies|exhibition|warm-up|tune-up)\b"
    ),
    "Test|Freundschaftsspiel|Vorbereitung|friendl|exhibition|warm-up|tune-up",
    cased=True,
)
"""Cased: each word holds one of the keys as written, and most sentences hold none."""


def told_as_friendly(text: str) -> bool:
    """`im letzten Test ... mit 2:1 gegen Griechenland`, `in a friendly`: a match
    outside any competition, so the report's own is not its competition."""
    return _FRIENDLY.search(text) is not None


_PREP_RELATIVE = re.compile(
    r"(?:(?:in|an|bei|mit|nach|während|in|at|during|after|with)\s+)?"
    r"(?:der|dem|denen|welcher|welchem|which|whom)\s",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\b(?:hatte|hatten|had)\b")
"""Case-sensitive: every match holds `hatte` or `had`, which `in` tests first."""


def outside_past_relatives(text: str, score_at: int, found: list) -> list:
    """`siegte mit 5:1 und krönte damit eine Saison, in der sie bereits den Meistertitel in
    der Bundesliga geholt hatte`: a competition named in a relative clause told in the past
    perfect, apart from the score, is the one of something done before, not the result's."""
    if not found or ("had" not in text and "hatte" not in text):
        return found
    if not _PAST_PERFECT.search(text):
        return found
    breaks = clause_breaks(text)
    keep = []
    for m in found:
        clause = next(((lo, hi) for lo, hi in _clauses(text, breaks) if lo <= m.start < hi), None)
        if clause is None or clause[0] == 0 or clause[0] <= score_at < clause[1]:
            keep.append(m)
            continue
        lo, hi = clause
        start = len(text) - len(text[lo:].lstrip(" ,;–—"))
        if _PREP_RELATIVE.match(text, start) and _PAST_PERFECT.search(text, lo, hi):
            continue
        if _bare_relative(text, start, hi):
            continue
        keep.append(m)
    return keep


def in_past_relative(text: str, m) -> bool:
    """Whether the mention stands in a past-perfect relative clause of its sentence that
    tells of another season (the report's opening names `das Europa-League-Finale` only as
    what the opponent had reached the season before)."""
    if "hatte" not in text and "had" not in text:
        return False
    lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    hi = min(x for x in (text.find(". ", m.end), text.find("\n", m.end), len(text)) if x >= 0)
    sentence = text[lo:hi]
    if "hatte" not in sentence and "had" not in sentence:
        return False
    at = m.start - lo
    end = sentence.find(",", m.end - lo)
    end = len(sentence) if end < 0 else end
    if not _OTHER_SEASON.search(sentence, max(0, sentence.rfind(", ", 0, at)), end):
        return False  # `Ghana, who had carried African hopes at the first World Cup`: this one
    shifted = replace(m, start=at, end=m.end - lo)
    return not outside_past_relatives(sentence, -1, [shifted])


_OTHER_SEASON = re.compile(
    r"\b(?:(?:in der |)(?:vergangenen|letzten|vorigen) (?:Saison|Spielzeit)|Vorsaison|"
    r"last season|the (?:previous|last) season|the season before)\b",
    re.IGNORECASE,
)


_BARE_RELATIVE = re.compile(r"(?:die|das)\s|(?:who|that|which)\s+had\b")
_VERB_LAST = re.compile(r"\b(?:hatte|hatten)\W*$")


def _bare_relative(text: str, start: int, end: int) -> bool:
    """`den deutschen Meister, die Mannschaft von Xabi Alonso, die in der vergangenen Saison
    bis zum Europa-League-Finale kein Pflichtspiel verloren hatte`, `who had reached the
    Europa League final`: a relative clause whose verb comes last (German) or opens on
    `had` (English)."""
    found = _BARE_RELATIVE.match(text, start)
    if found is None:
        return False
    return found.group().startswith(("w", "t")) or bool(_VERB_LAST.search(text, start, end))


def _clauses(text: str, breaks) -> list[tuple[int, int]]:
    starts = [0, *(end for _, end in breaks)]
    ends = [*(start for start, _ in breaks), len(text)]
    return list(zip(starts, ends, strict=True))
