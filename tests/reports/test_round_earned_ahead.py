"""`Their reward is a semi-final against Chelsea, who squeezed past Bayern`: the round a
sentence says was earned is the one to come, not the round of the results told next of
the coming opponent."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2011-04-14 Schalke beat Inter Milan 2-1 on Wednesday to reach the last four. "
    "Their reward is a semi-final against Manchester United, who got past Chelsea on Tuesday. "
    "Alex Ferguson's side won 2-1 at Old Trafford after winning the first leg 1-0 at "
    "Stamford Bridge.",
    " date 2011-04-14 Schalke gewann am Mittwoch mit 2:1 gegen Inter Mailand und steht unter "
    "den letzten Vier. Der Lohn ist ein Halbfinale gegen Manchester United, das sich am "
    "Dienstag gegen den FC Chelsea durchsetzte. Die Mannschaft von Alex Ferguson gewann in Old "
    "Trafford mit 2:1, nachdem sie das Hinspiel an der Stamford Bridge mit 1:0 gewonnen hatte.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_round_earned_is_not_the_next_opponents_round(text):
    facts = read(text)
    legs = [m for m in facts.matches if {m.home, m.away} == {"manchester-united", "chelsea"}]
    assert all(m.stage != "semi-final" for m in legs), legs
    assert all(t.stage != "semi-final" for t in facts.ties if "chelsea" in t.teams)
