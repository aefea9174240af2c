"""Where a text's own result line names the home side against the town (`Spanien –
Deutschland 1:2` for a match in München), a town names no home side at that
tournament: another result told `in München` keeps none of its own either. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _homes(facts, *teams):
    return [(m.home, m.away) for m in facts.matches if {m.home, m.away} == set(teams)]


def test_german_town_names_no_home_where_the_line_disagrees():
    facts = read(
        " date 2021-06-24 München (dpa) - Die deutsche Nationalmannschaft gewann bei der EM "
        "am Mittwoch in München gegen Spanien mit 2:1 (1:0) und steht im Achtelfinale.\n\n"
        "Spanien – Deutschland 1:2 (0:1)\n\n"
        "Zum Auftakt am Samstag hatte Schweden in München ein Tor von Emil Forsberg zu einem "
        "1:0 gegen Deutschland genügt."
    )
    assert _homes(facts, "spain", "germany") == [("spain", "germany")]
    assert ("germany", "sweden") not in _homes(facts, "sweden", "germany")


def test_english_town_names_no_home_where_the_line_disagrees():
    facts = read(
        " date 2021-06-24 MUNICH (AP) - Germany beat Spain 2-1 at the European Championship "
        "in Munich on Wednesday to reach the last 16.\n\n"
        "Spain – Germany 1:2 (0:1)\n\n"
        "In their opener on Saturday Sweden beat Germany 1-0 in Munich."
    )
    assert ("germany", "sweden") not in _homes(facts, "sweden", "germany")
