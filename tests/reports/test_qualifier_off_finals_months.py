"""A national-team game played off a finals tournament's months, in a report that names
qualifying anywhere (`hat sich für die WM 2014 qualifiziert`, `have qualified for the World
Cup finals`), is a qualifier of that edition, never the tournament itself."""

from bot.reports.matches.playoffs import outside_finals
from tests.reports.helpers import match, read


def test_german_qualified_for_names_the_qualifier():
    facts = read(
        " date 2013-10-12 Köln - Die deutsche Nationalmannschaft hat sich vorzeitig für die "
        "WM 2014 qualifiziert. Gegen Irland gewann die DFB-Auswahl am Freitagabend in Köln "
        "mit 3:0 und ist in der Gruppe C nicht mehr von Platz eins zu verdrängen."
    )
    found = match(facts, "germany", "ireland")
    assert (found.competition, found.season) == ("FIFA World Cup qualification", "2014")


def test_english_qualified_for_names_the_qualifier():
    facts = read(
        " date 2009-09-10 England have qualified for the World Cup finals in South Africa. "
        "England beat Croatia 5-1 at Wembley on Wednesday night, with Frank Lampard and "
        "Steven Gerrard scoring twice each."
    )
    found = match(facts, "england", "croatia")
    assert (found.competition, found.season) == ("FIFA World Cup qualification", "2010")


def test_the_2022_finals_were_played_in_november_and_december_only():
    assert outside_finals("FIFA World Cup", "2022-06-05", strict=True)
    assert not outside_finals("FIFA World Cup", "2022-06-05")
    assert not outside_finals("FIFA World Cup", "2022-12-18", strict=True)
    assert not outside_finals("FIFA World Cup", "2014-06-20", strict=True)
