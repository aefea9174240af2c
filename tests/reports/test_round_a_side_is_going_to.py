"""`The Timbers are going to their first MLS Cup final`, `Sevilla goes to the final`:
the round a side is going to is the one it reached, never the one just played."""

from tests.reports.helpers import read

GOING = (
    " date 2019-10-31 ATLANTA (AP) — Toronto FC are going to their third MLS Cup final. "
    "Toronto beat Atlanta United 2-1 on Wednesday night."
)
GOES = (
    " date 2019-10-31 Sevilla goes to the final of the Copa del Rey. Sevilla beat Valencia "
    "2-1 on Wednesday night."
)


def test_a_round_a_side_is_going_to_is_not_the_results():
    for text in (GOING, GOES):
        facts = read(text)
        assert all(m.stage != "final" for m in facts.matches), facts.matches
    assert [m.stage for m in read(GOING).matches] == ["semi-final"]
