"""Goals per match, placed only where confident: a missing goal beats a wrong one."""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import Goal, Match
from bot.reports.clauses.colonleg import carry_colon_leg
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
from bot.reports.clauses.sections import mark_other_sections
from bot.reports.clauses.toldleg import carry_told_leg
from bot.reports.goals.beyondscore import beyond_score
from bot.reports.goals.bloglines import attach_blog_goals
from bot.reports.goals.boxedelsewhere import drop_boxed_elsewhere
from bot.reports.goals.bracketlines import attach_bracket_lines
from bot.reports.goals.colonnamed import drop_described_before_colon
from bot.reports.goals.countedlist import attach_counted_lists
from bot.reports.goals.events import GoalEvent, GoalReader
from bot.reports.goals.hattrickblank import name_hat_trick_blank
from bot.reports.goals.laterscore import after_unread_score
from bot.reports.goals.lines import attach_line_goals, attach_running_goals
from bot.reports.goals.otherground import before_past_clause, other_legs, told_of_this_night
from bot.reports.goals.otherparagraph import told_of_unread_match, told_with_other_result
from bot.reports.goals.otherscore import drop_other_scores
from bot.reports.goals.pastleg import told_as_past_leg
from bot.reports.goals.scorerlines import attach_scorer_lines
from bot.reports.goals.scorers import Cast
from bot.reports.goals.sidescorers import attach_side_scorers
from bot.reports.goals.teams import credited_side, labelled_sides, player_sides, solve
from bot.reports.goals.timedclaims import (
    DECIDING_KICK,
    leftover_claims,
    merge_timed,
    name_the_winner,
    scored_apart,
)
from bot.reports.goals.unreadleg import unread_leg_told
from bot.reports.goals.untimed import untimed
from bot.reports.goals.whenblank import name_the_blank
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
    attach_bracket_lines(doc, matches, reading.cast.full_name)
    attach_side_scorers(doc, matches, reading.cast.full_name)
    attach_counted_lists(doc, matches, reading.cast.full_name)
    attach_running_goals(doc, matches, reading.cast.full_name)
    drop_boxed_elsewhere(matches)


def _attach_told_goals(doc: Document, matches: list[Match], reading: Reading) -> None:
    """Goals told in prose, each placed on the match its clause is about."""
    pairing = reading.pairing
    reader = GoalReader(reading.cast, reading.minutes, pairing)
    other_leg = other_legs(pairing.main, doc.resolver)
    events = [
        e
        for e in reader.read(reading.scenes)
        if told_before(doc, pairing, e.target, e.at)
        and not (
            e.target == MAIN
            and other_leg(e.evidence)
            and not told_of_this_night(doc.text, e.at)
            and not before_past_clause(doc.text, e.at, e.evidence, other_leg)
        )
    ]
    events = drop_described_before_colon(doc.text, events)
    elsewhere = told_of_unread_match(doc, [e for e in events if e.target == MAIN], matches)
    events = [e for e in events if id(e) not in elsewhere]
    sides = player_sides(events, pairing.teams, labelled_sides(reading.cast, pairing.teams))
    unsure = untimed(reading, events)
    unread_leg = unread_leg_told(doc, matches)
    for target in pairing.targets():
        match = pairing.match_for(target)
        if match is None or match.score is None or (target != MAIN and match is pairing.main):
            continue
        if target == MAIN and (
            _later_leg_unread(reading, match) or told_as_past_leg(doc.text, match)
        ):
            continue
        chosen = [e for e in events if e.target == target and not unread_leg(e)]
        chosen = [e for e in chosen if not after_unread_score(doc.text, e, matches)]
        chosen = told_with_other_result(doc.text, chosen, match, matches)
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
    scenes = build_scenes(doc, pairing)
    carry_told_leg(doc, scenes, pairing)
    carry_colon_leg(doc, scenes, pairing)
    mark_other_sections(doc, scenes, pairing)
    reading = Reading(pairing, Cast(doc), find_minutes(doc.text, doc.lang), scenes)
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
        kept = [
            e
            for e in events
            if not e.from_end
            or _in_normal_time(e, events)
            or _levelled_for_extra_time(e, events, match)
        ]
        if len(kept) < len(events):
            unsure = unsure | _dropped_tellings(events, kept)
        events = kept
    events = drop_other_scores(events, match.score)
    timed = merge_timed([e for e in events if e.minute is not None])
    if len(timed) > total or beyond_score(events, match.score):
        return []
    claims = leftover_claims([e for e in events if e.minute is None and e.player], timed)
    if match.penalties is not None:
        claims = [c for c in claims if not DECIDING_KICK.search(c.evidence)]
    name_the_winner(timed, claims, match)
    name_the_blank(timed, claims)
    name_hat_trick_blank(timed, claims)
    if any(surname(e.player) in unsure for e in claims):
        claims = []
    if not claims_allowed or any(e.player is None for e in timed):
        claims = []
    if len(timed) + len(claims) == total:
        chosen = timed + claims
    else:
        chosen = timed + scored_apart(claims, timed, total)
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


def _dropped_tellings(events: list[GoalEvent], kept: list[GoalEvent]) -> frozenset[str]:
    """`Lampard sent De Sanctis the wrong way with a quarter of an hour left` in a match with
    extra time: the minute dropped (75 or 105) is no licence to keep the goal untimed; the
    scorers told in a sentence whose timed goal was dropped are unsure."""
    held = {id(e) for e in kept}
    told = {e.evidence for e in events if id(e) not in held}
    return frozenset(surname(e.player) for e in events if e.player and e.evidence in told)


def _in_normal_time(event: GoalEvent, events: list[GoalEvent]) -> bool:
    """ "neun Minuten vor dem Ende" in a match that went to extra time: 81, not 111, only
    where the goals told before and after it in the text leave no room for the other."""
    at = events.index(event)
    before = [e.minute for e in events[:at] if e.minute is not None and not e.from_end]
    after = [e.minute for e in events[at + 1 :] if e.minute is not None and not e.from_end]
    if not before or not after or event.minute is None:
        return False
    return before[-1] <= event.minute <= after[0] < 120 - (90 - event.minute)


def _levelled_for_extra_time(event: GoalEvent, events: list[GoalEvent], match: Match) -> bool:
    """`Eine Viertelstunde vor dem Ende köpfte X zum Ausgleich ein` in a 1:1 after extra
    time: the last goal of a level final score, every other goal told in normal time,
    came before extra time (else the score after 90 minutes was not level). The scorer's
    own untimed telling of it (`Scholes waited until the 88th minute`) is no other goal."""
    others = [e for e in events if e is not event and not _told_again(e, event)]
    if match.score[0] != match.score[1] or events[-1] is not event or event.minute is None:
        return False
    timed = [e.minute for e in others if e.minute is not None and not e.from_end]
    return len(others) == len(timed) == sum(match.score) - 1 and all(m <= 90 for m in timed)


def _told_again(other: GoalEvent, event: GoalEvent) -> bool:
    return (
        other.minute is None
        and other.player is not None
        and event.player is not None
        and surname(other.player) == surname(event.player)
    )
