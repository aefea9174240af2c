"""`Der Trainer hatte nach dem klaren Hinspielsieg rotiert`, `the coach rested players
after the first-leg win`: the first leg's result as the time after which this leg's doing
came tells nothing of that leg, so the goals told next are still this leg's."""

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Der FC Porto hat am Dienstag auch das Rückspiel bei Olympique Lyon 2:0 gewonnen. "
            "Sérgio Conceição hatte nach dem deutlichen Hinspielsieg kräftig rotiert, dennoch "
            "bestimmten die Gäste die Partie. Nach 23 Minuten schob Mehdi Taremi zur Führung "
            "ein. Pepê erhöhte in der 71. Minute.",
        ),
        (
            "en",
            "Porto also won the second leg 2-0 at Lyon on Tuesday. Sergio Conceicao had rested "
            "five players after the comfortable first-leg win, yet the visitors controlled the "
            "game. Mehdi Taremi tapped in the opener in the 23rd minute. Pepe added a second "
            "in the 71st minute.",
        ),
    ],
)
def test_goals_after_a_first_leg_win_given_as_time_are_this_legs(lang, body):
    first = Match("porto", "lyon", (3, 0), leg=1)
    second = Match("lyon", "porto", (0, 2), leg=2)
    goals_for(body, second, first, lang=lang)
    assert [(g.player, g.minute) for g in second.goals or []] == [
        ("Mehdi Taremi", 23),
        ("Pepê" if lang == "de" else "Pepe", 71),
    ]
    assert not first.goals
