"""Clubs whose name is an English word (`Reading`, `Forest`, `Hearts`, `Derby`) are read
where English text writes the word as a name, and nowhere else."""

from __future__ import annotations

import pytest

from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, pairs, read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2011-05-31 Swansea City beat Reading 4-2 in the play-off final at Wembley on"
            " Monday.",
            ("swansea-city", "reading", (4, 2)),
        ),
        (
            " date 1979-04-16 Forest beat Liverpool 2-0 at home on Saturday.",
            ("nottingham-forest", "liverpool", (2, 0)),
        ),
        (
            " date 2012-05-20 Hearts beat Hibernian 2-0 at Tynecastle on Saturday.",
            ("hearts", "hibernian", (2, 0)),
        ),
        (
            " date 1972-04-16 Leeds United lost 2-0 at Derby on Saturday.",
            ("derby-county", "leeds-united", (2, 0)),
        ),
    ],
)
def test_word_name_in_english_text_names_the_club(text, pair):
    assert pair in pairs(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # a German noun, not Derby County
        " date 2024-03-31 Dortmund – Das Derby gewann Borussia Dortmund am Samstag mit 2:0"
        " gegen Schalke 04.",
        # part of a longer name the club list does not hold
        " date 2024-03-31 Forest Green Rovers beat Barnet 2-0 at home on Saturday, while"
        " Arsenal drew 1-1 at Chelsea.",
        # a verb opening a sentence
        " date 2024-03-31 Reading the game well, Arsenal beat Chelsea 2-0 at home on Saturday.",
        " date 2024-03-31 Derby day: Arsenal beat Tottenham Hotspur 2-0 at home on Saturday.",
        # a match called `the Derby`
        " date 2024-03-31 Arsenal won the Derby 2-0 against Tottenham Hotspur at home on Saturday.",
    ],
)
def test_word_name_elsewhere_is_no_club(text):
    doc = build_document(text, RESOLVER, None)
    teams = {mention.team for mention in doc.mentions}
    assert not teams & {"derby-county", "nottingham-forest", "reading"}
    assert not {t for home, away, _ in pairs(read(text)) for t in (home, away)} - teams


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2019-05-16 Aston Villa are in the final. Villa won the first leg 2-1 at Villa"
            " Park before losing 1-0 at The Hawthorns to West Bromwich Albion on Tuesday.",
            ("aston-villa", "west-brom", (2, 1)),
        ),
        (
            " date 2016-05-22 Palace beat Arsenal 2-0 at Selhurst Park on Sunday.",
            ("crystal-palace", "arsenal", (2, 0)),
        ),
    ],
)
def test_short_word_names(text, pair):
    assert pair in pairs(read(text))


@pytest.mark.parametrize(
    "text",
    [
        " date 2010-05-03 David Villa scored twice as Valencia beat Sevilla 2-0 at Mestalla on"
        " Sunday.",
        " date 2010-05-03 Near Buckingham Palace, Arsenal beat Chelsea 2-0 at home on Sunday.",
    ],
)
def test_short_word_names_inside_longer_names(text):
    teams = {t for home, away, _ in pairs(read(text)) for t in (home, away)}
    assert not teams & {"aston-villa", "crystal-palace"}
