"""`Branthwaite turned the ball into his own net after 14 minutes`, `Ødegaard converted a
penalty after 14 minutes`: the goal's clause and its time's clause are one goal, so the
timed goal keeps the own-goal or penalty flag (the reader told a plain goal). German
`lenkte den Ball nach 14 Minuten ins eigene Tor` was read right and stays so. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    ("lang", "told", "flags"),
    [
        (
            "en",
            "Jarrad Branthwaite turned the ball into his own net after 14 minutes.",
            (False, True),
        ),
        ("en", "Jarrad Branthwaite put through his own net after 14 minutes.", (False, True)),
        ("en", "Jarrad Branthwaite converted a penalty after 14 minutes.", (True, False)),
        ("de", "Jarrad Branthwaite lenkte den Ball nach 14 Minuten ins eigene Tor.", (False, True)),
    ],
)
def test_the_flag_stays_with_the_timed_goal(lang, told, flags) -> None:
    lead = {"en": "Arsenal beat Everton 1-0.", "de": "Arsenal gewann 1:0 gegen Everton."}[lang]
    (m,) = goals_for(f"{lead} {told}", Match("arsenal", "everton", (1, 0)), lang=lang)
    assert [(g.player, g.minute, g.penalty, g.own_goal) for g in m.goals or []] == [
        ("Jarrad Branthwaite", 14, *flags)
    ]
