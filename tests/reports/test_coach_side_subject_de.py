"""`Die Mannschaft von Richard Møller Nielsen, für das ausgeschlossene Jugoslawien
nachgerückt, besiegte im Finale Deutschland mit 2:0`: a German clause whose subject is a
coach's side has no named subject; a team in an apposition or in another clause of the
sentence is not the side (where the coach's side is in another clause than the score,
that clause's own subject still is)."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_coach_side_with_apposition_takes_no_team_of_it():
    facts = read(
        " date 1992-06-27 Das Märchen von Göteborg\n\nVor drei Wochen lagen sie noch am "
        "Strand. Am Freitagabend stemmten die Dänen im Ullevi-Stadion den EM-Pokal in den "
        "Himmel. Die Mannschaft von Richard Møller Nielsen, erst zehn Tage vor dem Turnier für "
        "das ausgeschlossene Jugoslawien nachgerückt, besiegte im Finale den Weltmeister "
        "Deutschland mit 2:0 (1:0). Es ist eine große Überraschung."
    )
    assert not any("yugoslavia" in (m.home, m.away) for m in facts.matches)


def test_coach_side_after_a_colon_takes_no_team_before_it():
    facts = read(
        " date 2019-10-31 Atlanta United - Toronto FC 1:2\n\nAtlanta verlor in der eigenen "
        "Arena gegen ein Toronto, das auswärts stark war: In der Runde zuvor hatte die "
        "Mannschaft von Greg Vanney beim Hauptrundensieger, New York City FC, mit 2:1 gewonnen."
    )
    assert ("atlanta-united", "toronto-fc", (2, 1)) not in pairs(facts)
    assert ("toronto-fc", "atlanta-united", (2, 1)) not in pairs(facts)


def test_coach_side_in_another_clause_keeps_the_scores_subject():
    facts = read(
        " date 2024-04-19 Lille (dpa) - Aston Villa steht im Halbfinale der Conference League. "
        "Die Mannschaft von Unai Emery setzte sich am Donnerstagabend beim OSC Lille im "
        "Elfmeterschießen mit 4:3 durch, nachdem die Franzosen das Rückspiel nach Verlängerung "
        "mit 2:1 gewonnen hatten."
    )
    assert match(facts, "lille", "aston-villa").score == (2, 1)
