"""A last check of each goal against its own sentence: what the text does not support goes.

The goal reader works clause by clause, yet a flag or a relative minute can still land on
the wrong goal of a sentence ("X converted a penalty in the 23rd and Y finished a counter
in the 36th"). This guard re-reads the evidence sentence of every goal and removes a
penalty or own-goal flag whose cue stands by another goal, or that only tells of a saved
or missed kick; it drops a goal whose "two minutes later" belongs to someone else's
clause, collapses duplicates, and drops goals a team's score cannot hold.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.facts import Goal, Match
from bot.reports.clauses.minutes import LEAD, Minute, find_minutes
from bot.reports.goals import cues as goalcues
from bot.reports.goals.awardedkick import awarded_after, awarded_before
from bot.reports.goals.describednext import described_scorer
from bot.reports.goals.kickflags import CLAUSE_END, check_flags, move_penalty
from bot.reports.goals.ownowner import own_goal_owners
from bot.reports.goals.passiveby import passive_doer, supplied
from bot.reports.goals.setupfor import set_up_for
from bot.reports.names.players import last_name
from bot.reports.text.document import Document, Sentence

_BETWEEN_GOALS = re.compile(r",\s|;\s|\s(?:and|und|while|während|before|bevor|ehe)\s", re.I)
_SUBJECT_BEFORE = frozenset(
    ("", "later", "später", "and", "und", "then", "dann", "danach", "when", "als", "as", "while")
    + ("but", "aber", "doch")
)
_PROVIDED = re.compile(
    r"(?:'s|’s|s)?\s+(?:[\w-]+\s+)?(?:cross|pass|corner|delivery|free kick|"
    r"through ball|backheel|back-heel|flick|flick-on|lay-off|knock-down|cutback|cut-back|"
    r"Flanke|Ecke|Vorlage|Pass|Hereingabe|Zuspiel|Querpass|Ablage|Hackentrick)\b"
)
"""A name's part in the goal that only set it up: `Redondo's backheel`, `Müllers Ablage`."""


@dataclass
class _Anchor:
    goal: Goal
    start: int
    end: int


def check_goals(doc: Document, matches: list[Match]) -> None:
    """Correct or drop, in place, what each match's goal list claims beyond its text."""
    if not any(match.goals for match in matches):
        return
    sentences = {s.text: i for i, s in enumerate(doc.sentences)}
    told = {g.evidence for match in matches for g in match.goals or []}
    minutes, cast = _reading(doc)
    starts = [m.start for m in minutes]
    for match in matches:
        if not match.goals:
            continue
        kept: list[Goal] = []
        by_evidence: dict[str, list[Goal]] = {}
        for goal in match.goals:
            by_evidence.setdefault(goal.evidence, []).append(goal)
        for evidence, goals in by_evidence.items():
            index = sentences.get(evidence)
            if index is None:
                kept.extend(goals)
                continue
            sentence = doc.sentences[index]
            lo = bisect.bisect_left(starts, sentence.start)
            hi = bisect.bisect_left(starts, sentence.end)
            back = doc.sentences[max(0, index - 2)].start  # a lead's time held over one
            before = bisect.bisect_left(starts, back) if index else lo
            times = (minutes[lo:hi], minutes[before:lo])
            checked = _check_sentence(doc, sentence, goals, times, cast)
            if index:
                awarded_before(doc.sentences[index - 1].text, sentence.text, checked)
            if index + 1 < len(doc.sentences):
                after = doc.sentences[index + 1].text
                awarded_after(sentence.text, after, checked, after in told)
            kept.extend(own_goal_owners(doc, sentence, checked, cast))
        order = {id(g): i for i, g in enumerate(match.goals)}
        kept.sort(key=lambda g: order[id(g)])
        match.goals = _within_score(_unique(kept), match)


def _reading(doc: Document):
    cached = getattr(doc, "_event_reading", None)
    if cached is not None:
        reading = cached[1]
        return reading.minutes, reading.cast
    return find_minutes(doc.text, doc.lang), None


def _check_sentence(
    doc: Document, sentence: Sentence, goals: list[Goal], times: tuple[list, list], cast
) -> list[Goal]:
    """Goals of one evidence sentence: a minute neither this sentence nor the one before
    states is dropped; flags are checked against each goal's own part of the sentence."""
    text = doc.text
    minutes, earlier = times
    anchors: list[_Anchor] = []
    kept: list[Goal] = []
    for goal in goals:
        if goal.minute is None:
            kept.append(goal)
            continue
        if goal.inferred:
            spot = _relative_anchor(doc, sentence, goal, minutes, cast)
            if spot is None and len(goals) == 1:
                spot = next((m for m in earlier if m.note == LEAD), None)
            if spot is None:
                continue
        else:
            spot = _stated_anchor(goal, minutes) or _counted_anchor(
                doc, sentence, goal, minutes, cast
            )
            if spot is None:
                if _stated_anchor(goal, earlier) is not None:
                    kept.append(goal)
                continue
        anchors.append(_Anchor(goal, spot.start, spot.end))
        kept.append(goal)
    anchors.sort(key=lambda a: a.start)
    regions = _regions(text, sentence, anchors)
    if len(anchors) > 1 and None not in regions:
        move_penalty(text, anchors, regions)
    for anchor, region in zip(anchors, regions, strict=True):
        if region is not None:
            check_flags(text, sentence, anchor.goal, region, len(anchors) > 1)
    return kept


def _regions(text: str, sentence: Sentence, anchors: list[_Anchor]) -> list[tuple | None]:
    """Each goal's part of the sentence, cut at the last break between two goals' minutes;
    None where no break stands between them."""
    cuts: list[int | None] = [
        _split_before(text, a.end, b.start) for a, b in zip(anchors, anchors[1:], strict=False)
    ]
    out: list[tuple | None] = []
    for index in range(len(anchors)):
        lo = cuts[index - 1] if index else sentence.start
        hi = cuts[index] if index < len(cuts) else sentence.end
        out.append(None if lo is None or hi is None else (lo, hi))
    return out


def _stated_anchor(goal: Goal, minutes: list[Minute]) -> Minute | None:
    for minute in minutes:
        if minute.relative is not None or minute.minute is None:
            continue
        if (minute.minute, minute.added) == (goal.minute, goal.added):
            return minute
        if minute.added is None and goal.added and minute.minute == goal.minute + goal.added:
            return minute
    return None


def _relative_anchor(doc, sentence, goal, minutes, cast) -> Minute | None:
    """The "N minutes later" of this goal: its clause must not have another scorer."""
    for minute in minutes:
        if minute.relative is not None and _doer_fits(doc.text, sentence, goal, minute, cast):
            return minute
        if minute.relative is not None and _finished_next(doc.text, sentence, goal, minute, cast):
            return minute
        if minute.relative is not None and _described_next(doc, sentence, goal, minute, cast):
            return minute
    return None


def _described_next(doc, sentence, goal, minute, cast) -> bool:
    lang = doc.lang if doc.lang in goalcues.GOAL else "en"
    return described_scorer(doc.text, minute.end, sentence.end, goal.player, cast, lang)


def _counted_anchor(doc, sentence, goal, minutes, cast) -> Minute | None:
    """`in der 76. Minute ..., doch nur zwei Minuten später lenkte X den Ball ins eigene
    Tor`: a goal at 78 whose time the sentence counts from a minute it states."""
    spot = _relative_anchor(doc, sentence, goal, minutes, cast)
    if spot is None or goal.minute is None or goal.added is not None:
        return None
    bases = [m for m in minutes if m.end <= spot.start and m.relative is None and m.minute]
    if not bases or bases[-1].added is not None:
        return None
    return spot if bases[-1].minute + spot.relative == goal.minute else None


def _doer_fits(text: str, sentence: Sentence, goal: Goal, minute: Minute, cast) -> bool:
    """The clause of the goal's relative time names this scorer, or no one else as doer."""
    lo, hi = _clause_of(text, sentence, minute.start)
    doers = _doers(text, cast, lo, hi, minute)
    return doers is None or not doers or _key(goal.player) in doers


def _finished_next(text: str, sentence: Sentence, goal: Goal, minute: Minute, cast) -> bool:
    """`Acht Minuten später schickte Özil den Portugiesen steil, und Ronaldo schob ein`:
    the time's clause tells no goal and no miss (the pass), the `und` clause right after
    it tells the goal with no time of its own, its subject this scorer."""
    if cast is None:
        return False
    lo, hi = _clause_of(text, sentence, minute.start)
    lang = cast.doc.lang if cast.doc.lang in goalcues.GOAL else "en"
    if hi >= sentence.end or goalcues.GOAL[lang].search(text[lo:hi]):
        return False
    if goalcues.MISS[lang].search(text[lo:hi]):
        return False
    after = CLAUSE_END.match(text, hi)
    if after is None or after.group().strip(" ,").lower() not in ("and", "und"):
        return False
    end = next((f.start() for f in CLAUSE_END.finditer(text, after.end(), sentence.end)), None)
    end = sentence.end if end is None else end
    part = text[after.end() : end]
    if not goalcues.GOAL[lang].search(part) or find_minutes(part, lang):
        return False
    people = cast.within(after.end(), end)
    return (
        bool(people)
        and people[0].start == after.end()
        and _key(people[0].name) == _key(goal.player)
    )


def _clause_of(text: str, sentence: Sentence, at: int) -> tuple[int, int]:
    """From the last break (a comma will do) before `at` to the next clause end after it."""
    lo, hi = sentence.start, sentence.end
    for found in CLAUSE_END.finditer(text, sentence.start, sentence.end):
        if found.end() <= at:
            lo = found.end()
        elif found.start() >= at:
            hi = found.start()
            break
    comma = text.rfind(", ", lo, at)
    return (lo if comma < 0 else comma + 2), hi


def _doers(text: str, cast, lo: int, hi: int, minute: Minute) -> set[str] | None:
    """Surname keys of those named as doers in lo..hi (a possessive, a name that opens
    the clause or follows the time phrase); None where the people are unknown."""
    if cast is None:
        return None
    people = cast.within(lo, hi)
    return {
        _key(p.name)
        for p in people
        if (p.possessive and not _PROVIDED.match(text, p.end))
        or passive_doer(text, p)
        or (
            not supplied(text, p, _PROVIDED)
            and (p.before.lower() in _SUBJECT_BEFORE or _next_to(text, minute, p))
        )
        or set_up_for(text, p.start, p.end)
    }


def _next_to(text: str, minute: Minute, person) -> bool:
    """ "Two minutes later Smicer ..." or "zwei Minuten später traf Müller": a verb at most."""
    return minute.end <= person.start and len(text[minute.end : person.start].split()) <= 1


def _split_before(text: str, lo: int, hi: int) -> int | None:
    """The last clause break between two goals' minutes: where the later goal's part begins."""
    last = None
    for found in _BETWEEN_GOALS.finditer(text, lo, hi):
        last = found.start()
    return last


def _key(name: str | None) -> str:
    return last_name(name).casefold() if name else ""


def _unique(goals: list[Goal]) -> list[Goal]:
    out: list[Goal] = []
    seen: set[tuple] = set()
    for goal in goals:
        key = (_key(goal.player), goal.minute, goal.added)
        if goal.minute is not None and key in seen:
            continue
        seen.add(key)
        out.append(goal)
    return out


def _within_score(goals: list[Goal], match: Match) -> list[Goal] | None:
    """A side credited with more goals than it scored: its goals are not to be trusted."""
    if match.score is None:
        return goals
    if not goals or len(goals) > sum(match.score):
        return None
    scored = {match.home: match.score[0], match.away: match.score[1]}
    counts: dict[str, int] = {}
    for goal in goals:
        if goal.team is not None:
            counts[goal.team] = counts.get(goal.team, 0) + 1
    over = {team for team, n in counts.items() if n > scored.get(team, 0)}
    kept = [g for g in goals if g.team not in over]
    return kept or None
