"""`Der 20 Jahre alte Jamal Musiala holte einen Foulelfmeter heraus, den Harry Kane zum 1:0
verwandelte (23.)`, `Bukayo Saka won a penalty, which Harry Kane converted (23)`: the
side who won the kick is no scorer, and `Jahre` after a number is no name."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _scorers(body, lang):
    m = Match(home="bayern-munich", away="vfb-stuttgart", score=(1, 0))
    goals_for(body, m, lang=lang)
    return [(g.player, g.minute, g.penalty) for g in m.goals or []]


def test_german_won_kick_and_relative_scorer():
    found = _scorers(
        "Der FC Bayern hat den VfB Stuttgart mit 1:0 besiegt. Der 20 Jahre alte Jamal Musiala "
        "holte nach einem Dribbling einen Foulelfmeter heraus, den Harry Kane zum 1:0 "
        "verwandelte (23.).",
        "de",
    )
    assert all(player not in ("Jahre", "Jamal Musiala") for player, _, _ in found)
    assert found in ([], [("Harry Kane", 23, True)])


def test_english_won_kick_and_relative_scorer():
    found = _scorers(
        "Bayern Munich beat VfB Stuttgart 1-0. Jamal Musiala won a penalty after a run into the "
        "box, which Harry Kane converted for the only goal (23).",
        "en",
    )
    assert all(player != "Jamal Musiala" for player, _, _ in found)
