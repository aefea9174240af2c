"""Which of a pair's two results is the first leg and which the second, and what
one leg lends the other (home side, round, year): asked once the repeats of each
match are merged."""

from __future__ import annotations

import re

from bot.reports.matches.doclower import lower_exact_text
from bot.reports.matches.firmsecondleg import firm_second_leg
from bot.reports.matches.leagueaside import league_beside_leg
from bot.reports.matches.leaguemeeting import league_meetings
from bot.reports.matches.legsunordered import unordered_pair
from bot.reports.matches.reading import Reading
from bot.reports.matches.replays import told_as_replay
from bot.reports.patterns.keyed import Keyed
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any


def set_legs(doc: Document, merged: list[Reading], main) -> None:
    if any("counted" in r.notes for r in merged):  # the season's meetings are no legs
        merged = [r for r in merged if "counted" not in r.notes]
    if len(merged) == 1:
        _first_leg_in_passing(merged[0], doc.published)
    if len(merged) == 1 and merged[0].leg is None and two_legged(doc):
        from bot.reports.ties.facts import stated_aggregate

        r = merged[0]
        agg = stated_aggregate(doc, r.teams())
        if agg and (agg[r.p], agg[r.o]) != (r.p_goals, r.o_goals):
            r.leg = 1 if _told_back(doc, r) else 2
    if len(merged) > 2 and two_legged(doc):
        firm_second_leg(doc, merged)
    if len(merged) != 2:
        return
    a, b = merged
    if a.stage and b.stage and a.stage != b.stage:
        return
    if not a.leg and not b.leg and _months_apart(a.date, b.date) > 2:
        return
    if told_as_replay(a, b):
        a.leg = b.leg = None
        a.stage = b.stage = a.stage or b.stage
        return
    if not a.leg and not b.leg and _home_and_away_in_one_breath(a, b):
        first, later = (a, b) if a.hit.start < b.hit.start else (b, a)
        told_back = (
            _EARLIER_RESULT.search(doc.text, max(0, later.hit.start - 40), later.hit.start)
            or PLUPERFECT.search(doc.text, first.hit.end, later.hit.start)
            or _EARLIER_AFTER.match(doc.text, later.hit.end)
        )
        first.leg, later.leg = (2, 1) if told_back else (1, 2)
    if not a.leg and not b.leg and _told_back_in_one_breath(doc, a, b):
        first, later = (a, b) if a.hit.start < b.hit.start else (b, a)
        first.leg, later.leg = 2, 1
    if not a.leg and not b.leg and (main in merged) and two_legged(doc):
        if unordered_pair(doc, a, b):
            return  # `mit einem 2:1 in Amsterdam und einem 1:1 daheim`: no order told
        other = b if a is main else a
        main.leg, other.leg = 2, 1
    if (not a.leg or not b.leg) and league_beside_leg(doc, a, b):
        for r in (a, b):
            _first_leg_in_passing(r, doc.published)
        return
    if a.leg and not b.leg:
        b.leg = 3 - a.leg
    elif b.leg and not a.leg:
        a.leg = 3 - b.leg
    if {a.leg, b.leg} != {1, 2}:
        return
    if a.home and a.home == b.home and a.home != "neutral":
        weak = [r for r in (a, b) if "weak-home" in r.notes]
        for r in weak or (a, b):
            r.home = None
    for x, y in ((a, b), (b, a)):
        if y.home is None and x.home and x.home != "neutral":
            y.home = x.p if x.home == x.o else x.o
        y.stage = y.stage or x.stage
        y.earlier = y.earlier or x.earlier
        y.year = y.year or x.year
    for r in (a, b):
        if r.leg == 1 and "main" not in r.notes and "listing" not in r.notes:
            if "weekday" in r.notes:
                r.date = None
    if main in merged and set(a.teams() or ()) == set(b.teams() or ()):
        if league_meetings(doc, main):  # `Das Hinspiel im Januar` of a league's derby:
            a.leg = b.leg = None  # the season's other meeting, at the other's ground


def _first_leg_in_passing(r: Reading, published: str | None) -> None:
    """`Milan drew the first leg 2-2 at San Siro and play in Munich on Wednesday`,
    `Manchester United, das im Hinspiel nur 2:2 gegen den FC Porto spielte`, after `Am
    Mittwoch werden ... ermittelt`: a first leg told in passing, alone, is not dated by a
    bare weekday of its sentence that is the dateline's own day, or of a sentence that
    names the return (`Am Mittwoch folgen die Rückspiele ... Manchester City, das im
    Hinspiel zu Hause 0:2 verlor`): that is the return's."""
    if r.leg == 1 and "weekday" in r.notes and not r.notes & {"main", "listing"}:
        if r.date is not None and (r.date == published or _RETURN.search(r.sentence.text)):
            r.date = None


_RETURN = re.compile(r"\b(?:Rückspiel\w*|second legs?|return legs?|return matches)\b", re.I)
_HAD_BEFORE = re.compile(r"\b(?:had|hatte|hatten)\b[^,.;:]{0,40}$")
_HAD_AFTER = re.compile(r"[^,.;:]{0,40}?\b(?:hatte|hatten)\b")  # `1:2 verloren hatten`


