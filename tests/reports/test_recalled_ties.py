"""A column looking back: a second leg dated by its month alone (`das Rückspiel im
November`) follows its first leg (`Ende Oktober 1989`), so it is that year's November
and the legs share a season; an undated tie in a paragraph recalling an earlier year
(`an den März 1984 gedacht`, `Three years later`) is of a season the text does not
give, not the report's. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_DE = (
    " date 1995-11-02 Es gibt Abende, an denen der Fußball seine eigenen Gesetze schreibt, "
    "und im Gelsenkirchener Parkstadion hat er am Dienstag ein neues Kapitel hinzugefügt. "
    "Der FC Schalke 04 gewann gegen den FC Brügge mit 5:0, nachdem das Hinspiel in Belgien "
    "vor zwei Wochen mit 1:2 verloren gegangen war.\n\n"
)


def test_a_german_second_leg_month_follows_its_dated_first_leg():
    facts = read(
        _DE + "Ende Oktober 1989 hatte der VfB Stuttgart Real Madrid im Hinspiel der zweiten "
        "Runde des UEFA-Pokals mit 3:1 besiegt. Im Bernabéu gewannen die Madrilenen das "
        "Rückspiel im November dann mit 2:0 und kamen wegen der Auswärtstorregel weiter."
    )
    second = match(facts, "real-madrid", "vfb-stuttgart")
    assert (second.score, second.leg, second.date, second.season) == (
        (2, 0), 2, "1989-11", "1989-90",
    )  # fmt: skip


def test_an_undated_german_leg_in_a_recalling_paragraph_has_no_season_of_the_report():
    facts = read(
        _DE + "Wer solche Abende erlebt hat, denkt unweigerlich an andere zurück. Manch einer "
        "dürfte an den März 1984 gedacht haben, als der Hamburger SV im Viertelfinale des "
        "Europapokals der Pokalsieger gegen Dinamo Zagreb spielte. Das Hinspiel in Zagreb "
        "hatten die Hamburger mit 0:2 verloren, zur Pause des Rückspiels lagen sie mit 1:2 "
        "zurück. Am Ende stand ein 5:2."
    )
    first = match(facts, "dinamo-zagreb", "hamburger-sv")
    assert (first.score, first.leg, first.season) == ((2, 0), 1, None)


def test_an_english_tie_years_later_has_no_season_of_the_report():
    facts = read(
        " date 1995-11-02 LONDON (Reuters) - Nottingham Forest beat Lyon 1-0 on Tuesday to "
        "reach the next round of the UEFA Cup.\n\nThree years later it was the turn of "
        "Liverpool, who lost the first leg 3-0 at Spartak Moscow and won the return 4-0."
    )
    assert all(m.season != "1995-96" for m in facts.matches if "liverpool" in (m.home, m.away))
