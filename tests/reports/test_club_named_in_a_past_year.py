"""A club named in an aside of a year gone (`since Tueart's overhead kick against Newcastle
in 1976`, `gegen Newcastle im Jahr 1976`) pins no short name of the story's own days
(`United drew 1-1 at Blackburn`): set 71, a City fan's blog."""

from __future__ import annotations

from bot.reports.guard import check
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def _teams(text: str) -> set[tuple[str, str]]:
    doc = build_document(text, RESOLVER, check(text))
    return {(m.alias, m.team) for m in doc.mentions}


def test_united_not_pinned_by_a_club_of_1976_en():
    found = _teams(
        " date 2011-05-15 We had waited since the overhead kick against Newcastle in 1976. Up "
        "the M6, United drew 1-1 at Blackburn, and that gave them the title."
    )
    assert ("United", "newcastle-united") not in found


def test_united_not_pinned_by_a_club_of_1976_de():
    found = _teams(
        " date 2011-05-15 Wir hatten seit dem Fallrückzieher gegen Newcastle im Jahr 1976 "
        "gewartet. United spielte 1:1 in Blackburn und holte damit den Titel."
    )
    assert ("United", "newcastle-united") not in found


def test_united_pinned_by_a_club_of_the_day_en():
    found = _teams(
        " date 2011-05-15 Chelsea beat Newcastle United 2-0 at home on Saturday. United had "
        "chances early on but never recovered."
    )
    assert ("United", "newcastle-united") in found
