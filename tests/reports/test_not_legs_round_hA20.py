"""Results that are no legs of the pair they were read for (round hA of session 20): a
league's two meetings told as `Hinspiel` in a matchday story; a shoot-out's score with the
result's noun between (`a 4-3 win in the penalty shootout`); a play-off semi-final's legs
told beside a one-match final, whose other side the sentence does not name; a second
leg told `auch in Bergamo mit 3:1` after the first leg's score (a match, not the sum).
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read, tie


def test_a_league_derbys_first_meeting_is_no_first_leg():
    facts = read(
        " date 2019-05-20 Mailand (SID) - Inter Mailand hat am vorletzten Spieltag der "
        "Serie A das Stadtderby gewonnen. Beim AC Mailand siegte die Mannschaft von Luciano "
        "Spalletti am Sonntagabend im Giuseppe-Meazza-Stadion mit 3:2. Das Hinspiel im "
        "Oktober, ein Heimspiel von Inter, hatte mit einem 1:0 geendet."
    )
    assert not facts.ties
    assert all(m.leg is None for m in facts.matches)


def test_a_matchday_story_of_a_second_leg_keeps_its_legs():
    facts = read(
        " date 2019-05-20 Mailand (SID) - Inter Mailand steht nach dem Rückspiel im "
        "Halbfinale. Beim AC Mailand siegte Inter am Sonntagabend mit 3:2, nach dem 1:0 im "
        "Hinspiel. Am Samstag steht der letzte Spieltag an."
    )
    assert all(
        m.leg is not None for m in facts.matches if {m.home, m.away} == {"inter-milan", "ac-milan"}
    )


def test_a_shootout_score_with_the_results_noun_between_is_no_match():
    for tail in (
        "then a 4-3 win in the penalty shootout.",
        "then a 4-3 win on penalties.",
    ):
        facts = read(
            " date 1992-05-24 Hannover 96 won the German Cup. A goalless 120 minutes "
            "against Borussia Mönchengladbach at the Olympic Stadium on Saturday, " + tail
        )
        assert (("hannover-96", "borussia-monchengladbach", (4, 3))) not in pairs(facts)


def test_semi_final_legs_beside_a_one_match_final_are_not_the_finals_pair():
    facts = read(
        " date 2019-05-28 Aston Villa beat Derby County 2-1 in the Championship play-off "
        "final at Wembley on Monday. Lampard's team do not give up; Leeds found that out in "
        "the semi-final. Derby lost the first leg 1-0 at Pride Park, then went to Elland "
        "Road and won 4-2, going through 4-3 on aggregate."
    )
    assert pairs(facts) == {("aston-villa", "derby-county", (2, 1))}
    assert all(set(t.teams) != {"aston-villa", "derby-county"} for t in facts.ties)


def test_a_second_leg_told_again_at_its_ground_after_the_first_is_a_match_not_the_sum():
    facts = read(
        " date 2025-02-19 Lille (dpa) - Der OSC Lille setzte sich nach dem 2:1 im Hinspiel "
        "auch in Turin mit 3:1 gegen Juventus durch."
    )
    assert match(facts, "juventus", "lille").score == (1, 3)
    assert tie(facts, "lille", "juventus").aggregate == {"lille": 5, "juventus": 2}


def test_going_through_after_a_first_leg_by_a_score_is_still_the_sum():
    facts = read(
        " date 2025-02-19 Lille (dpa) - Der OSC Lille setzte sich nach dem 2:1 im Hinspiel "
        "vom Dienstag mit 3:1 gegen Juventus durch."
    )
    assert ("juventus", "lille", (1, 3)) not in pairs(facts)
