"""Goals of a live report ("61 min: GOAL! Liverpool 0-1 Inter. What a strike from ..."):
each line headed by a minute tells at most one goal, taken only where the running scores
the lines state count up exactly to the goals told and end on the match's own score."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts import Match
from bot.reports.clauses.blogheads import BLOG_HEAD, may_head
from bot.reports.clauses.pairing import MAIN
from bot.reports.clauses.scenes import Clause
from bot.reports.goals import cues as goalcues
from bot.reports.goals.blogleader import _leader, text_between
from bot.reports.goals.blogscorer import GOAL_LINE_NOW, NO_DELIVERY, called_scorer, finisher
from bot.reports.goals.claims import GoalEvent
from bot.reports.goals.fellto import diverted_by, fell_to
from bot.reports.goals.scorers import candidates
from bot.reports.goals.shouts import SHOUT
from bot.reports.goals.tickheads import tick_heads

_MIN_LINES = 3
_BREAKS = re.compile(
    r"^[ \t]*(?P<half>Half[- ]time|HT|Halbzeit|Pause)|^[ \t]*(?P<full>Full[- ]time|FT|Abpfiff|"
    r"Schlusspfiff|Spielende)",
    re.I | re.M,
)
_AFTER_EXTRA = re.compile(
    r"\s*(?:after extra[- ]time|\(?a\.?e\.?t\.?\)?|nach Verlängerung|\(?n\.\s?V\.\)?)\s*:", re.I
)
"""`FULL TIME AFTER EXTRA TIME: Arsenal 3, Hull City 2`: the last full-time line, after the
one at 90 minutes."""
_PAIR = re.compile(r"(\d(?<![\d.:/]\d)\d?)\s?[-–:]\s?(\d{1,2})(?![\d.]\d|[-–:]\d)")
_NOT_NIGHT = re.compile(
    r"\s*(?:on aggregate|overall|agg\b|in the tie|im Gesamt|in der Gesamt|insgesamt|"
    r"(?:win|victory|defeat|loss|draw|Sieg|Niederlage|Erfolg)\b)",
    re.I,
)
_NOT_NIGHT_BEFORE = re.compile(
    r"(?:aggregate|agg|overall|Gesamtergebnis|Gesamtwertung|\b(?:a|an|win|won|wins|beat|lost|"
    r"lose|drew|draw|the|that|this|nach dem|nach einem|im Hinspiel|first leg)\b)[\s(]*$",
    re.I,
)
_GOAL_LINE = {
    "en": re.compile(
        r"\b(?:scores?|scored|finish(?:es|ed)|slots?|slotted|pulls? (?:one|a goal) back|"
        r"head(?:s|ed)? (?:in|home)|nods? (?:in|home)|taps? in|fires? (?:in|home)|"
        r"turns? (?:the ball |it )?in\b|equalis(?:es|ed)|equaliz(?:es|ed)|nets?\b|"
        r"converts?|drives? (?:a |the )?(?:[\w-]+ ){0,3}?(?:shot|effort) past|"
        r"beats? (?:the (?:keeper|goalkeeper)|him\b|(?-i:[A-Z])\w+)|makes? it \d|"
        r"curls? (?:one |it |the ball )?(?:in|home)\b" + NO_DELIVERY + "|"
        r"levels? (?:it|the score|things)\b|(?:is|was) (?:diverted|deflected|turned) (?:in )?by "
        r"(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? (?:past|into|in)\b|"
        r"(?:slams?|smash(?:es)?|fires?|hooks?) (?:the rebound |the ball |it )?(?:in|home)\b|"
        + GOAL_LINE_NOW
        + ")",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:(?<!Ball )(?:trifft|traf)\b(?!\s+(?:ihn|ihm)\b)|köpft|verwandelt|schiebt|netzt|"
        r"gleicht\b.{0,30}\baus|erhöht|"
        r"verkürzt|staubt|macht das \d:\d|vollendet)"
    ),
}
_SHOUT_OPEN = re.compile(r"^\s*([A-ZÄÖÜ][A-ZÄÖÜ'’ .-]+?)\s*!")
_COUNT_SHOUT = re.compile(
    r"^(?:(?:GOLDEN |OWN )?GO+A+L+|TO+R+|ONE|TWO|THREE|FOUR|FIVE|Two|Three|Four|Five)$"
)
_EXCLAIMED = re.compile(r"\s*!")
"""`Level!`: a word exclaimed on its own is no name."""


def _exclaimed_word(cast, text: str, candidate) -> bool:
    """`Level!` is no name; `Kevin Gameiro!`, a full name shouted, is the scorer's."""
    if not _EXCLAIMED.match(text, candidate.end):
        return False
    return " " not in candidate.name and " " not in cast.full_name(candidate.name)