def _told_back(doc: Document, r: Reading) -> bool:
    """`The French champions, who had won 1-0 in Piraeus, came through ... to reach the
    last eight`, `die das erste Duell in Rom 1:2 verloren hatten`: a leg told in the
    pluperfect, or as what came before (`after the 1-1 draw`), came before the one that
    settled the aggregate: the first leg."""
    text, at = doc.text, r.hit.start
    if _HAD_BEFORE.search(text, max(r.sentence.start, at - 60), at) is not None:
        return True
    if _EARLIER_RESULT.search(text, max(r.sentence.start, at - 40), at) is not None:
        return True  # `to beat Milan 2-1 on aggregate after the 1-1 draw at Old Trafford`
    return _HAD_AFTER.match(text, r.hit.end, r.sentence.end) is not None


def _months_apart(one: str | None, other: str | None) -> int:
    """How many months lie between two dated results (0 where either is undated): the
    legs of a tie are weeks apart, so a December win and a May one that no leg word
    numbers are two games (`In December, when Barcelona beat Madrid 2-0`, told beside
    May's 6-2 in a report whose `first leg` is of another tie). A leg told as one keeps
    its number: its date may still be a guess then, set right from the other leg."""
    if not one or not other or len(one) < 7 or len(other) < 7:
        return 0
    months = [int(d[:4]) * 12 + int(d[5:7]) for d in (one, other)]
    return abs(months[0] - months[1])


def _home_and_away_in_one_breath(a: Reading, b: Reading) -> bool:
    """`beating AZ 2-1 at home and 1-0 in the Netherlands`: two results of one pair
    in one sentence, one at each ground, are the two legs in the order told."""
    homes = {a.home, b.home}
    return (
        a.sentence is b.sentence
        and None not in homes
        and "neutral" not in homes
        and len(homes) == 2
        and "main" not in a.notes | b.notes
    )


def _told_back_in_one_breath(doc: Document, a: Reading, b: Reading) -> bool:
    """`Arsenal crushed Porto 5-0 after losing 2-1 in Portugal`: two results of one pair in
    one sentence of a two-legged round, one at a known ground, the later told as what came
    before the other (`after losing`), are the second leg and the first."""
    if a.sentence is not b.sentence or "main" in a.notes | b.notes:
        return False
    if {a.home, b.home} <= {None, "neutral"} or "neutral" in (a.home, b.home):
        return False
    later = b if a.hit.start < b.hit.start else a
    back = _EARLIER_RESULT.search(doc.text, max(0, later.hit.start - 40), later.hit.start)
    return back is not None and two_legged(doc)


_EARLIER_RESULT = re.compile(
    r"\b(?:after|following) (?:a|an|the|their|its)(?: \w+)?\s*$|\bnach (?:dem|einem)\s*$|"
    r"\b(?:after|following|adding to|on top of)\s+(?:(?:winning|losing|drawing|taking|a|an|"
    r"the|their|its|his|first|opening|game|match|leg|meeting)\s+){1,4}$",
    re.I,
)
"""`thrashed Brugge 5-0 at Old Trafford after a 1-1 draw in Belgium`, `after winning the
first game 2-0`, `adding to its 3-0 victory`: a result told after the other as what
came before it is the first leg."""
_EARLIER_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:last week|a week (?:earlier|before|ago)|last month|"
    r"in the first (?:game|match|meeting)|vor einer Woche|in der Vorwoche|letzte Woche)\b",
    re.I,
)
"""`adding to its 3-0 victory in Munich last week`: a time told back in the clause of
the result told second."""
# `\b(?:had|hatte|hatten)\b` with re.I, spelt out in both cases (no other character folds
# onto these letters) and opened on the letter h, the word boundary asked by a look-behind
# once `ha` stands: `re` skips in C to an h, and the matches are the same.
PLUPERFECT = re.compile(r"[Hh][Aa](?<!\w[Hh][Aa])(?:[Dd]|[Tt][Tt][Ee]|[Tt][Tt][Ee][Nn])\b")
"""`verlor zu Hause mit 0:1, hatte aber an der Anfield Road mit 3:0 gewonnen`: the
result told in the pluperfect after the other came before it."""


_TWO_LEGGED_WORDS = (
    "aggregate|series|first leg|second leg|overall|in total|gesamt|insgesamt|addition|"
    "hinspiel|rückspiel"
)
_TWO_LEGGED = Keyed(re.compile(_TWO_LEGGED_WORDS, re.I), _TWO_LEGGED_WORDS)


def two_legged(doc: Document) -> bool:
    """Asked per reading, answered once per document: the search covers the whole text."""
    known = getattr(doc, "_two_legged", None)
    if known is None:
        low = lower_exact_text(doc)
        if low is None:
            known = bool(_TWO_LEGGED.search(doc.text))
        else:  # the pattern is the words themselves: a substring test on lower case says it
            known = holds_any(low, _TWO_LEGGED.keys)
        doc._two_legged = known and not _BEST_OF.search(doc.text)
    return doc._two_legged


_BEST_OF = Keyed(
    re.compile(
        r"\bbest[- ]of[- ](?:three|five|seven|3|5|7)\b|"
        r"\bgame(?-i:(?<=Game)) [1-7]\b(?!\s?[-:–]\s?\d)|"
        r"\b(?:two|three|four) games to (?:none|one|two|three|zero)\b",
        re.I,
    ),
    "best|game",
)
"""`won their best-of-three series two games to one`: a series of games, not two legs,
so its results are no legs and add up to no aggregate. `Game 3` must be capitalised: the
look-behind (case-sensitive) asks that once `game` stands, so every alternative opens on
a plain letter and the lower-cased form is led by its first letters (see alternations)."""
