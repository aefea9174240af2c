"""`legte für Claudio Caniggia auf, der Torwart Taffarel umkurvte und zum 1:0 einschob
(81.)`: `der` before the keeper a scorer rounded opens a relative clause (its verb comes
last), so the goal is the one's named before it, as in English `set up X, who rounded
goalkeeper Y and slotted in` (read before, and still). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize("verb", ["umkurvte", "ausspielte", "überwand"])
def test_german_relative_clause_after_the_provider(verb) -> None:
    body = (
        "Der FC Bayern gewann 1:0 gegen die TSG Hoffenheim. Neun Minuten vor dem Ende setzte "
        "sich Jamal Musiala im Mittelfeld durch und legte für Harry Kane auf, der Torwart "
        f"Oliver Baumann {verb} und zum 1:0 einschob (81.)."
    )
    (m,) = goals_for(body, Match("bayern-munich", "tsg-hoffenheim", (1, 0)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Harry Kane", 81)]


def test_english_relative_clause_stays_read() -> None:
    body = (
        "Bayern Munich beat Hoffenheim 1-0. Nine minutes from time Leroy Sane beat three men "
        "in midfield and set up Harry Kane, who rounded goalkeeper Oliver Baumann and "
        "slotted in."
    )
    (m,) = goals_for(body, Match("bayern-munich", "tsg-hoffenheim", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Harry Kane", 81)]
