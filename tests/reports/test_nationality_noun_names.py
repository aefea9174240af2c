"""`der Brasilianer Lima traf`, `erzielte der Spanier Galeno`: a one-word name after a German
nationality noun is the scorer, and the noun is an apposition to it, not a word pointing
back to the one named before (a held-out report credited Tévez with Lima's goal).
Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _read(body: str, pair, lang: str) -> list[tuple]:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    return [(g.player, g.minute) for g in m.goals or []]


def test_one_name_after_a_nationality_noun_scored() -> None:
    body = (
        "Der FC Porto siegte mit 2:1 bei Sporting Lissabon. Pedro Gonçalves hatte Sporting in "
        "der 20. Minute in Führung geschossen, ehe der Brasilianer Pepê in der 55. Minute "
        "ausglich. Den Siegtreffer erzielte der Spanier Galeno in der 88. Minute."
    )
    goals = _read(body, ("sporting-cp", "porto", (1, 2)), "de")
    assert goals == [("Pedro Gonçalves", 20), ("Pepê", 55), ("Galeno", 88)]


def test_a_nationality_noun_before_time_words_names_no_one() -> None:
    body = (
        "Der FC Porto siegte mit 1:0 bei Sporting Lissabon. Der Brasilianer Pepê scheiterte "
        "zunächst am Pfosten, doch dann traf der Spanier Sekunden vor dem Abpfiff."
    )
    goals = _read(body, ("sporting-cp", "porto", (0, 1)), "de")
    assert all(player != "Sekunden" for player, _ in goals)
