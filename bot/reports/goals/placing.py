"""Goals per match, placed only where confident: a missing goal beats a wrong one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts import Goal, Match
from bot.reports.clauses.minutes import Minute, find_minutes
from bot.reports.clauses.pairing import told_before
from bot.reports.clauses.scenes import (
    _LEG2,
    _RESULT,
    MAIN,
    Pairing,
    Scene,
    build_scenes,
    find_pairing,
)
from bot.reports.goals.bloglines import attach_blog_goals
from bot.reports.goals.events import GoalEvent, GoalReader
from bot.reports.goals.lines import attach_line_goals, attach_running_goals
from bot.reports.goals.otherground import other_legs
from bot.reports.goals.scorerlines import attach_scorer_lines
from bot.reports.goals.scorers import Cast
from bot.reports.goals.teams import credited_side, labelled_sides, player_sides, solve
from bot.reports.goals.unreadleg import unread_leg_told
from bot.reports.goals.untimed import untimed
from bot.reports.names.players import last_name as surname
from bot.reports.text.document import Document


def attach_goals(doc: Document, matches: list[Match]) -> None:
    """Set Match.goals where the report states goals for that match."""
    if not matches:
        return
    for match in matches:
        if match.score is not None and tuple(match.score) == (0, 0) and match.goals is None:
            match.goals = []
    reading = reading_of(doc, matches)
    if reading.pairing.main is not None:
        _attach_told_goals(doc, matches, reading)
    attach_blog_goals(doc, reading.pairing.main, reading.cast, _settle)
    attach_line_goals(doc.text, matches, reading.cast.full_name)
    attach_scorer_lines(doc, matches, reading.cast.full_name)
    attach_running_goals(doc, matches, reading.cast.full_name)


def _attach_told_goals(doc: Document, matches: list[Match], reading: Reading) -> None:
    """Goals told in prose, each placed on the match its clause is about."""
    pairing = reading.pairing
    reader = GoalReader(reading.cast, reading.minutes, pairing)
    other_leg = other_legs(pairing.main, doc.resolver)
    events = [
        e
        for e in reader.read(reading.scenes)
        if told_before(doc, pairing, e.target, e.at)
        and not (e.target == MAIN and other_leg(e.evidence))
    ]
    sides = player_sides(events, pairing.teams, labelled_sides(reading.cast, pairing.teams))
    unsure = untimed(reading, events)
    for target in pairing.targets():
        match = pairing.match_for(target)
        if match is None or match.score is None or (target != MAIN and match is pairing.main):
            continue
        if target == MAIN and _later_leg_unread(reading, match):
            continue
        chosen = [e for e in events if e.target == target and not unread_leg_told(doc, e, matches)]
        goals = _settle(
            chosen, match, sides, target not in reader.unplaced, unsure.get(target, frozenset())
        )
        if goals:
            match.goals = goals


def _later_leg_unread(reading: Reading, main: Match) -> bool:
    """The main match read is a first leg, yet the text tells a second leg's result: the
    report is about a match the reader did not find, so its goals must not go elsewhere."""
    if main.leg != 1:
        return False
    return any(
        _LEG2.search(clause.text) and _RESULT.search(clause.text)
        for scene in reading.scenes
        for clause in scene.clauses
    )


def read_goal_events(doc: Document, matches: list[Match], pairing=None) -> list[GoalEvent]:
    """All goal events of a document, in text order (exposed for tests)."""
    reading = reading_of(doc, matches)
    return GoalReader(reading.cast, reading.minutes, reading.pairing).read(reading.scenes)


@dataclass
class Reading:
    """What goals and cards both need from one document, worked out once."""

    pairing: Pairing
    cast: Cast
    minutes: list[Minute]
    scenes: list[Scene]


def reading_of(doc: Document, matches: list[Match]) -> Reading:
    """The shared reading, cached on the document for the cards that follow the goals."""
    key = tuple(id(m) for m in matches)
    cached = getattr(doc, "_event_reading", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    pairing = find_pairing(doc, matches)
    reading = Reading(
        pairing, Cast(doc), find_minutes(doc.text, doc.lang), build_scenes(doc, pairing)
    )
    doc._event_reading = (key, reading)
    return reading


def _settle(
    events: list[GoalEvent],
    match: Match,
    sides: dict[str, str],
    claims_allowed: bool = True,
    unsure: frozenset[str] = frozenset(),
) -> list[Goal]:
    total = sum(match.score)
    if total == 0:
        return []
    if match.extra_time is False:
        for event in events:
            if event.minute is not None and 90 < event.minute <= 100 and event.added is None:
                event.minute, event.added = 90, event.minute - 90
        if any(e.minute is not None and e.minute > 100 and e.added is None for e in events):
            return []  # `in the 115th minute` in a match read as without extra time
    if match.extra_time is not False and match.leg != 1:
        events = [e for e in events if not e.from_end or _in_normal_time(e, events)]
    timed = _merge_timed([e for e in events if e.minute is not None])
    if len(timed) > total:
        return []
    claims = _leftover_claims([e for e in events if e.minute is None and e.player], timed)
    if match.penalties is not None:
        claims = [c for c in claims if not _DECIDING_KICK.search(c.evidence)]
    _name_the_winner(timed, claims, match)
    if any(surname(e.player) in unsure for e in claims):
        claims = []
    if not claims_allowed or any(e.player is None for e in timed):
        claims = []
    if len(timed) + len(claims) == total:
        chosen = timed + claims
    else:
        chosen = timed + _scored_apart(claims, timed, total)
    complete = len(chosen) == total
    if all(e.minute is not None for e in chosen):
        chosen.sort(key=lambda e: (e.minute, e.added or 0))
        scores = [e.score for e in chosen]
    else:
        scores = [None] * len(chosen)
    hints = [credited_side(e, match, sides) for e in chosen]
    scored = {match.home: match.score[0], match.away: match.score[1]}
    if any(h is not None and scored.get(h) == 0 for h in hints):
        kept = [(e, h) for e, h in zip(chosen, hints, strict=True) if h is not None and scored[h]]
        chosen, hints = [e for e, _ in kept], [h for _, h in kept]
        scores = [None] * len(chosen)
        complete = False
    teams = solve(chosen, hints, scores, match, complete)
    learned = dict(sides)
    for event, team in zip(chosen, teams, strict=True):
        if team and event.player and not event.own_goal:
            learned.setdefault(surname(event.player), team)
    if learned != sides:
        hints = [h or credited_side(e, match, learned) for e, h in zip(chosen, hints, strict=True)]
        teams = solve(chosen, hints, scores, match, complete)
    return [
        Goal(
            team=team,
            player=e.player,
            minute=e.minute,
            added=e.added,
            penalty=e.penalty,
            own_goal=e.own_goal,
            assist=e.assist,
            inferred=e.inferred,
            evidence=e.evidence,
        )
        for e, team in zip(chosen, teams, strict=True)
        if e.player is not None
    ]


def _scored_apart(claims: list[GoalEvent], timed: list[GoalEvent], total: int) -> list[GoalEvent]:
    """ "Havertz verkürzte in der Nachspielzeit auf 2:4": an untimed goal of a player with
    no timed goal, told with a scoreline no timed goal has, is a goal of its own even when
    the account is not complete."""
    scores = {tuple(sorted(e.score)) for e in timed if e.score}
    names = {surname(e.player) for e in timed}
    fits = [
        c
        for c in claims
        if c.count == 1
        and c.score
        and not _SEVERAL.search(c.evidence)
        and tuple(sorted(c.score)) not in scores
        and surname(c.player) not in names
        and sum(1 for o in claims if surname(o.player) == surname(c.player)) == 1
    ]
    return fits if len(timed) + len(fits) <= total else []


def _in_normal_time(event: GoalEvent, events: list[GoalEvent]) -> bool:
    """ "neun Minuten vor dem Ende" in a match that went to extra time: 81, not 111, only
    where the goals told before and after it in the text leave no room for the other."""
    at = events.index(event)
    before = [e.minute for e in events[:at] if e.minute is not None and not e.from_end]
    after = [e.minute for e in events[at + 1 :] if e.minute is not None and not e.from_end]
    if not before or not after or event.minute is None:
        return False
    return before[-1] <= event.minute <= after[0] < 120 - (90 - event.minute)


def _name_the_winner(timed: list[GoalEvent], claims: list[GoalEvent], match: Match) -> None:
    """ "The winner came in the sixth minute of stoppage time" with no name, and later
    "X traf zum 2:1" (the final score) with no minute: one goal, by X, at that minute."""
    blanks = [e for e in timed if e.player is None]
    if len(blanks) != 1 or not _WINNER.search(blanks[0].evidence):
        return
    final = sorted(match.score)
    fits = [c for c in claims if c.count == 1 and c.score and sorted(c.score) == final]
    if len(fits) == 1:
        blanks[0].player = fits[0].player
        blanks[0].hint = blanks[0].hint if blanks[0].hint[0] else fits[0].hint
        claims.remove(fits[0])


_DECIDING_KICK = re.compile(
    r"\b(?:decisive|deciding|winning|final|last) (?:spot[- ]kick|penalty|kick)\b|"
    r"\bentscheidenden? (?:Elfmeter|Strafstoß|Schuss)",
    re.I,
)
_SEVERAL = re.compile(
    r"\b(?:Tore|Toren|Treffern|goals|twice|zweimal|doppelt|brace|Doppelpack|Dreierpack|"
    r"hat[- ]?trick)\b",
    re.I,
)
_WINNER = re.compile(r"\b(?:Siegtor|Siegtreffer|winner|winning goal|decider|Entscheidung)\b", re.I)


def _merge_timed(events: list[GoalEvent]) -> list[GoalEvent]:
    """One goal per minute and scorer; a scorer-less statement joins a named one."""
    out: list[GoalEvent] = []
    for event in events:
        same = [o for o in out if (o.minute, o.added) == (event.minute, event.added)]
        twin = next((o for o in same if _same_player(o.player, event.player)), None)
        if twin is not None:
            _absorb(twin, event)
            continue
        if event.player is None and same:
            _absorb(same[0], event)
            continue
        blank = next((o for o in same if o.player is None), None)
        if blank is not None:
            out[out.index(blank)] = event
            _absorb(event, blank)
            continue
        out.append(event)
    return out


def _absorb(keep: GoalEvent, other: GoalEvent) -> None:
    keep.penalty = keep.penalty or other.penalty
    keep.own_goal = keep.own_goal or other.own_goal
    keep.inferred = keep.inferred and other.inferred
    if keep.hint[0] is None:
        keep.hint = other.hint
    keep.score = keep.score or other.score
    keep.assist = keep.assist or other.assist


def _same_player(a: str | None, b: str | None) -> bool:
    return bool(a and b and surname(a) == surname(b))


def _leftover_claims(claims: list[GoalEvent], timed: list[GoalEvent]) -> list[GoalEvent]:
    """Claims beyond the timed goals of the same scorer: "scored twice" minus the two timed."""
    names = [surname(c.player) for c in claims]
    timed_names = [surname(e.player) for e in timed]
    best: dict[str, GoalEvent] = {}
    for claim, key in zip(claims, names, strict=True):
        if key not in best or claim.count > best[key].count:
            best[key] = claim
    out: list[GoalEvent] = []
    for key, claim in best.items():
        mine = [c for c, name in zip(claims, names, strict=True) if name == key]
        penalties = int(any(c.penalty for c in mine))
        penalties -= sum(
            1 for e, name in zip(timed, timed_names, strict=True) if name == key and e.penalty
        )
        hint = next((c.hint for c in mine if c.hint[0] is not None), claim.hint)
        timed_count = timed_names.count(key)
        for index in range(claim.count - timed_count):
            out.append(
                GoalEvent(
                    claim.target,
                    claim.at,
                    claim.player,
                    None,
                    penalty=index >= claim.count - timed_count - penalties,
                    own_goal=claim.own_goal,
                    hint=hint,
                    score=claim.score,
                    evidence=claim.evidence,
                )
            )
    return out
