"""`im Finale von Basel`: a final told with the town it was played in is on neutral
ground where the town is neither side's, at home where it is one side's; and a club
story's nationality plural (`die Ukrainer`) is the club though a player's country is
named (`für die Sowjetunion auflaufen`). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_an_earlier_final_in_a_town_of_neither_side_is_neutral():
    facts = read(
        " date 1988-05-12 Straßburg (dpa) - Der KV Mechelen hat den Europapokal der"
        " Pokalsieger gewonnen. 1987 hatte Ajax Amsterdam im Endspiel von Athen den 1. FC"
        " Lokomotive Leipzig mit 1:0 geschlagen."
    )
    found = [m for m in facts.matches if m.home == "ajax"]
    assert found and found[0].neutral is True and found[0].score == (1, 0)


def test_a_nationality_plural_in_a_club_story_beside_a_players_country():
    facts = read(
        " date 1986-05-03 Lyon - Dynamo Kiew hat den Europapokal der Pokalsieger gewonnen und"
        " Atlético Madrid beim 3:0 vorgeführt. Zum zweiten Mal nach 1975, als die Ukrainer im"
        " Finale von Basel Ferencváros Budapest mit 3:0 bezwangen, holt der Klub den Pokal."
        " Viele Spieler werden im Sommer für die Sowjetunion auflaufen."
    )
    assert ("dynamo-kyiv", "ferencvaros", (3, 0)) in pairs(facts)
