"""A round told of a fixture to come, with the opponent's own result in a relative clause
after it (`Am Freitag geht es im Viertelfinale gegen den FC Barcelona, der am Samstag den
SSC Neapel mit 3:1 besiegte`), gives that result neither the round nor the fixture's
day; a result against the side itself (`Wycombe, who held them 1-1`) keeps the round.
Met on set 77's Bayern-Chelsea review; sentences written for these tests."""

from __future__ import annotations

from bot.reports.matches.rounds import in_aside
from tests.reports.helpers import match, read


def test_opponents_result_after_a_round_de():
    text = (
        " date 2021-04-11 Der FC Bayern freut sich auf die nächste Aufgabe. Am Dienstag geht "
        "es im Halbfinale gegen den FC Porto, der am Samstag den FC Sevilla mit 3:1 besiegte "
        "und sich nach dem 1:1 im Hinspiel in Spanien mit insgesamt 4:2 durchsetzte."
    )
    m = match(read(text), "porto", "sevilla")
    assert m.stage != "semi-final"
    assert m.date in (None, "2021-04-10")


def test_opponents_result_after_a_round_en():
    text = "In the semi-final on Tuesday Leeds face Porto, who beat Sevilla 2-0 on Saturday."
    assert in_aside(text, text.index("semi"), text.index("2-0"))


def test_result_against_the_side_keeps_the_round():
    text = "Their route included a semi-final against Wycombe, who held them 1-1 at Adams Park."
    assert not in_aside(text, text.index("semi"), text.index("1-1"))
