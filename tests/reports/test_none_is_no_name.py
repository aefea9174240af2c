"""`Miles Robinson has scored a handful of goals in his career. None will be remembered like
this one. The defender headed in ... in the 117th minute`: a sentence opening `None`,
`Neither` or `Nothing` names nobody, so `the defender` after it goes back to the player
named before (the word had been taken for a player, and the goal for his). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "aside",
    [
        "None will be remembered like this one.",
        "Nothing compares with this one.",
        "Neither of them mattered like this one.",
    ],
)
def test_a_sentence_opening_none_names_nobody(aside) -> None:
    facts = read(
        " date 2021-03-11 Bukayo Saka has scored a handful of goals in his career. "
        f"{aside}\n\n"
        "The winger turned in Declan Rice's pass in the 117th minute, and Arsenal beat "
        "Chelsea 1-0 in extra time on Wednesday night at the Emirates.\n"
    )
    m = match(facts, "arsenal", "chelsea")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Bukayo Saka", 117)]
