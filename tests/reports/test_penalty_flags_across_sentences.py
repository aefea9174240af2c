"""Penalty flags: `verwandelte der Pole zwei Strafstöße (12., 21.)` (the plural of
`Strafstoß`), and a kick awarded in one sentence and put away in the next (`were
rewarded with a penalty after a foul on X. Y converted it in the 62nd minute`)."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for, read


def _goals(facts):
    return {(g.player, g.minute): g.penalty for m in facts.matches for g in m.goals or []}


def test_german_plural_penalties_listed_with_minutes():
    facts = read(
        " date 2023-03-08 München – Der FC Bayern hat Paris Saint-Germain mit 3:0 (2:0) "
        "besiegt. Den Grundstein legte Harry Kane. Zunächst verwandelte der Engländer zwei "
        "Strafstöße (17., 29.), später traf Leroy Sané aus dem Spiel heraus (64.)."
    )
    found = _goals(facts)
    assert found.get(("Harry Kane", 17)) in (None, True)
    assert found.get(("Harry Kane", 29)) in (None, True)


def test_english_kick_awarded_then_converted_it():
    m = Match(home="canada", away="panama", score=(1, 0))
    goals_for(
        "Canada beat Panama 1-0 in the Gold Cup semi-final on Sunday. Canada came out more "
        "aggressively after the break and were rewarded with a penalty after a foul on "
        "Jonathan David. Alphonso Davies converted it in the 58th minute.",
        m,
        lang="en",
    )
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == [
        ("Alphonso Davies", 58, True)
    ]


def test_german_kick_awarded_then_converted_it():
    facts = read(
        " date 2023-06-18 Köln – Der 1. FC Köln hat den SC Freiburg mit 1:0 besiegt. Nach "
        "einem Foul an Davie Selke zeigte der Schiedsrichter auf den Punkt. Florian Kainz "
        "verwandelte ihn in der 58. Minute."
    )
    assert _goals(facts).get(("Florian Kainz", 58)) in (None, True)