_CANNOT = re.compile(r"\b(?:cannot|can't|can’t|could not|couldn't|couldn’t|fails? to|kann nicht)\b")
"""`He has two decent chances but cannot beat Iker Casillas`: a chance, no goal."""
_WORD_SHOUT = re.compile(r"^\s*(?:Two|Three|Four|Five|Zwei|Drei|Vier|Fünf)\s*!")


@dataclass
class _Line:
    time: tuple[int, int]
    start: int
    end: int
    body_start: int
    minute: int | None
    added: int | None
    state: tuple[int, int] | None = None
    goal: bool = False


def attach_blog_goals(doc, match: Match | None, cast, settle) -> None:
    """Set the goals of `match` (the report's own) from the lines of a live report."""
    text = doc.text
    if match is None or match.score is None:
        return
    heads = list(BLOG_HEAD.finditer(text)) if may_head(text) else tick_heads(text)
    if len(heads) < _MIN_LINES or (match.goals and len(match.goals) == sum(match.score)):
        return
    lang = doc.lang if doc.lang in ("de", "en") else "en"
    lines = _lines(text, heads)
    for line in lines:
        body = text[line.body_start : line.end]
        line.state = _state(body, doc, line, match)
        if line.minute is not None:
            line.goal = bool(
                _GOAL_LINE[lang].search(body) or _shout(body) or _WORD_SHOUT.match(body)
            ) and not goalcues.MISS[lang].search(body)
            line.goal = line.goal and not _CANNOT.search(body)
    lines.sort(key=lambda line: line.time)
    if not _counts_up(lines, tuple(match.score)):
        return
    events = [_event(doc, cast, line, lang) for line in lines if line.goal]
    goals = settle(events, match, {})
    if len(goals) != sum(match.score):
        return
    sides = _sides(lines, match)
    for goal in goals:
        goal.team = goal.team or sides.get((goal.minute, goal.added))
    match.goals = goals


def _sides(lines: list[_Line], match: Match) -> dict[tuple, str]:
    """The side of each goal line, where the next stated score grew on one side only."""
    sides: dict[tuple, str] = {}
    before, waiting = (0, 0), []
    for line in lines:
        if line.goal:
            waiting.append(line)
        if line.state is None:
            continue
        home, away = line.state[0] - before[0], line.state[1] - before[1]
        if home == 0 or away == 0:
            side = match.home if home else match.away
            for goal in waiting:
                base = goal.minute
                if goal.added is None and base is not None and 90 < base <= 100:
                    sides[(90, base - 90)] = side
                sides[(base, goal.added)] = side
        before, waiting = line.state, []
    return sides


def _lines(text: str, heads: list[re.Match]) -> list[_Line]:
    lines = []
    for head in heads:
        end = text.find("\n", head.end())
        end = len(text) if end == -1 else end
        minute, added = int(head.group("n")), head.group("a")
        added = int(added) if added else None
        lines.append(_Line((minute, added or 0), head.start(), end, head.end(), minute, added))
    for found in _BREAKS.finditer(text) if ":" in text else ():
        colon = text.find(":", found.end(), found.end() + 3)
        extra = _AFTER_EXTRA.match(text, found.end()) if found.group("full") else None
        colon = extra.end() - 1 if colon == -1 and extra else colon
        if colon == -1:
            continue
        end = text.find("\n", colon)
        end = len(text) if end == -1 else end
        time = (45, 99) if found.group("half") else (201 if extra else 200, 0)
        lines.append(_Line(time, found.start(), end, colon + 1, None, None))
    if any(line.time == (201, 0) for line in lines):  # full time at 90, then after extra time
        for line in lines:
            line.time = (90, 99) if line.time == (200, 0) else line.time
    return lines


