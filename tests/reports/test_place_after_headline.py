"""A place line or German town line opening the first paragraph after a headline is
where the story was filed, as it is at the very top: the home side's town. Sentences
written for these tests."""

from __future__ import annotations

from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read


def test_a_town_line_after_a_headline_gives_the_home_side():
    facts = read(
        " date 2003-05-25 Der letzte Tag im alten Stadion\n\nDortmund. Borussia Dortmund hat am"
        " Samstag am 34. Spieltag den VfL Wolfsburg mit 3:1 besiegt."
    )
    assert match(facts, "borussia-dortmund", "vfl-wolfsburg").score == (3, 1)


def test_an_agency_place_after_a_headline_gives_the_home_side():
    facts = read(
        " date 2019-05-07 City edge closer to the title\n\nMANCHESTER, England (AP) —"
        " Manchester City beat Leicester 1-0 on Monday."
    )
    assert match(facts, "manchester-city", "leicester-city").score == (1, 0)


def test_the_town_of_the_line_is_no_team_and_the_headline_keeps_its_own():
    doc = build_document(
        " date 2003-05-25 Hamburg feiert\n\nHamburg. Der HSV hat am Samstag gewonnen.",
        RESOLVER,
    )
    assert doc.place == "Hamburg"
    assert [m.start for m in doc.mentions if m.alias == "Hamburg"] == [1]


def test_a_headline_with_a_full_stop_is_the_first_sentence_not_a_headline():
    doc = build_document(
        " date 2003-05-25 Es ist vorbei.\n\nDortmund. Borussia Dortmund hat gewonnen.",
        RESOLVER,
    )
    assert doc.place is None
