"""`Boateng traf in der 12. Minute, Ribéry in der 50. und Robben in der 60.`: German minutes
told without their noun after one told in full are minutes too, while they rise; an ordinal
of a league after a minute is none. Sentences written for these tests (English `in the
50th` is read already)."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.clauses.minutes import find_minutes
from tests.reports.helpers import goals_for


def _goals(body: str) -> list[tuple]:
    (m,) = goals_for(body, Match(home="bayern-munich", away="shakhtar", score=(3, 0)), lang="de")
    return [(g.player, g.minute) for g in m.goals or []]


def test_a_list_of_minutes_after_one_in_full() -> None:
    body = (
        "Bayern gewann 3:0 gegen Schachtar. Jérôme Boateng traf in der 12. Minute, "
        "Franck Ribéry in der 50. und Arjen Robben in der 60."
    )
    assert _goals(body) == [("Jérôme Boateng", 12), ("Franck Ribéry", 50), ("Arjen Robben", 60)]


def test_commas_and_a_next_sentence() -> None:
    body = (
        "Bayern gewann 3:0 gegen Schachtar. Jérôme Boateng traf in der 12. Minute, "
        "Franck Ribéry in der 50., Arjen Robben in der 60. Danach war Ruhe."
    )
    assert _goals(body) == [("Jérôme Boateng", 12), ("Franck Ribéry", 50), ("Arjen Robben", 60)]


def test_no_minute_without_one_in_full_or_out_of_order() -> None:
    assert [m.minute for m in find_minutes("Er spielte in der 2. und in der 3. Liga.", "de")] == []
    text = "Er traf in der 62. Minute, sein Bruder spielt in der 2. Bundesliga."
    assert [m.minute for m in find_minutes(text, "de")] == [62]
