"""A result naming only its opponent takes the story's side, where the opponent is named
only as the opponent; naming it again as the subject of a later clause (`although Lazio
left Portugal unhappy`) leaves that so."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read

TEXTS = [
    " date 2003-05-22 Porto beat Celtic 3-2 after extra time in the UEFA Cup final in"
    " Seville on Wednesday. Porto's path to the final had been no easier. Beaten 2-0 by Lazio"
    " at the Stadio Olimpico in the first leg of their semi-final, they won the return 4-1 in"
    " Porto, although Lazio left Portugal unhappy with the referee.",
    " date 2003-05-22 Porto beat Celtic 3-2 after extra time in the UEFA Cup final in"
    " Seville on Wednesday. Porto had a hard road there. Beaten 2-0 by Lazio in Rome in the"
    " first leg of the semi-final, they won the return 4-1 at home, while Lazio complained"
    " about the referee for days.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_opponent_named_again_in_a_later_clause(text):
    found = pairs(read(text))
    assert ("lazio", "porto", (2, 0)) in found
    assert ("porto", "lazio", (4, 1)) in found
