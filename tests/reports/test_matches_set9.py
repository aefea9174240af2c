"""Phrase families that cost the ninth dev set its main matches, each checked with
sentences written here: the opening naming both sides' grounds (one is the other
leg's), a German subject told by its coach (`Die Mannschaft von Trainer X unterlag
Y`), a stadium in the main score's own clause, and a score told for the hosts."""

from __future__ import annotations

from bot.reports.matches.scores import find_scores
from tests.reports.helpers import pairs, read


def test_grounds_of_both_sides_in_the_opening_name_no_host():
    body = (
        "Chelsea went through on away goals, beating Paris Saint-Germain 2-0 on Tuesday "
        "night.\n\nChelsea had lost the first leg 3-1. Their goal at the Parc des Princes "
        "proved decisive. Schuerrle scored after half an hour at Stamford Bridge."
    )
    found = pairs(read(body))
    assert ("psg", "chelsea", (0, 2)) not in found
    assert ("chelsea", "psg", (2, 0)) in pairs(read("LONDON (AP) — " + body))


def test_one_ground_in_the_opening_names_the_host():
    found = pairs(
        read(
            "Chelsea beat Paris Saint-Germain 2-0 on Tuesday night.\n\n"
            "Schuerrle scored after half an hour at Stamford Bridge."
        )
    )
    assert ("chelsea", "psg", (2, 0)) in found


def test_a_side_told_by_its_coach_is_the_german_subject():
    found = pairs(
        read(
            "Der FC Schalke 04 ist ausgeschieden. Die Mannschaft von Trainer Markus Weinzierl "
            "unterlag Ajax Amsterdam am Donnerstagabend in Gelsenkirchen mit 2:3."
        )
    )
    assert ("schalke-04", "ajax", (2, 3)) in found
    assert all(score != (3, 2) for _, _, score in found)


def test_a_named_subject_before_the_verb_is_kept():
    found = pairs(
        read(
            "Schalke ist ausgeschieden. Am Donnerstagabend unterlag der FC Schalke 04 "
            "Ajax Amsterdam in Gelsenkirchen mit 2:3."
        )
    )
    assert ("schalke-04", "ajax", (2, 3)) in found


def test_a_side_told_by_its_coach_in_english():
    found = pairs(
        read(
            "Schalke are out of Europe. Markus Weinzierl's team lost 3-2 to Ajax in "
            "Gelsenkirchen on Thursday."
        )
    )
    assert ("schalke-04", "ajax", (2, 3)) in found


def test_a_stadium_in_the_main_scores_own_clause_names_the_host():
    found = pairs(
        read(
            "Bayern ist ausgeschieden. Die Mannschaft von Trainer Louis van Gaal unterlag "
            "Inter Mailand am Dienstag in der ausverkauften Allianz Arena mit 2:3."
        )
    )
    assert ("bayern-munich", "inter-milan", (2, 3)) in found


def test_a_stadium_in_another_clause_of_the_score_sentence_says_nothing():
    found = pairs(
        read(
            "Bayern ist ausgeschieden. Die Mannschaft von Trainer Louis van Gaal unterlag "
            "Inter Mailand am Dienstag mit 2:3, nachdem sie im Hinspiel in der Allianz Arena "
            "noch gewonnen hatte."
        )
    )
    assert all(home != "bayern-munich" for home, _, _ in found)


_SHOOTOUT_DE = (
    "Der FC Porto steht im Finale. Die Portugiesen setzten sich am Mittwoch beim "
    "FC Arsenal im Elfmeterschießen mit 4:2 durch. Nach 120 Minuten hatte es im "
    "Emirates Stadium 1:0 für die {role} gestanden."
)


def test_a_score_for_the_hosts_goes_to_the_ground_owner():
    found = pairs(read(_SHOOTOUT_DE.format(role="Gastgeber")))
    assert ("arsenal", "porto", (1, 0)) in found
    english = pairs(
        read(
            "Porto reached the final. The Portuguese side beat Arsenal 4-2 in a penalty "
            "shootout on Wednesday. It had been 1-0 to the hosts at the Emirates Stadium "
            "after 120 minutes."
        )
    )
    assert ("porto", "arsenal", (0, 1)) not in english


def test_a_score_for_the_visitors_goes_to_the_other_side():
    found = pairs(read(_SHOOTOUT_DE.format(role="Gäste")))
    assert ("arsenal", "porto", (0, 1)) in found
    assert ("arsenal", "porto", (1, 0)) not in found


def test_a_score_for_the_hosts_without_a_ground_is_left_alone():
    found = pairs(
        read(
            "Der FC Porto steht im Finale. Die Portugiesen setzten sich am Mittwoch gegen den "
            "FC Arsenal im Elfmeterschießen mit 4:2 durch. Nach 120 Minuten hatte es 1:0 für "
            "die Gastgeber gestanden."
        )
    )
    assert all(score not in ((1, 0), (0, 1)) for _, _, score in found)


def _kinds(text: str) -> list[tuple[int, int, str]]:
    return [(h.first, h.second, h.kind) for h in find_scores(text)]


def test_a_score_after_both_legs_is_the_aggregate():
    assert (2, 2, "aggregate") in _kinds("Nach beiden Spielen stand es 2:2, Porto kam weiter.")
    assert (4, 2, "aggregate") in _kinds("Porto went through 4-2 over the two legs.")
    assert (4, 2, "result") in _kinds("Porto went through after a 4-2 win in the second leg.")
    assert (2, 1, "result") in _kinds("Porto gewann beide Spiele, zuletzt mit 2:1.")


def test_a_score_that_puts_a_side_in_front_is_no_result():
    assert _kinds("Kroos brachte Real kurz darauf mit 2:1 in Führung.") == [(2, 1, "running")]
    assert _kinds("Kane put Spurs 2-1 in front before the break.") == [(2, 1, "running")]
    assert _kinds("Real gewann mit 2:1 in Madrid.") == [(2, 1, "result")]
