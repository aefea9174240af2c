"""A town that is the last word of a club's name (`Hajduk Split`, `IFK Göteborg`) and in
no city list still names that club's ground: `nach einem 1:1 in Split`. A result told as
`Damals` after a sentence naming another year gets no season of the report's year (with
the town now read, the 1975 final's second leg `in Enschede` had been given 1978-79).
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

LEAD_DE = (
    " date 1995-04-05 München (dpa) - Der FC Bayern trifft im Halbfinale der Champions "
    "League auf Ajax Amsterdam. "
)


def test_a_german_leg_in_the_town_of_a_clubs_name():
    facts = read(
        LEAD_DE + "Im Viertelfinale setzte sich Ajax gegen Hajduk Split durch, nach einem 1:1 "
        "in Split gewann Ajax das Rückspiel 2:0."
    )
    first = match(facts, "hajduk-split", "ajax")
    assert (first.score, first.leg) == ((1, 1), 1)
    second = match(facts, "ajax", "hajduk-split")
    assert (second.score, second.leg) == ((2, 0), 2)
    assert tie(facts, "ajax", "hajduk-split").winner == "ajax"


def test_a_result_told_back_then_after_another_year_has_no_season_of_this_one():
    facts = read(
        " date 1979-05-24 Düsseldorf (dpa) - Borussia Mönchengladbach hat den UEFA-Pokal "
        "gewonnen, im Rückspiel des Finales mit 1:0 gegen Roter Stern Belgrad. Das Hinspiel "
        "hatte 1:1 geendet. Die Borussia hatte den Pokal schon 1975 gewonnen. Damals "
        "triumphierte sie in Enschede mit 5:1 gegen Twente Enschede."
    )
    twente = [m for m in facts.matches if "twente" in (m.home, m.away)]
    assert all(m.season in (None, "1974-75") for m in twente), twente
