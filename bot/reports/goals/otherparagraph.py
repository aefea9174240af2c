"""`Das erste Finale am vergangenen Samstag hatte nach Verlängerung 3:3 geendet. Gary
O'Reilly (19.) hatte Palace in Führung gebracht, ...`: a paragraph that opens on the result
of a match the reader did not find, told in the pluperfect, tells that match's goals."""

from __future__ import annotations

import re

from bot.facts import Match
from bot.reports.goals.claims import GoalEvent
from bot.reports.matches.legorder import PLUPERFECT
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any

_SCORE = re.compile(r"(\d(?<![\d.:-]\d)\d?)\s?[:-]\s?(\d{1,2})(?![\d.:-])")
_ENDED = re.compile(r"\b(?:geendet|ended|finished)\b")
"""The match told as over (`hatte 3:3 geendet`, `had ended 2-2`): a whole game, not a lead
`they had earned` or a goal that `had put them ahead`."""
_ENDED_KEYS = ("geendet", "ended", "finished")
"""_ENDED's words as `in` tests (holds_any): the alternation, searched over the whole
text, entered its match at every g, e and f (0.09 M per read)."""
_NOT_A_RESULT = re.compile(
    r"\b(?:aggregate|on penalties|im Elfmeterschießen|Gesamt\w*|insgesamt|in der Addition|"
    r"shoot-?out|Elfmeter\w*)\b",
    re.I,
)


def told_of_unread_match(doc: Document, events: list[GoalEvent], matches: list[Match]):
    """The events to leave out: those at or after the score of such an opening sentence,
    within its paragraph."""
    if not events or not holds_any(doc.text, _ENDED_KEYS):
        return set()
    read = {tuple(sorted(m.score)) for m in matches if m.score is not None}
    dropped: set[int] = set()
    opened: dict[int, int] = {}
    for event in events:
        start = doc.text.rfind("\n", 0, event.at) + 1
        if start not in opened:
            opened[start] = _unread_opening(doc, start, read)
        if 0 <= opened[start] <= event.at:
            dropped.add(id(event))
    return dropped


def _unread_opening(doc: Document, start: int, read: set[tuple[int, int]]) -> int:
    """Where the other match's score stands in the paragraph's first sentence (-1: none)."""
    first = next((s for s in doc.sentences if s.end > start), None)
    if first is None or first.start > start + 2 or not PLUPERFECT.search(first.text):
        return -1
    if not _ENDED.search(first.text):
        return -1
    if _NOT_A_RESULT.search(first.text):
        return -1
    scores = list(_SCORE.finditer(first.text))
    if len(scores) != 1:
        return -1
    score = tuple(sorted(int(n) for n in scores[0].groups()))
    return -1 if score in read else first.start + scores[0].start()


_RESULT_TOLD = re.compile(
    r"\b(?:won|lost|drew|ended|finished|gewann|gewannen|verlor|verloren|endete)\s+(\d{1,2})\s?[-:]\s?(\d{1,2})\b"
    r"(?![^.;]{0,12}\b(?:on aggregate|on penalties|in der Addition|insgesamt|nach Elfmeter))"
)
_RESULT_KEYS = ("won ", "lost ", "drew ", "ended ", "finished ", "gewann", "verlor", "endete ")
"""The words _RESULT_TOLD opens with, as `in` tests (the literal alternation's search
entered its match at each of their first letters: 0.08 M per read)."""
_EARLIER = re.compile(r"\b(?:after|following|despite|nach|trotz)\s+\w+\s+$", re.I)
_SHOOTOUT = re.compile(r"shoot-?out|penalties|Elfmeterschießen|Elfmetern", re.I)
"""`to force a penalty shootout, which Atletico won 3-2`: the kicks, not another game."""


def told_with_other_result(text: str, events: list[GoalEvent], match: Match, matches: list[Match]):
    """`They also won 2-0 at Ibrox in September, when Edouard and Hayes scored`: goals told
    in a sentence whose own result is not this match's belong to that other game, read or
    not (`The opening game ended 2-1 to the Greeks, Karagounis scoring`: a held-out
    feature's final lost its one goal to the group game's two)."""
    own = tuple(sorted(match.score))
    kept = []
    told_in: dict[str, list[tuple[int, ...]]] = {}
    for event in events:
        if event.evidence not in told_in:
            told_in[event.evidence] = _results(event.evidence)
        told = told_in[event.evidence]
        if told and own not in told:
            continue
        if len(told) > 1 and _nearest_before(text, event) not in (None, own):
            continue  # `won 1-0 in the first leg, then drew 1-1, X scoring`: the 1-1's goal
        kept.append(event)
    return kept


def _nearest_before(text: str, event: GoalEvent) -> tuple[int, ...] | None:
    """The result a sentence of two or more tells last before the event's clause: a goal
    told after a new result (`then drew 1-1 in Naples, Eriksen scoring`) is of that one."""
    lo = max(0, event.at - len(event.evidence))
    start = text.rfind(event.evidence, lo, event.at + len(event.evidence))
    if start < 0 or start > event.at:
        return None
    nearest = None
    for found in _RESULT_TOLD.finditer(event.evidence, 0, event.at - start):
        nearest = tuple(sorted(int(n) for n in found.groups()))
    return nearest


def _results(evidence: str) -> list[tuple[int, ...]]:
    """The results a sentence tells of its own (not earlier ones, not shoot-outs)."""
    if not holds_any(evidence, _RESULT_KEYS):
        return []
    return [
        tuple(sorted(int(n) for n in found.groups()))
        for found in _RESULT_TOLD.finditer(evidence)
        if not _EARLIER.search(evidence, 0, found.start())
        and not _SHOOTOUT.search(evidence, max(0, found.start() - 40), found.start())
    ]
