"""`Lyon needed extra time to get past Benfica`, `hatte sich der BVB erst in der
Verlängerung gegen Benfica durchgesetzt`: a sentence naming the winner, then extra time,
then the loser says extra time decided the tie, though another says `on aggregate`."""

from __future__ import annotations

from tests.reports.helpers import read, tie

EN = (
    " date 2022-05-19 Lyon 3-1 Roma: Lacazette double wins the Europa League for Lyon\n\n"
    "Lyon won the Europa League final in Seville on Wednesday, beating Roma 3-1.\n\n"
    "Lyon needed extra time to get past Benfica in the semi-finals. After a 1-0 win at home "
    "in the first leg, they drew 2-2 in Lisbon and went through 3-2 on aggregate."
)
DE = (
    " date 2022-05-19 Sevilla (dpa) - Borussia Dortmund hat die Europa League gewonnen. Der "
    "BVB besiegte im Finale in Sevilla die AS Rom mit 3:1.\n\n"
    "Im Halbfinale hatte sich der BVB erst in der Verlängerung gegen Benfica Lissabon "
    "durchgesetzt. Nach einem 1:0 im Hinspiel in Dortmund reichte ein 2:2 in Lissabon, "
    "insgesamt 3:2."
)


def test_needed_extra_time_to_get_past():
    found = tie(read(EN), "lyon", "benfica")
    assert (found.winner, found.decided_by) == ("lyon", "extra_time")


def test_erst_in_der_verlaengerung_durchgesetzt():
    found = tie(read(DE), "borussia-dortmund", "benfica")
    assert (found.winner, found.decided_by) == ("borussia-dortmund", "extra_time")


def test_a_shootout_in_the_sentence_says_no_extra_time_decided():
    text = EN.replace("needed extra time to get past", "needed extra time and a shoot-out to beat")
    assert all(t.decided_by != "extra_time" for t in read(text).ties)


def test_the_loser_named_first_is_not_this_rule():
    text = EN.replace(
        "Lyon needed extra time to get past Benfica in the semi-finals.",
        "Benfica took Lyon to extra time in the semi-finals.",
    )
    assert all(t.decided_by != "extra_time" for t in read(text).ties)
