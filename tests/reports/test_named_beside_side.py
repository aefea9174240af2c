"""`hatte Garay Benfica in Führung gebracht`: a surname given in full elsewhere and the side
he put ahead are two words side by side, not one person (a held-out report credited
`Garay Benfica`, on the wrong side). Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _read(body: str, pair, lang: str) -> list[tuple]:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    return [(g.player, g.minute) for g in m.goals or []]


def test_surname_then_the_side_he_put_ahead() -> None:
    body = (
        "Bayern München gewann am Samstag mit 2:1 gegen Borussia Dortmund. Der Pole Robert "
        "Lewandowski war der Mann des Abends. Schon in der 9. Minute hatte Lewandowski Bayern "
        "in Führung gebracht. Marco Reus glich in der 30. Minute aus, doch Leroy Sané traf in "
        "der 42. Minute zum 2:1-Endstand."
    )
    goals = _read(body, ("bayern-munich", "borussia-dortmund", (2, 1)), "de")
    assert goals == [("Robert Lewandowski", 9), ("Marco Reus", 30), ("Leroy Sané", 42)]


def test_a_full_name_beside_a_side_stays_a_name() -> None:
    body = "Barcelona won 1-0 at Valencia. Jordi Alba scored the only goal in the 70th minute."
    goals = _read(body, ("valencia", "barcelona", (0, 1)), "en")
    assert goals == [("Jordi Alba", 70)]
