"""`to beat Milan 2-1 on aggregate after the 1-1 draw at Old Trafford`, `nach dem 1:1 im
ersten Duell`: the one result of a pair told beside the aggregate as what came before is
the first leg, not the second."""

from tests.reports.helpers import read


def test_english_result_after_which_the_aggregate_came_is_the_first_leg():
    facts = read(
        " date 2021-03-19 Arsenal won 1-0 in Athens, Martin Ødegaard scoring late, to beat "
        "Olympiacos 3-2 on aggregate after the 2-2 draw at the Emirates."
    )
    legs = [m for m in facts.matches if m.score == (2, 2)]
    assert all(m.leg != 2 for m in legs)


def test_german_result_after_which_the_aggregate_came_is_the_first_leg():
    facts = read(
        " date 2021-03-19 Der VfL Wolfsburg gewann in Athen mit 1:0 und setzte sich gegen "
        "Olympiakos insgesamt mit 3:2 durch, nach dem 2:2 im Hinspiel in Wolfsburg."
    )
    legs = [m for m in facts.matches if m.score == (2, 2)]
    assert all(m.leg != 2 for m in legs)
