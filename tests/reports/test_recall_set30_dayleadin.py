"""A sentence announcing the day's other game of the round, result told right after it
(`Auch das zweite Achtelfinale des Tages ging in die Verlängerung. In Salvador setzte sich
Belgien ... durch`, as in set 30's Argentina-Switzerland): that result was played on the
report match's day and in its round. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_das_zweite_viertelfinale_des_tages_de():
    facts = read(
        " date 2024-07-06 Spanien steht im Halbfinale der Europameisterschaft. Im Viertelfinale "
        "gewann Spanien am Freitag in Stuttgart mit 2:1 n.V. gegen Deutschland. Auch das "
        "zweite Viertelfinale des Tages war eng. In Hamburg setzte sich Frankreich mit 5:3 "
        "im Elfmeterschießen gegen Portugal durch, nach 120 Minuten hatte es 0:0 gestanden."
    )
    found = match(facts, "france", "portugal")
    assert found.date == "2024-07-05"
    assert found.stage == "quarter-final"


def test_the_days_other_quarter_final_en():
    facts = read(
        " date 2024-07-06 Spain reached the semi-finals of Euro 2024 on Friday, beating "
        "Germany 2-1 after extra time in the quarter-final in Stuttgart. The day's other "
        "quarter-final was just as tight. In Hamburg, France beat Portugal 5-3 on penalties "
        "after a 0-0 draw."
    )
    found = match(facts, "france", "portugal")
    assert found.date == "2024-07-05"
    assert found.stage == "quarter-final"
