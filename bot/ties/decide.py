"""The aggregate and winner of a two-legged tie, computed from its legs and the rules.

Pure functions over bot.facts.Match, so the store, the commands and the tests
all compute a tie the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import Match, Tie
from bot.ties.rules import (
    AWAY_GOALS,
    EXTRA_TIME,
    EXTRA_TIME_AWAY,
    PENALTIES,
    rules_for,
)


@dataclass(frozen=True)
class Outcome:
    """What the legs say about a tie.

    `winner` is None where the legs and the rules do not settle it; then
    `needs_text_confirmation` is True and only a report's statement can say
    who went through and how.
    """

    aggregate: dict[str, int] | None
    winner: str | None
    decided_by: str | None
    needs_text_confirmation: bool = False
    penalties: dict[str, int] | None = None


def legs_fit(first_leg: Match, second_leg: Match) -> bool:
    """True when the second leg is the first with home and away swapped."""
    return first_leg.home == second_leg.away and first_leg.away == second_leg.home


def computed_tie(first_leg: Match, second_leg: Match) -> Tie:
    """The tie two fitting legs make, marked inferred: what the store keeps when no text says it."""
    competition = first_leg.competition or second_leg.competition
    season = first_leg.season or second_leg.season
    stage = first_leg.stage or second_leg.stage
    outcome = decide(first_leg, second_leg, competition, season, stage)
    return Tie(
        teams=(first_leg.home, first_leg.away),
        competition=competition,
        season=season,
        stage=stage,
        aggregate=outcome.aggregate,
        winner=outcome.winner,
        decided_by=outcome.decided_by,
        penalties=outcome.penalties,
        inferred=True,
    )


def decide(
    first_leg: Match,
    second_leg: Match,
    competition: str | None = None,
    season: str | None = None,
    stage: str | None = None,
) -> Outcome:
    """Aggregate, winner and how the tie was decided.

    The second leg's score includes extra time where it was played
    (`extra_time` True); its `penalties` is the shoot-out, home first.
    """
    if not legs_fit(first_leg, second_leg):
        raise ValueError("the second leg must have home and away swapped")
    a, b = first_leg.home, first_leg.away
    if first_leg.score is None or second_leg.score is None:
        return Outcome(None, None, None, needs_text_confirmation=True)
    a_goals = first_leg.score[0] + second_leg.score[1]
    b_goals = first_leg.score[1] + second_leg.score[0]
    aggregate = {a: a_goals, b: b_goals}
    shootout = None
    if second_leg.penalties is not None:
        shootout = {b: second_leg.penalties[0], a: second_leg.penalties[1]}
    if a_goals != b_goals:
        winner = a if a_goals > b_goals else b
        decided_by = "extra_time" if second_leg.extra_time else "aggregate"
        return Outcome(aggregate, winner, decided_by)
    if shootout is not None and shootout[a] != shootout[b]:
        winner = a if shootout[a] > shootout[b] else b
        return Outcome(aggregate, winner, "penalties", penalties=shootout)
    rules = rules_for(competition or second_leg.competition, season or second_leg.season, stage)
    for step in rules.steps:
        if step == AWAY_GOALS:
            away = _away_goals(first_leg, second_leg, rules.steps)
            if away is None:
                break
            a_away, b_away = away
            if a_away != b_away:
                winner = a if a_away > b_away else b
                return Outcome(aggregate, winner, "away_goals")
        elif step in (EXTRA_TIME, EXTRA_TIME_AWAY):
            if second_leg.extra_time is False:
                break
        elif step == PENALTIES:
            break
        else:
            break
    return Outcome(aggregate, None, None, needs_text_confirmation=True, penalties=shootout)


def _away_goals(
    first_leg: Match, second_leg: Match, steps: tuple[str, ...]
) -> tuple[int, int] | None:
    """Away goals of (first-leg home side, first-leg away side), or None if unknowable.

    Where away goals count in regulation time only and the second leg went to
    extra time, the regulation score is needed, which only a full goal list
    with minutes gives.
    """
    assert first_leg.score is not None and second_leg.score is not None
    a_away = second_leg.score[1]
    b_away = first_leg.score[1]
    if second_leg.extra_time and EXTRA_TIME_AWAY not in steps:
        regulation = _regulation_away_goals(second_leg)
        if regulation is None:
            return None
        a_away = regulation
    return a_away, b_away


def _regulation_away_goals(match: Match) -> int | None:
    if match.goals is None or match.score is None or len(match.goals) != sum(match.score):
        return None
    count = 0
    for goal in match.goals:
        if goal.minute is None:
            return None
        if goal.team == match.away and (goal.minute <= 90 or goal.added is not None):
            if goal.minute > 90:
                return None
            count += 1
    return count
