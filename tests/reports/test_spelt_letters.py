"""The spelt-out letter classes find exactly the words their category classes find."""

import re

from bot.reports.names.players import find_people
from bot.reports.text.letters import spelt, within_plane


def test_a_spelt_class_matches_what_its_category_class_matches_in_the_plane():
    for category in (r"[^\W\d_]", r"[^\W_]"):
        plain, listed = re.compile(category), re.compile(f"[{spelt(category)}]")
        for code in range(0x10000):
            assert bool(plain.match(chr(code))) == bool(listed.match(chr(code))), (category, code)


def test_text_beyond_the_plane_is_told_apart():
    assert within_plane("Müller „traf“ – 1:0")
    assert within_plane("\ud800")  # a lone surrogate is one UTF-16 unit
    assert not within_plane("Müller \U0001d400 traf")


def test_people_are_the_same_either_side_of_the_plane():
    text = "Thomas Müller traf, dann glich Ōsako aus. Später köpfte Ibrahimović ein."
    beyond = text + " \U0001f600"
    assert [p.name for p in find_people(text, "de")] == ["Thomas Müller", "Ōsako", "Ibrahimović"]
    assert [p.name for p in find_people(beyond, "de")] == [p.name for p in find_people(text, "de")]


def test_team_mentions_are_the_same_either_side_of_the_plane():
    from bot.reports.names.mentions import find_mentions
    from bot.teams.resolver import TeamResolver

    resolver = TeamResolver.default()
    text = "Der FC Bayern schlug Borussia Dortmund 2:1, Real_Madrid spielte nicht."
    beyond = text + " \U0001f600"
    found = [(m["alias"], m["team"]) for m in find_mentions(text, resolver, "de")]
    assert found[:2] == [("FC Bayern", "bayern-munich"), ("Borussia Dortmund", "borussia-dortmund")]
    assert ("Madrid", "real-madrid") in found  # `_` parts words, as \w would not
    assert [(m["alias"], m["team"]) for m in find_mentions(beyond, resolver, "de")] == found
