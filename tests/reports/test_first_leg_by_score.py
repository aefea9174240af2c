"""A clause of the tie's own teams whose one score is the first leg's (`Leeds had lost
3-1 a week ago`) tells the first leg: what follows it is that leg's, not the
return's; a running score (`to give Leeds a 1-0 lead`) is no such result."""

from tests.reports.helpers import match, read

EN = (
    " date 2003-03-20 Leeds United drew 1-1 with AC Milan at Elland Road last night in the "
    "second leg of the quarter-final and went out 4-2 on aggregate. Alan Smith scored for "
    "Leeds in the 30th minute and Andriy Shevchenko equalised in the 70th. Leeds had lost 3-1 "
    "a week ago, after Mark Viduka was sent off. Filippo Inzaghi scored twice and "
    "Shevchenko once, with Harry Kewell replying for Leeds."
)


def test_sending_off_after_a_first_leg_score_goes_to_the_first_leg():
    facts = read(EN)
    second = match(facts, "leeds-united", "ac-milan")
    first = match(facts, "ac-milan", "leeds-united")
    assert [d.player for d in first.dismissals or []] == ["Mark Viduka"]
    assert not second.dismissals
