"""A side told by a nationality in the plural (`The Italians reached the last four by
knocking out Ajax`, `Die Türken warfen Ajax raus`) is the one club of that country named
just before, and never a guessed team of another country (the story's own): where no
such club is named, the result is left unread. A country after a town and a comma (`the
final is in Gdansk, Poland, on May 26`) is a place, no national team in a story of
clubs, so it does not keep the nationality from standing for the club. Texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


@pytest.mark.parametrize(
    "text",
    [
        " date 2021-05-06 ROME (AP) - Manchester United arrive at the Stadio Olimpico on "
        "Thursday for the second leg of the semifinal against Roma. Roma's week has been "
        "dominated by events off the field: the club named Jose Mourinho, the former "
        "United manager, as its next coach. The Italians reached the last four by knocking "
        "out Ajax, winning 2-1 in Amsterdam and drawing 1-1 at home. The final is in "
        "Gdansk, Poland, on May 26.",
        " date 2021-05-06 Rom (dpa) - Manchester United reist am Donnerstag zum "
        "Halbfinal-Rückspiel beim AS Rom. Beim AS Rom gab es zuletzt Unruhe. Die Italiener "
        "warfen im Viertelfinale Ajax Amsterdam raus, mit einem 2:1 in Amsterdam und einem "
        "1:1 daheim. Das Finale steigt in Danzig, Polen, am 26. Mai.",
    ],
)
def test_the_nationality_is_the_club_of_that_country(text):
    facts = read(text)
    scores = {(m.home, m.away): m.score for m in facts.matches}
    assert scores[("ajax", "roma")] == (1, 2)
    assert scores[("roma", "ajax")] == (1, 1)
    assert not any(
        "manchester-united" in (m.home, m.away) and "ajax" in (m.home, m.away)
        for m in facts.matches
    )


@pytest.mark.parametrize(
    "text",
    [
        " date 2021-05-06 LONDON (AP) - Manchester United travel on Thursday needing little "
        "more than a quiet evening to reach the Europa League final. The Turks reached the "
        "last four by knocking out Ajax, winning 2-1 in Amsterdam and drawing 1-1 at home.",
        " date 2021-05-06 München (dpa) - Manchester United reist am Donnerstag mit einem "
        "komfortablen Vorsprung zum Rückspiel. Die Türken warfen im Viertelfinale Ajax "
        "Amsterdam raus, mit einem 2:1 in Amsterdam und einem 1:1 daheim.",
    ],
)
def test_a_nationality_is_no_guessed_team_of_another_country(text):
    facts = read(text)
    assert not any("manchester-united" in (m.home, m.away) for m in facts.matches)
