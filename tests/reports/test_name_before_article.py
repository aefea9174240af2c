"""`verwandelte Dias einen Foulelfmeter`: a name ending in s before an article is no
genitive (a genitive stands in the article's place, `Sanés Treffer`), so it keeps its s."""

import re

from bot.reports.names.players import GOAL_NOUN_DE
from tests.reports.helpers import match, read

_TEXT = (
    " date 2022-09-04 Benfica gewann am Samstag in Lissabon mit 2:0 gegen den FC Porto. "
    "Nach der Pause verwandelte Ruben Dias einen Foulelfmeter zum 1:0 (52.), und in der "
    "80. Minute köpfte Gonçalo Ramos den zweiten Treffer."
)


def test_name_before_article_keeps_its_s():
    scorers = {g.player: g.minute for g in match(read(_TEXT), "benfica", "porto").goals or []}
    assert scorers == {"Ruben Dias": 52, "Gonçalo Ramos": 80}


def test_goal_noun_after_a_genitive_only():
    noun = re.compile(GOAL_NOUN_DE)
    assert noun.match(" zweiter Treffer")
    assert noun.match(" Kopfball")
    assert not noun.match(" einen Foulelfmeter")
    assert not noun.match(" den Ausgleich")
    assert not noun.match(" seinen zweiten Treffer")
