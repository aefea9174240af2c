"""`The result gives Celtic a second win over their rivals. They also won 2-0 at Ibrox in
September`: a result of the story's pair told with no team, opened by `They`/`Sie`, is told
from the one team the sentence before names."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2021-12-20 Arsenal beat Tottenham 2-1 at the Emirates Stadium on Sunday, and the "
    "fans sang long after the end. The result gives Arsenal a second win over their rivals "
    "this season. They also won 3-0 at White Hart Lane in October."
)


def test_they_after_one_named_side_orients_the_pair():
    facts = read(_EN)
    assert match(facts, "tottenham", "arsenal").score == (0, 3)


def test_german_sie_after_one_named_side():
    facts = read(
        " date 2021-12-20 Der FC Bayern hat am Sonntag in der Allianz Arena gegen Borussia "
        "Dortmund mit 2:1 gewonnen. Das Ergebnis bringt dem FC Bayern den zweiten Sieg gegen "
        "den Rivalen. Sie gewannen auch im Oktober in Dortmund mit 3:0."
    )
    assert match(facts, "borussia-dortmund", "bayern-munich").score == (0, 3)
