"""A score told as the point a span of time is counted from (`Sechs Wochen nach dem 6:1
gegen Paris`, `two weeks after the 4-0 rout of Milan`) is an earlier game: it is not the
story's match, gets no day, leg or stage, and lends no sides to a later score."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2019-03-14 Vier Wochen nach dem spektakulären 5:0 gegen Olympique Lyon scheiterte "
    "der FC Chelsea am Mittwochabend an Inter Mailand. Das Achtelfinal-Rückspiel endete "
    "1:1, und weil die Italiener das Hinspiel in Mailand mit 2:0 gewonnen hatten, stehen "
    "sie im Viertelfinale.",
    " date 2019-03-14 Four weeks after the memorable 5-0 rout of Lyon, Chelsea fell short "
    "against Inter Milan on Wednesday night. The round-of-16 second leg finished 1-1, and "
    "because the Italians had won the first leg 2-0 at San Siro, they are in the "
    "quarter-finals.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_span_from_a_score_makes_it_an_earlier_game(text):
    facts = read(text)
    lyon = [m for m in facts.matches if "lyon" in (m.home, m.away)]
    assert all(m.date is None and m.leg is None for m in lyon), lyon
    assert not [t for t in facts.ties if "lyon" in t.teams]
    draws = [m for m in facts.matches if m.score == (1, 1)]
    assert all({m.home, m.away} == {"chelsea", "inter-milan"} for m in draws), draws
