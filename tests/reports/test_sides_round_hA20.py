"""Sides and results misread in round hA of session 20: `unterlagen die Breisgauer
Juventus` (a town's people's word, then a foreign club: subject and object); `ehe Owen den
FC Liverpool zum 2:1-Sieg schoss` (the team fired to the win, with the verb closing the
clause); `a 1-0 win in Glasgow would take the tie to extra time` (a score that might be);
`Rangers went to the Westfalenstadion and won 4-2` (a third club's ground: the story's
pair is no guess for the other side); `and in the quarter-final they drew ... before
winning 2-0 at Anfield` (the pronoun is the sentence's subject, not the last team named).
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_a_towns_people_word_before_a_foreign_club_is_the_subject():
    facts = read(
        " date 2023-03-17 Auch für den VfL Wolfsburg ist die Reise zu Ende: Nach dem 0:1 in "
        "Rom unterlagen die Wolfsburger Lazio im eigenen Stadion mit 0:2."
    )
    assert match(facts, "vfl-wolfsburg", "lazio").score == (0, 2)
    assert ("lazio", "vfl-wolfsburg", (0, 2)) not in pairs(facts)


def test_a_towns_word_before_a_club_of_its_own_country_still_describes_it():
    facts = read(
        " date 2023-03-17 Die Münchner Löwen gewannen am Samstag gegen den SV Meppen mit 2:0."
    )
    assert all("bayern-munich" not in (m.home, m.away) for m in facts.matches)


def test_the_team_fired_to_the_win_at_the_clauses_end_won_it():
    facts = read(
        " date 2002-05-05 Arsenal hat den FA Cup gewonnen, 2:0 gegen Chelsea in Cardiff. Im "
        "Finale 2001, ebenfalls in Cardiff, hatte Ljungberg Arsenal in der 72. Minute in "
        "Führung gebracht, ehe Michael Owen mit zwei späten Toren den FC Liverpool zum "
        "2:1-Sieg schoss."
    )
    assert ("arsenal", "liverpool", (2, 1)) not in pairs(facts)


def test_a_win_somewhere_that_would_do_is_no_match():
    facts = read(
        " date 2022-04-14 GLASGOW, Scotland (AP) - Rangers lost the first leg 1-0 in Braga "
        "last Thursday, and a 1-0 win in Glasgow would take the tie to extra time."
    )
    assert ("rangers", "braga", (1, 0)) not in pairs(facts)


def test_a_side_travelling_to_a_third_clubs_ground_is_not_given_the_storys_opponent():
    facts = read(
        " date 2022-04-14 GLASGOW, Scotland (AP) - Rangers host Braga at Ibrox tonight. In "
        "February, Rangers went to the Westfalenstadion and won 4-2."
    )
    assert ("braga", "rangers", (2, 4)) not in pairs(facts)
    assert ("rangers", "braga", (4, 2)) not in pairs(facts)


def test_a_pronoun_after_and_and_a_round_is_the_sentences_subject():
    facts = read(
        " date 2003-04-25 Celtic beat Boavista 1-0 in Porto last night. Celtic have seen off "
        "Blackburn Rovers, Celta Vigo and Stuttgart, and in the quarter-final they drew 1-1 "
        "with Liverpool in Glasgow before winning 2-0 at Anfield."
    )
    assert all("vfb-stuttgart" not in (m.home, m.away) for m in facts.matches)
