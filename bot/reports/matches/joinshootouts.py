"""A shoot-out told in a sentence of its own joins the one match of its pair that can
have ended in one: a level match, or a second leg."""

from __future__ import annotations

import re

from bot.reports.matches.legsums import levelled_tie
from bot.reports.matches.results import Reading


def join_shootouts(
    readings: list[Reading], shootouts: list[Reading], two_legs: bool = True
) -> None:
    """A lone shoot-out goes to its pair's one drawn match (a first leg never has one),
    else to its second leg, else to the one match of the pair that can be a second leg (a
    decided match has a shoot-out only as the second leg of a level tie, so none where
    the text tells of no legs)."""
    for shoot in shootouts:
        if "one-side" in shoot.notes:
            _join_one_side(readings, shoot, two_legs)
            continue
        pair = set(shoot.teams())
        drawn = [
            r
            for r in readings
            if r.teams()
            and set(r.teams()) == pair
            and r.p_goals == r.o_goals
            and not r.penalties
            and r.leg != 1
        ]
        if not drawn:
            drawn = [r for r in readings if r.leg == 2 and r.teams() and set(r.teams()) == pair]
        if not drawn:
            drawn = [
                r
                for r in readings
                if r.teams()
                and set(r.teams()) == pair
                and r.leg != 1
                and r.extra_time is not False
                and not _another_day(r, shoot)
            ]
        drawn = [r for r in drawn if not _tie_won(readings, r)]
        if len(drawn) == 1:
            _give_shootout(drawn[0], shoot)


def _tie_won(readings: list[Reading], r: Reading) -> bool:
    """`Napoli won 1-0 at San Siro in the first leg ..., then drew 1-1 in Naples`: a second
    leg after a first leg read whose sum is not level ended the tie without a shoot-out
    (the shoot-out told is another match's, such as the final the story is about)."""
    if r.leg == 1:
        return False
    pair = r.teams()
    if not pair:
        return False
    firsts = [
        x
        for x in readings
        if x is not r and x.leg == 1 and x.teams() and set(x.teams()) == set(pair)
    ]
    if len(firsts) != 1:
        return False
    first = firsts[0]
    goals = {first.p: first.p_goals, first.o: first.o_goals}
    a = r.p_goals + goals.get(r.p, 0)
    b = r.o_goals + goals.get(r.o, 0)
    return a != b


_GOALLESS = re.compile(
    r"\b(?:goalless|scoreless|torlos\w*|(?:nach|after) (?:einem|dem|a|the) 0[-:]0)\b", re.I
)


def _another_day(r: Reading, shoot: Reading) -> bool:
    """`beating United 5-4 on penalties after a goalless final`, and later `United won
    2-0 in October`: the shoot-out's own match, told goalless, went unread; a decided
    match is another game, not the second leg the shoot-out ended."""
    return r.p_goals != r.o_goals and _GOALLESS.search(shoot.sentence.text) is not None


def _give_shootout(r: Reading, shoot: Reading) -> None:
    """The shoot-out's score told from the match's first side; a decided match that
    went to one can only be the second leg of a level tie."""
    r.penalties = (
        (shoot.p_goals, shoot.o_goals) if r.p == shoot.p else (shoot.o_goals, shoot.p_goals)
    )
    if r.leg is None and r.p_goals != r.o_goals:
        r.leg = 2


def _join_one_side(readings: list[Reading], shoot: Reading, two_legs: bool) -> None:
    """`Bochum won the shoot-out 6-5` with the opponent left unnamed: the shoot-out of
    the side's one match that could end in one (level, or a second leg, which a match
    won after extra time must be), and nothing when the side has two such or none."""
    able = [
        r
        for r in readings
        if shoot.p in (r.teams() or ()) and r.may_end_in_shootout() and not _tie_won(readings, r)
    ]
    if not two_legs:  # `2:1 nach Verlängerung` of a one-off match is decided
        able = [r for r in able if r.p_goals == r.o_goals]
    if not able:
        able = [r for r in readings if shoot.p in (r.teams() or ()) and levelled_tie(r)]
    if len(able) == 1:
        _give_shootout(able[0], shoot)
