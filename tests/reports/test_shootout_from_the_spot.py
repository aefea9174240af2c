"""`1:1 nach Verlängerung und 4:3 vom Punkt`, `1-1 after extra time and 5-4 from the
spot`: the score from the spot after a level one is the shoot-out, never a match score;
`made it 2-0 from the spot` stays a goal's score."""

from tests.reports.helpers import read

GERMAN = (
    " date 2006-07-05 Italien steht im Finale der WM. Im Viertelfinale hatte sich die Ukraine "
    "in Köln gegen die Schweiz durchgesetzt, 0:0 nach Verlängerung und 3:0 vom Punkt."
)

ENGLISH = (
    " date 2012-06-25 KIEV, Ukraine (AP) — Italy reached the European Championship "
    "semifinals on Sunday, beating England 0-0 after extra time and 4-2 from the spot."
)


def test_a_score_from_the_spot_after_a_level_one_is_the_shootout():
    for text, scores in ((GERMAN, {(3, 0), (0, 3)}), (ENGLISH, {(4, 2), (2, 4)})):
        facts = read(text)
        assert not any(m.score in scores for m in facts.matches), facts.matches


def test_the_shootout_goes_to_the_level_match():
    facts = read(GERMAN)
    level = [m for m in facts.matches if {m.home, m.away} == {"ukraine", "switzerland"}]
    assert len(level) == 1
    m = level[0]
    assert m.score == (0, 0)
    assert m.penalties == ((3, 0) if m.home == "ukraine" else (0, 3))
