"""`In the end Juventus, who had built a 2-0 lead at the Bernabeu last Tuesday, drew 1-1
and go through 3-1 on aggregate to a semi-final against Monaco`: the side met in the next
round does not stop the story's opponent from being read, and the ground and day of the
relative clause are not the result's."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2017-04-19 For an hour at Juventus Stadium last night Real Madrid were doing the "
    "impossible. In the end Juventus, who had built a 2-0 lead at the Bernabeu last Tuesday, "
    "survived a quarter-final second leg of swings, drew 1-1 and go through 3-1 on aggregate "
    "to a semi-final against Monaco."
)


def test_next_round_opponent_and_relative_clause():
    facts = read(ENGLISH)
    assert not any("monaco" in (m.home, m.away) for m in facts.matches)
    drawn = [m for m in facts.matches if m.score == (1, 1)]
    for m in drawn:
        assert (m.home, m.away) == ("juventus", "real-madrid")
        assert m.date in (None, "2017-04-18")
    assert drawn, facts.matches
