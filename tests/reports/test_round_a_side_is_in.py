"""`Porto are in the quarter-finals of the Champions League`: the round a side is in
after the result is the one it reached, so the result was played in the round before."""

from tests.reports.helpers import match, read

ENGLISH = (
    " date 2004-03-10 It was tense at the Estadio do Dragao, but Porto are in the "
    "quarter-finals of the Champions League and Manchester United are not. Jose Mourinho's "
    "side drew 1-1 with Manchester United on Tuesday night and went through 3-2 on aggregate."
)
FINAL = (
    " date 2004-05-06 Monaco are now in the final of the Champions League. Didier "
    "Deschamps's side lost 2-1 to Chelsea on Wednesday night and still went through."
)


def test_the_round_a_side_is_in_is_the_one_after_the_result():
    m = match(read(ENGLISH), "porto", "manchester-united")
    assert m.stage in (None, "round-of-16"), m
    facts = read(FINAL)
    assert all(m.stage in (None, "semi-final") for m in facts.matches), facts.matches
