"""A side's title (`gegen Irland, den WM-Dritten von 2002`, `Ireland, the World Cup
semifinalists of 2002`, `den WM-Achtelfinalisten`) tells what that side once was: its
year is not the season of the result the sentence tells, and its competition is not
the match's."""

from __future__ import annotations

from tests.reports.helpers import match, read

DE = (
    " date 2011-11-16 Lissabon (dpa) - Portugal fährt zur Europameisterschaft 2012. Im "
    "Relegations-Rückspiel gegen Bosnien-Herzegowina gewann die Mannschaft von Paulo Bento "
    "am Dienstag in Lissabon mit 6:2, nachdem das Hinspiel in Zenica 0:0 geendet hatte.\n\n"
    "In den anderen Playoffs der EM-Qualifikation gelang Estland eine Sensation: Nach dem "
    "1:0 im Hinspiel in Tallinn reichte den Esten in Dublin ein 1:1 gegen Irland, den "
    "WM-Dritten von 2002."
)
EN = (
    " date 2011-11-16 LISBON, Portugal (AP) — Portugal beat Bosnia 6-2 in the second leg of "
    "their Euro 2012 qualifying playoff on Tuesday after a 0-0 draw in Zenica.\n\n"
    "In another qualifying playoff, Estonia drew 1-1 with Ireland, the World Cup "
    "semifinalists of 2002, in the second leg in Dublin after winning the first leg 1-0 in "
    "Tallinn."
)


def test_a_title_year_is_not_the_season():
    for text in (DE, DE.replace("den WM-Dritten von 2002", "den Europameister von 1992")):
        first = match(read(text), "estonia", "ireland")
        assert first.competition == "UEFA European Championship qualifying"
        assert first.season == "2012"


def test_a_title_competition_is_not_the_matchs():
    facts = read(EN)
    for m in facts.matches:
        assert m.competition != "FIFA World Cup"
        assert m.season != "2002"


def test_a_round_reached_as_a_title_in_german():
    facts = read(DE.replace("den WM-Dritten von 2002", "den WM-Achtelfinalisten von 2010"))
    assert match(facts, "estonia", "ireland").competition != "FIFA World Cup"
