"""The round a side goes on to (`advancing to the semifinals 4-2 on aggregate`, `go
through 5-3 on aggregate to a final against Sevilla`, `ins Halbfinale gegen Benfica`) is
not the round played, and the side named as the opponent there is no side of the result."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2016-04-14 LIVERPOOL, England — Liverpool beat Borussia Dortmund 4-3 at Anfield "
    "on Thursday night, advancing to the Europa League semifinals 5-4 on aggregate after a "
    "1-1 draw in the first leg in Dortmund last week.\n\n"
    "Sparta Prague were beaten too. In the end Villarreal, who had won the first leg 2-1 at "
    "home, drew 2-2 and go through 4-3 on aggregate to a semi-final against Liverpool."
)

GERMAN = (
    " date 2016-04-14 LISSABON (dpa) - Der FC Bayern München steht im Halbfinale. Die "
    "Münchner spielten am Mittwochabend im Viertelfinal-Rückspiel bei Benfica Lissabon 2:2 "
    "und ziehen nach dem 1:0 im Hinspiel ins Halbfinale gegen Atlético Madrid ein."
)


def test_the_german_leg_is_read_with_the_round_played():
    facts = read(GERMAN)
    legs = {(m.home, m.away, m.score, m.stage) for m in facts.matches}
    assert ("benfica", "bayern-munich", (2, 2), "quarter-final") in legs


def test_advancing_names_the_round_after_the_one_played():
    facts = read(ENGLISH)
    stages = {(m.home, m.away): m.stage for m in facts.matches}
    assert stages.get(("liverpool", "borussia-dortmund")) == "quarter-final"
    assert "semi-final" not in stages.values()


def test_the_next_rounds_opponent_is_no_side_of_the_result():
    for text in (ENGLISH, GERMAN):
        facts = read(text)
        assert not any(
            "liverpool" in (m.home, m.away) and "villarreal" in (m.home, m.away)
            for m in facts.matches
        )
        assert not any("atletico-madrid" in (m.home, m.away) for m in facts.matches)
        assert not any("atletico-madrid" in t.teams for t in facts.ties)
