"""A result told in an `after` phrase behind a day (`Tonight Inter visit Porto after a
1-1 draw in Milan`, `semifinals on Thursday, after quarterfinals in which ...`, `empfängt
am Mittwoch ... nach einem 2:2 im Hinspiel`) was played before that day: the day is
not its date."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2015-03-18 Arsenal went out of the Champions League last night despite a 2-0 "
    "win at Monaco, beaten 3-3 on away goals.\n\n"
    "Tonight Juventus visit Borussia Dortmund after a 2-1 win in Turin, and Barcelona "
    "play host to Manchester City with the tie at 2-1.\n\n"
    "Both sides reached the round of 16 on Wednesday, after group games in which "
    "Bayer Leverkusen beat Benfica 3-1."
)

GERMAN = (
    " date 2015-03-18 Der FC Schalke 04 ist trotz eines 4:3-Siegs bei Real Madrid am "
    "Dienstagabend ausgeschieden. Heute Abend empfängt Borussia Dortmund Juventus Turin nach "
    "einem 1:2 im Hinspiel."
)


def _dates(text):
    return {(m.home, m.away): m.date for m in read(text).matches}


def test_no_day_for_a_result_told_after_it_in_english():
    dates = _dates(ENGLISH)
    assert dates.get(("juventus", "borussia-dortmund")) is None
    assert dates.get(("bayer-leverkusen", "benfica")) is None
    assert dates.get(("benfica", "bayer-leverkusen")) is None


def test_no_day_for_a_result_told_after_it_in_german():
    dates = _dates(GERMAN)
    assert dates.get(("juventus", "borussia-dortmund")) is None
