"""`the 2-0 Porto had won in Portugal`, `der 2:0-Sieg, den Porto im Hinspiel geholt
hatte`: the team between a score and a perfect verb is the subject of a relative
clause, so the score is told from its side, never against it."""

from tests.reports.helpers import pairs, read

WON_EN = (
    " date 2011-04-14 Chelsea 1, Porto 2 (Porto win 4-2 on aggregate). Hulk scored twice "
    "before half-time, but the 2-0 Porto had won in Portugal proved decisive."
)
LOST_EN = (
    " date 2011-04-14 Chelsea 1, Porto 2. Hulk scored twice before half-time, and the 0-2 "
    "Chelsea had lost in Portugal weighed heavily."
)
WON_DE = (
    " date 2011-04-14 Chelsea - Porto 1:2. Hulk traf doppelt vor der Pause, doch der "
    "2:0-Sieg, den Porto im Hinspiel geholt hatte, reichte knapp."
)


def test_the_team_before_the_perfect_verb_owns_the_score():
    for text in (WON_EN, LOST_EN, WON_DE):
        facts = read(text)
        assert ("porto", "chelsea", (0, 2)) not in pairs(facts), facts.matches
        assert ("chelsea", "porto", (2, 0)) not in pairs(facts), facts.matches
        assert any(
            {m.home, m.away} == {"porto", "chelsea"}
            and m.score in ((2, 0), (0, 2))
            and (m.home == "porto") == (m.score == (2, 0))
            for m in facts.matches
        ), facts.matches
