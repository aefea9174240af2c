"""`reached the final despite losing 1-0 earlier on Tuesday; ... after winning the first
leg 2-1 at home`: a day told beside another result is that result's, never the first
leg's, even when that other result is not read."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2016-12-02 TORONTO (AP) — Toronto FC will play the Seattle Sounders in the final. "
    "The Sounders reached their first MLS Cup final despite losing 1-0 earlier on Tuesday; "
    "Jordan Hamilton scored for the Rapids, but Seattle advanced 3-1 on aggregate after "
    "winning the first leg 2-1 at home against Colorado."
)


def test_the_day_of_another_result_is_not_the_first_legs():
    facts = read(ENGLISH)
    first = [m for m in facts.matches if m.leg == 1]
    assert all(m.date is None for m in first), facts.matches
