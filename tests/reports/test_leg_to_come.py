"""A second leg told as still to come (`plays the second leg on Wednesday after a 0-0
draw`, `bestreitet das Rückspiel am Mittwoch nach einem 0:0`, `den Rückstand, den Wolfsburg
am Samstag im Rückspiel aufholen müsste`) is not the result the text tells: that result is
the first leg, or of no leg the text gives, and the day is the coming leg's."""

from tests.reports.helpers import read


def only(facts):
    assert len(facts.matches) == 1, facts.matches
    return facts.matches[0]


def test_english_second_leg_to_come_after_a_draw():
    m = only(
        read(
            " date 2014-04-27 Chelsea play the second leg of their semi-final against "
            "Atletico Madrid on Wednesday after a 0-0 draw in Madrid."
        )
    )
    assert (m.leg, m.date) == (1, None)


def test_german_second_leg_to_come_after_a_draw():
    m = only(
        read(
            " date 2014-04-27 Der FC Chelsea bestreitet das Rückspiel gegen Atlético Madrid "
            "am Mittwoch nach einem 0:0 in Madrid."
        )
    )
    assert (m.leg, m.date) == (1, None)


def test_german_preview_lead_names_the_leg_to_come():
    m = only(
        read(
            " date 2022-04-29 Drei Tore. So groß ist der Rückstand, den der VfL Wolfsburg am "
            "Samstag im Halbfinal-Rückspiel gegen den FC Barcelona aufholen müsste.\n\n"
            "Das Hinspiel war eine Lehre. Im Camp Nou unterlag das Team von Trainer Tommy "
            "Stroot mit 0:3."
        )
    )
    assert m.leg != 2 and m.date != "2022-04-23"


def test_a_second_leg_played_keeps_its_day():
    m = only(
        read(
            " date 2014-05-01 Atletico Madrid beat Chelsea 3-1 at Stamford Bridge in the "
            "second leg of the Champions League semi-final on Wednesday."
        )
    )
    assert (m.leg, m.date) == (2, "2014-04-30")  # as before: no leg to come here
