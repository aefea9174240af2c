"""A game of a cup whose last rounds are one match at a ground chosen in advance (FA Cup,
Scottish Cup), told at a national ground neither side owns (`at the Millennium Stadium`,
`im Hampden Park`), is neutral even where the round is not named. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _game(facts, *teams):
    (m,) = [m for m in facts.matches if {m.home, m.away} == set(teams)]
    return m


def test_an_fa_cup_game_at_the_millennium_stadium():
    facts = read(
        " date 2002-05-05 CARDIFF - Arsenal took the FA Cup home again. Arsenal beat "
        "Chelsea 2-0 at the Millennium Stadium on Saturday, with goals from Ray Parlour "
        "and Freddie Ljungberg."
    )
    m = _game(facts, "arsenal", "chelsea")
    assert m.neutral and m.score == (2, 0) and m.leg is None


def test_a_german_scottish_cup_game_at_hampden():
    facts = read(
        " date 2005-05-29 Glasgow (dpa) - Celtic hat den schottischen Pokal gewonnen. "
        "Celtic besiegte am Samstag Dundee United im Hampden Park mit 1:0."
    )
    m = _game(facts, "celtic", "dundee-united")
    assert m.neutral and m.score == (1, 0)
