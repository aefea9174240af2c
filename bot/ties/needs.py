"""What each side needs in the second leg, as data the core renders in either language."""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import Match
from bot.ties.rules import AWAY_GOALS, EXTRA_TIME, EXTRA_TIME_AWAY, PENALTIES, UNKNOWN, rules_for


@dataclass(frozen=True)
class Result:
    """A second-leg result from one side's view: kind win | draw | loss, by `margin` goals."""

    kind: str
    margin: int = 0

    @classmethod
    def of_difference(cls, difference: int) -> Result:
        if difference > 0:
            return cls("win", difference)
        if difference < 0:
            return cls("loss", -difference)
        return cls("draw", 0)


@dataclass(frozen=True)
class Requirement:
    """What `team` needs in the second leg against `opponent`.

    - `advance_with`: this result or better puts the team through outright
      (win by at least n / a draw or better / a defeat by at most n).
    - `level_with`: the result, one goal worse, that levels the aggregate.
    - `level_rule`: what a level aggregate goes to first: away_goals,
      extra_time, penalties or unknown (rules not held for this competition).
    - With away goals: `away_goals_needed` is, for the side playing away in
      the second leg, how many it must score for a level aggregate to put it
      through; `away_goals_allowed` is, for the home side, the most the
      opponent may score for the same (None where that cannot happen).
    - `then`: what follows when the away goals are level too (extra_time,
      penalties, unknown), or None without away goals.
    - `home`: True when the team plays the second leg at home.
    """

    team: str
    opponent: str
    home: bool
    advance_with: Result
    level_with: Result
    level_rule: str
    away_goals_needed: int | None = None
    away_goals_allowed: int | None = None
    then: str | None = None
    confirmed: bool = True


def needs(
    first_leg: Match,
    competition: str | None = None,
    season: str | None = None,
    stage: str | None = None,
) -> list[Requirement]:
    """One Requirement per side, the first-leg away side (at home next) first.

    Empty when the first leg has no score.
    """
    if first_leg.score is None:
        return []
    rules = rules_for(
        competition or first_leg.competition, season or first_leg.season, stage or first_leg.stage
    )
    steps = rules.steps or (UNKNOWN,)
    level_rule = _step_name(steps[0])
    then = _step_name(steps[1]) if level_rule == AWAY_GOALS and len(steps) > 1 else None
    if level_rule == AWAY_GOALS and then is None:
        then = UNKNOWN
    first_home, first_away = first_leg.score
    out: list[Requirement] = []
    for team, opponent, lead, home in (
        (first_leg.away, first_leg.home, first_away - first_home, True),
        (first_leg.home, first_leg.away, first_home - first_away, False),
    ):
        advance = Result.of_difference(1 - lead)
        level = Result.of_difference(-lead)
        needed = allowed = None
        if level_rule == AWAY_GOALS:
            if home:
                allowed = first_away - 1 if first_away >= 1 else None
            else:
                needed = first_away + 1
        out.append(
            Requirement(
                team=team,
                opponent=opponent,
                home=home,
                advance_with=advance,
                level_with=level,
                level_rule=level_rule,
                away_goals_needed=needed,
                away_goals_allowed=allowed,
                then=then,
                confirmed=rules.confirmed,
            )
        )
    return out


def _step_name(step: str) -> str:
    if step == EXTRA_TIME_AWAY:
        return EXTRA_TIME
    if step in (AWAY_GOALS, EXTRA_TIME, PENALTIES):
        return step
    return UNKNOWN
