"""Goals set by a city (`In Milan, X scored`) or timed by how long a lead lasted (`The lead
lasted two minutes. Y equalised`), as in set 24's Atletico-Inter; sentences written for
these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _tie() -> tuple[Match, Match]:
    return (
        Match("atletico-madrid", "inter-milan", (2, 1), leg=2),
        Match("inter-milan", "atletico-madrid", (1, 0), leg=1),
    )


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def test_a_goal_set_in_the_first_legs_city_is_that_legs_en():
    second, first = goals_for(
        "Atlético Madrid beat Inter Milan 2-1 on Wednesday night and go through on "
        "penalties. The Italians had been the better side. In Milan, Lautaro Martinez "
        "scored the only goal in the 80th minute.\n\nRodrigo De Paul scored in the 10th "
        "minute, Nicolo Barella levelled in the 20th minute and Alvaro Morata scored the "
        "winner in the 70th minute.",
        *_tie(),
    )
    assert scorers(first) == [(80, "Lautaro Martinez")]
    assert "Lautaro Martinez" not in [p for _, p in scorers(second)]


def test_a_goal_set_in_the_first_legs_city_is_that_legs_de():
    second, first = goals_for(
        "Atlético Madrid besiegte Inter Mailand am Mittwochabend mit 2:1. Die Italiener "
        "waren lange besser. In Mailand hatte Lautaro Martínez in der 80. Minute das "
        "einzige Tor erzielt.\n\nRodrigo De Paul traf in der 10. Minute, Nicolò Barella "
        "glich in der 20. Minute aus, Álvaro Morata erzielte in der 70. Minute den "
        "Siegtreffer.",
        *_tie(),
        lang="de",
    )
    assert scorers(first) == [(80, "Lautaro Martínez")]
    assert "Lautaro Martínez" not in [p for _, p in scorers(second)]


def test_a_goal_set_in_this_legs_city_stays_on_it_en():
    second, first = goals_for(
        "Atlético Madrid beat Inter Milan 2-1 on Wednesday night. In Madrid, Rodrigo De "
        "Paul scored in the 10th minute.",
        *_tie(),
    )
    assert not first.goals


def test_a_lead_that_lasted_two_minutes_times_the_equaliser_en():
    (match,) = goals_for(
        "Atlético Madrid beat Inter Milan 2-1. They fell behind in the 33rd minute. "
        "Federico Dimarco swept a shot past Jan Oblak. The lead lasted two minutes. "
        "Antoine Griezmann equalised from inside the area. Memphis Depay scored the winner "
        "in the 87th minute.",
        Match("atletico-madrid", "inter-milan", (2, 1)),
    )
    assert (35, "Antoine Griezmann") in scorers(match)


def test_a_lead_that_lasted_two_minutes_times_the_equaliser_de():
    (match,) = goals_for(
        "Atlético Madrid besiegte Inter Mailand mit 2:1. In der 33. Minute lag Atlético "
        "zurück: Federico Dimarco traf zum 0:1. Die Führung hielt nur zwei Minuten. "
        "Antoine Griezmann glich aus. Memphis Depay erzielte in der 87. Minute den Siegtreffer.",
        Match("atletico-madrid", "inter-milan", (2, 1)),
        lang="de",
    )
    assert (35, "Antoine Griezmann") in scorers(match)
