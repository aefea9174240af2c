"""A title decided in the last game of the season (`to win the league championship in
the last game of the season`, `am letzten Spieltag Meister`) is a league match: a cup
and its round named elsewhere in the story (`the FA Cup semifinal`) are not its own.
Where no name fits the league (England's top flight before 1992), the reader names no
competition rather than the cup. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_an_english_league_decider_takes_no_cup_named_elsewhere():
    facts = read(
        " date 1986-05-04 LONDON (AP) - Kenny Dalglish scored in the second half Saturday as "
        "Liverpool beat Chelsea 1-0 at Stamford Bridge to win the English league "
        "championship in the last game of the season.\n\nLiverpool needed to win to take "
        "the title, and few thought they could. Bob Paisley's old team had been chasing a "
        "league and FA Cup double.\n\nThe match was played three days after Liverpool beat "
        "Leicester 2-0 at Anfield. It was the first game since the FA Cup semifinal in "
        "Birmingham."
    )
    decider = match(facts, "chelsea", "liverpool")
    assert decider.score == (0, 1)
    assert (decider.competition, decider.season) == (None, "1985-86")
    assert decider.stage not in ("semi-final", "final")
    assert match(facts, "liverpool", "leicester-city").competition != "FA Cup"


def test_a_german_league_decider_takes_no_cup_round_named_elsewhere():
    facts = read(
        " date 2001-05-20 Hamburg (dpa) - Der FC Bayern ist am letzten Spieltag deutscher "
        "Meister geworden. Die Münchner spielten beim Hamburger SV 1:1, Schalke 04 gewann "
        "zeitgleich 5:3 gegen Unterhaching.\n\nDie Schalker stehen im DFB-Pokal-Finale "
        "gegen Union Berlin, das Halbfinale hatten sie gegen Wolfsburg gewonnen."
    )
    decider = match(facts, "hamburger-sv", "bayern-munich")
    assert decider.competition == "Bundesliga"
    assert decider.stage == "league"
