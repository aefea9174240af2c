"""`Müller, der nach Doppelpass mit Wimmer traf (58.)`, `Kane, who scored after a one-two
with Son in the 70th minute`: the partner of a one-two made the goal; it is the scorer's
named before the relative clause, never the partner's."""

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_german_one_two_partner_is_no_scorer():
    (found,) = goals_for(
        "Bayern gewann 2:0. Leroy Sané traf früh (12.), und kurz vor Schluss war es "
        "Harry Kane, der nach Doppelpass mit Sané zum 2:0 traf (84.).",
        Match("bayern-munich", "fc-koln", (2, 0)),
        lang="de",
    )
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Leroy Sané", 12),
        ("Harry Kane", 84),
    ]


def test_english_one_two_partner_is_no_scorer():
    (found,) = goals_for(
        "Tottenham won 2-0. Son Heung-min opened the scoring in the 12th minute, and late "
        "on it was Harry Kane, who scored after a one-two with Son in the 84th minute.",
        Match("tottenham", "everton", (2, 0)),
        lang="en",
    )
    assert ("Son Heung-min", 84) not in [(g.player, g.minute) for g in found.goals or []]
