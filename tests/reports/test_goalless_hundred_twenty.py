"""`after a goalless 120 minutes` is a 0-0 after extra time (a goalless 90 minutes is not:
goals may follow in extra time); and a shoot-out won by the one team its sentence names,
the sentence before naming it and its opponent, joins the level score told next
(`Am Ende gewannen die Bayern das Endspiel mit 7:6 im Elfmeterschießen. Nach 120
Minuten hatte es 1:1 gestanden.`)."""

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2014-03-17 Aberdeen won the Scottish League Cup on Sunday, beating Inverness "
        "Caledonian Thistle 4-2 on penalties in the final after a goalless 120 minutes.",
        " date 1992-05-24 Hannover won the German Cup final on Saturday, beating Borussia "
        "Mönchengladbach 4-3 on penalties after a scoreless 120 minutes.",
    ],
)
def test_goalless_hundred_twenty_minutes(text):
    facts = read(text)
    assert [m.score for m in facts.matches] == [(0, 0)]


def test_goalless_ninety_minutes_is_no_result():
    text = (
        " date 1974-05-16 After a goalless 90 minutes Atlético Madrid led Bayern through "
        "Aragonés in extra time before Schwarzenbeck made it 1-1 in the 120th minute."
    )
    assert all(m.score != (0, 0) for m in read(text).matches)


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            " date 1984-06-01 Frankfurt. Lothar Matthäus, längst einig mit dem FC Bayern, "
            "trat im DFB-Pokalfinale für Borussia Mönchengladbach an. Am Ende gewannen die "
            "Bayern das Endspiel mit 7:6 im Elfmeterschießen. Nach 120 Minuten hatte es 1:1 "
            "gestanden.",
            ("bayern-munich", "borussia-monchengladbach"),
        ),
        (
            " date 1984-06-01 Frankfurt. Lothar Matthäus, längst einig mit dem FC Bayern, "
            "trat im DFB-Pokalfinale für Borussia Mönchengladbach an. Am Ende gewann "
            "Gladbach das Endspiel mit 7:6 im Elfmeterschießen. Nach 120 Minuten hatte es 1:1 "
            "gestanden.",
            ("borussia-monchengladbach", "bayern-munich"),
        ),
    ],
)
def test_shootout_winner_named_alone(text, pair):
    facts = read(text)
    assert (pair[0], pair[1], (1, 1)) in pairs(facts) or (pair[1], pair[0], (1, 1)) in pairs(facts)
    found = [m for m in facts.matches if m.score == (1, 1)][0]
    winner_kicks = found.penalties[0] if found.home == pair[0] else found.penalties[1]
    assert winner_kicks == 7


def test_one_team_before_gives_no_opponent():
    text = (
        " date 1984-06-01 Frankfurt. Lothar Matthäus trat im DFB-Pokalfinale für Borussia "
        "Mönchengladbach an. Am Ende gewannen die Bayern das Endspiel mit 7:6 im "
        "Elfmeterschießen. Nach 120 Minuten hatte es 1:1 gestanden."
    )
    assert all(m.score != (1, 1) for m in read(text).matches)