def _state(body: str, doc, line: _Line, match: Match) -> tuple[int, int] | None:
    """The score on the night a line states, home side first."""
    sides = {m.team for m in doc.mentions_between(line.start, line.end)}
    for found in _PAIR.finditer(body):
        if _NOT_NIGHT.match(body, found.end()) or _NOT_NIGHT_BEFORE.search(
            body, max(0, found.start() - 24), found.start()
        ):
            continue
        home, away = int(found.group(1)), int(found.group(2))
        before = doc.mentions_between(line.body_start, line.body_start + found.start())
        leader = _leader(doc, line, found, before)
        if leader in (match.home, match.away) and home != away:
            high, low = max(home, away), min(home, away)
            return (high, low) if leader == match.home else (low, high)
        touching = before and not text_between(doc, before[-1].end, line, found).strip()
        if touching and before[-1].team == match.away:
            return away, home
        return home, away
    named = [m for m in doc.mentions_between(line.body_start, line.end)]
    for first, second in zip(named, named[1:], strict=False):
        if {first.team, second.team} != {match.home, match.away} or not sides:
            continue
        between = re.fullmatch(r"\s*(\d{1,2})\s*,?\s*", doc.text[first.end : second.start])
        after = re.match(r"\s*(\d{1,2})\b", doc.text[second.end : second.end + 4])
        if between and after:
            goals = {first.team: int(between.group(1)), second.team: int(after.group(1))}
            return goals[match.home], goals[match.away]
    return None


def _counts_up(lines: list[_Line], final: tuple[int, int]) -> bool:
    """Each stated score is one goal more than the one before per goal line between, and
    the last is the match's; a line telling a new score tells a goal."""
    before, told = (0, 0), 0
    last = None
    for line in lines:
        if line.state is not None and line.state != before and line.minute is not None:
            line.goal = True
        told += line.goal
        if line.state is None:
            continue
        if line.state[0] < before[0] or line.state[1] < before[1] or sum(line.state) != told:
            return False
        before, last = line.state, line.state
    return last == final and told == sum(final)


def _shout(body: str) -> str | None:
    """A capitalised shout opening the line that is a goal's or a scorer's, not a card's."""
    found = _SHOUT_OPEN.match(body)
    if found is None:
        return None
    word = found.group(1).strip()
    if _COUNT_SHOUT.match(word):
        return word
    return None if SHOUT.fullmatch(word) else word


_GOAL_FOR = re.compile(r"(?:GO+A+L+|TO+R+)\s+(?:FOR\s+|FÜR\s+)?(?=\S)")


def _side_shout(doc, line: _Line, shout: str) -> bool:
    """`GOAL USA!`, `TOR FÜR BAYERN!`: the shout names the side that scored, not the scorer."""
    opened = _GOAL_FOR.match(shout)
    if opened is None:
        return False
    start = doc.text.find(shout, line.body_start, line.end)
    named = doc.mentions_between(start + opened.end(), start + len(shout))
    return bool(named) and named[-1].end == start + len(shout)


_POSSESSIVE = re.compile(r"['’]s?\b")
"""`Carragher turns Scaloni's cross into his own net`: the crosser is no own goal's doer."""


def _own_goal_doer(cast, line: _Line, body: str, lang: str) -> str | None:
    """`Ramos rangelt mit X, und der Russe lenkt den Ball ins eigene Tor`, `is turned into
    his own net by X`: the own goal's doer is the name after `by`, else the one nearest
    before its words, even as an object (`mit X`), not the line's first name (who took
    the free-kick)."""
    own = goalcues.OWN_GOAL[lang].search(body)
    if own is None:
        return None
    at = line.body_start + own.start()
    found = [c for c in candidates(cast, Clause(line.body_start, line.end, body)) if c.name]
    marked = [c for c in found if c.marked and c.start > at]
    before = [c for c in found if c.start < at and not _POSSESSIVE.match(cast.doc.text, c.end)]
    after = [c for c in found if c.start > at]
    doer = (marked or before[-1:] or after)[:1]
    return doer[0].name if doer else None


def _event(doc, cast, line: _Line, lang: str) -> GoalEvent:
    text = doc.text
    body = text[line.body_start : line.end]
    shout = _shout(body)
    player = None
    if shout and not _COUNT_SHOUT.match(shout) and not _side_shout(doc, line, shout):
        player = shout.title()
    if player is None and shout:
        player = called_scorer(cast, line.body_start, line.end)
    if player is None:
        clause = Clause(line.body_start, line.end, body)
        named = [
            c
            for c in candidates(cast, clause)
            if c.name and (c.eligible or c.marked) and not _exclaimed_word(cast, text, c)
        ]
        player = diverted_by(body) or _own_goal_doer(cast, line, body, lang)
        player = player or finisher(cast, body, line.body_start, named, _GOAL_LINE[lang])
        player = player or fell_to(cast, line.body_start, line.end)
    if player is not None:
        player = cast.full_name(player)
        player = player.title() if player.isupper() else player
    return GoalEvent(
        MAIN,
        line.start,
        player,
        line.minute,
        line.added,
        penalty=bool(goalcues.PENALTY[lang].search(body)),
        own_goal=bool(goalcues.OWN_GOAL[lang].search(body)),
        score=line.state,
        evidence=text[line.start : line.end],
    )
