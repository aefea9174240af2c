"""A second leg told right after another pair's first leg (`... settled in the first leg
in Lisbon, where they won 3-1. They won the second leg 2-0 at the Emirates`), naming no
team, is that pair's other leg, not a leg of the story's main pair."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

EN = (
    " date 2023-05-12 Arsenal 2-0 Porto: Saka double sends Arsenal into the final\n\n"
    "Arsenal reached the Europa League final with a 2-0 win over Porto at the Emirates "
    "Stadium on Thursday.\n\n"
    "Arsenal's quarter-final against Sporting was settled in the first leg in Lisbon, where "
    "they won 3-1. They won the second leg 2-0 at the Emirates Stadium for a 5-1 aggregate "
    "victory."
)
DE = (
    " date 2023-05-12 London (dpa) - Der FC Arsenal steht im Finale der Europa League. Die "
    "Londoner besiegten am Donnerstagabend den FC Porto mit 2:0 (1:0).\n\n"
    "Das Viertelfinale gegen Sporting Lissabon war schon im Hinspiel in Lissabon entschieden, "
    "wo Arsenal mit 3:1 gewann. Das Rückspiel in London endete 1:1."
)


def test_they_won_the_second_leg_is_the_last_pairs():
    facts = read(EN)
    assert match(facts, "arsenal", "sporting-cp").score == (2, 0)
    assert match(facts, "arsenal", "sporting-cp").leg == 2
    assert tie(facts, "arsenal", "sporting-cp").winner == "arsenal"
    assert all({m.home, m.away} != {"arsenal", "porto"} or m.leg is None for m in facts.matches)


def test_das_rueckspiel_endete_is_the_last_pairs():
    facts = read(DE)
    assert match(facts, "arsenal", "sporting-cp").score == (1, 1)
    assert tie(facts, "arsenal", "sporting-cp").aggregate == {"arsenal": 4, "sporting-cp": 2}
    assert all({m.home, m.away} != {"arsenal", "porto"} or m.leg is None for m in facts.matches)
