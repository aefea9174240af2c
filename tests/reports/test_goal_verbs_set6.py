"""Goal verbs and time phrases in both languages that the reader did not know, each with
a near miss that must stay no goal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.names.players import find_people
from tests.reports.helpers import goals_for as read


def one_goal(text: str, lang: str) -> list[tuple]:
    match = Match("aston-villa", "brentford", (1, 0))
    read(text, match, lang=lang)
    return [(g.player, g.minute) for g in match.goals or []]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ollie Watkins hit the winner in the 58th minute.",
        "Ollie Watkins broke the deadlock in the 58th minute.",
        "Ollie Watkins struck in the 58th minute.",
        "In the 58th minute, Ollie Watkins found the far corner.",
        "Ollie Watkins netted from close range on 58 minutes.",
    ],
)
def test_goal_verbs_en(sentence):
    assert one_goal("Aston Villa beat Brentford 1-0. " + sentence, "en") == [("Ollie Watkins", 58)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ollie Watkins vollstreckte in der 58. Minute.",
        "Ollie Watkins brachte Villa in der 58. Minute in Front.",
        "Nach der Pause kam Watkins frei zum Schuss und traf zum 1:0 (58.).",
    ],
)
def test_goal_verbs_de(sentence):
    found = one_goal("Aston Villa schlug Brentford 1:0. " + sentence, "de")
    assert len(found) == 1 and found[0][1] == 58 and found[0][0].endswith("Watkins")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Yoane Wissa was struck in the face in the 70th minute.", "en"),
        ("Brentford tried to find an equalizer in the 70th minute.", "en"),
        ("Yoane Wissa could have broken the deadlock in the 70th minute.", "en"),
        ("Brentford blieb in der 70. Minute erneut ohne Treffer.", "de"),
        ("Brentford versuchte in der 70. Minute den Ausgleich zu erzwingen.", "de"),
    ],
)
def test_near_misses_are_no_goals(sentence, lang):
    intro = (
        "Aston Villa beat Brentford 1-0. Ollie Watkins scored in the 58th minute. "
        if lang == "en"
        else "Aston Villa schlug Brentford 1:0. Ollie Watkins traf in der 58. Minute. "
    )
    assert one_goal(intro + sentence, lang) == [("Ollie Watkins", 58)]


def test_sentence_opening_preposition_is_no_scorer_de():
    found = one_goal(
        "Aston Villa schlug Brentford 1:0. Per Kopf traf Ollie Watkins zum 1:0 (58.).", "de"
    )
    assert found == [("Ollie Watkins", 58)]


def test_followed_by_names_the_second_scorer():
    match = Match("aston-villa", "brentford", (2, 0))
    read(
        "Aston Villa beat Brentford 2-0. Ollie Watkins's 12th-minute goal was followed by "
        "Leon Bailey's strike on 56 minutes.",
        match,
    )
    assert [(g.player, g.minute) for g in match.goals] == [
        ("Ollie Watkins", 12),
        ("Leon Bailey", 56),
    ]


def test_another_name_before_a_later_minute_keeps_it_from_the_first_scorer():
    match = Match("aston-villa", "brentford", (1, 1))
    read(
        "Aston Villa drew 1-1 with Brentford. Ollie Watkins scored in the 12th minute and "
        "Yoane Wissa's reply came in the 56th.",
        match,
    )
    assert ("Ollie Watkins", 56) not in [(g.player, g.minute) for g in match.goals or []]


def test_sentence_opening_conjunction_is_no_name_but_keeps_the_name_after_it():
    names = [
        p.name for p in find_people("Und Müller traf. Und als alle jubelten, traf Kane.", "de")
    ]
    assert names == ["Müller", "Kane"]
    assert [p.name for p in find_people("Per Mertesacker traf zum 1:0.", "de")] == [
        "Per Mertesacker"
    ]
