"""`Der Foulelfmeter, den Ronald Koeman kurz vor dem Abpfiff verwandelte (89.)`: after a
goal noun and its comma, `den`/`das`/`die` opens a relative clause, and the two words after
it are the scorer's first name and surname (the German name reader had taken the first
for a noun after its article and dropped the name). The English `The penalty, which X
converted` was read and stays so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

_BEFORE_DE = (
    "Der FC Bayern gewann gegen den VfB Stuttgart mit 3:0. Thomas Müller traf zur Führung "
    "(12.). Harry Kane erhöhte auf 2:0 (50.). "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Foulelfmeter, den Serge Gnabry kurz vor dem Abpfiff verwandelte (89.), war nur "
        "noch Ergebniskosmetik.",
        "Das dritte Tor, das Serge Gnabry kurz vor dem Abpfiff erzielte (89.), war nur noch "
        "Ergebniskosmetik.",
    ],
)
def test_german_relative_clause_names_the_scorer(sentence) -> None:
    (m,) = goals_for(
        _BEFORE_DE + sentence, Match("bayern-munich", "vfb-stuttgart", (3, 0)), lang="de"
    )
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Thomas Müller", 12),
        ("Harry Kane", 50),
        ("Serge Gnabry", 89),
    ]


def test_a_noun_after_its_article_stays_no_name() -> None:
    body = _BEFORE_DE + "Den dritten Treffer erzielte kurz vor dem Abpfiff der Joker (89.)."
    (m,) = goals_for(body, Match("bayern-munich", "vfb-stuttgart", (3, 0)), lang="de")
    assert all(g.player != "Joker" for g in m.goals or [])


def test_english_relative_clause_stays_read() -> None:
    body = (
        "Arsenal beat Everton 3-0. Bukayo Saka scored in the 12th minute and Kai Havertz "
        "headed in the second (50th). The penalty, which Martin Odegaard converted a minute "
        "from time (89th), only made it look easy."
    )
    (m,) = goals_for(body, Match("arsenal", "everton", (3, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []][-1] == ("Martin Odegaard", 89)
