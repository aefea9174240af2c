"""A clause naming only the main match's sides but a weekday other than its day tells
the other meeting of the two (the first final before a replay): its goals and its extra
time are not the main match's; met on set 57's 1974 final replay, sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

REPLAYS = [
    (
        " date 1994-05-21 Im Wiederholungsspiel des Endspiels besiegte der FC Bayern am "
        "Freitagabend in Brüssel den FC Porto mit 3:0. Dieter Hoffmann traf dreimal. "
        "Nach torlosen 90 Minuten war Porto am Mittwoch in der Verlängerung durch Ruben Costa "
        "(110.) in Führung gegangen, ehe Max Bauer in der letzten Minute (120.) ausglich.",
        ("bayern-munich", "porto"),
        (110, 120),
    ),
    (
        " date 1994-05-21 Chelsea won the replayed final 2-0 against Leeds United on Friday "
        "night at Wembley. On Tuesday Leeds had led through Tom Baker in the 95th minute of "
        "extra time before Chelsea equalised through Sam Hill in the 119th.",
        ("chelsea", "leeds-united"),
        (95, 119),
    ),
]


@pytest.mark.parametrize(("text", "pair", "first_final"), REPLAYS, ids=["de", "en"])
def test_the_first_finals_goal_is_not_the_replays(text, pair, first_final):
    replay = match(read(text), *pair)
    assert replay.date == "1994-05-20"
    assert replay.extra_time is not True
    assert all(g.minute not in first_final for g in replay.goals or [])


def test_a_goal_on_the_matchs_own_weekday_stays():
    facts = read(
        " date 1994-05-21 Chelsea beat Leeds United 2-0 in the FA Cup final on Friday night. "
        "Tom Baker gave Chelsea the lead in the 35th minute on Friday, and Sam Hill added the "
        "second in the 80th minute."
    )
    final = match(facts, "chelsea", "leeds-united")
    assert [g.minute for g in final.goals or []] == [35, 80]
