"""`Im Hinspiel hatten Müller (43.) und Robben (55.) die Bayern mit 2:0 in Führung
gebracht, ehe Dybala (63.) und Sturaro (76.) noch ausglichen`: a `before` clause after a
leg's lead goes on in that leg when the lead is a running score short of the leg's
result (the English `had put the visitors 2-0 ahead, before ...` was read so already).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

_MAIN_DE = (
    "Der FC Arsenal gewann das Rückspiel gegen den FC Porto mit 1:0. Bukayo Saka traf in "
    "der 30. Minute. "
)
_MAIN_EN = "Arsenal beat Porto 1-0 in the second leg. Bukayo Saka scored in the 30th minute. "


def _legs():
    return (
        Match("arsenal", "porto", (1, 0), leg=2),
        Match("porto", "arsenal", (2, 2), leg=1),
    )


_LEG1_DE = (
    "Im Hinspiel in Porto hatten Gabriel Jesus (20.) und Kai Havertz (41.) die Gäste mit 2:0 "
    "in Führung gebracht, ehe Mehdi Taremi (60.) und Wenderson Galeno (85.) noch ausglichen."
)
_LEG1_EN = (
    "In the first leg in Porto, Gabriel Jesus (20th) and Kai Havertz (41st) had put the "
    "visitors 2-0 ahead, before Mehdi Taremi (60th) and Wenderson Galeno (85th) levelled."
)


@pytest.mark.parametrize(
    ("body", "lang"), [(_MAIN_DE + _LEG1_DE, "de"), (_MAIN_EN + _LEG1_EN, "en")]
)
def test_lead_then_levelled_in_the_first_leg(body, lang) -> None:
    main, first = goals_for(body, *_legs(), lang=lang)
    assert [(g.player, g.minute) for g in first.goals or []] == [
        ("Gabriel Jesus", 20),
        ("Kai Havertz", 41),
        ("Mehdi Taremi", 60),
        ("Wenderson Galeno", 85),
    ]
    assert [(g.player, g.minute) for g in main.goals or []] == [("Bukayo Saka", 30)]
