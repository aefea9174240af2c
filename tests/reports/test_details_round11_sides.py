"""Round 11 wrong details in who won: a German noun subject before its verb, and an
opponent named in a form the team list lacks, never make the wrong side the winner."""

from __future__ import annotations

from tests.reports.helpers import match, read

_AFCON = " date 2024-02-08 Bouake (dpa) - Die Elfenbeinküste steht im Finale des Afrika-Cups. "


def test_a_noun_subject_before_besiegten_leaves_the_named_team_the_beaten_one():
    facts = read(_AFCON + "Die Ivorer besiegten am Mittwoch im Halbfinale die DR Kongo mit 1:0.")
    assert [(m.home, m.away, m.score) for m in facts.matches] == [
        ("ivory-coast", "dr-congo", (1, 0))
    ]


def test_der_gastgeber_besiegte_leaves_the_named_team_the_beaten_one():
    facts = read(_AFCON + "Der Gastgeber besiegte am Mittwoch im Halbfinale die DR Kongo mit 1:0.")
    assert [(m.home, m.away, m.score) for m in facts.matches] == [
        ("ivory-coast", "dr-congo", (1, 0))
    ]


def test_a_named_subject_before_besiegte_still_wins():
    facts = read(_AFCON + "Die DR Kongo besiegte am Mittwoch im Viertelfinale Guinea mit 3:1.")
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("dr-congo", "guinea", (3, 1))]


def test_the_hosts_beat_in_english_never_makes_the_beaten_side_the_winner():
    facts = read(
        " date 2024-02-08 Abidjan (AP) - Ivory Coast reached the African Cup of Nations "
        "final. The hosts beat Congo 1-0 in the semifinals on Wednesday."
    )
    winners = {m.home if m.score[0] > m.score[1] else m.away for m in facts.matches}
    assert "dr-congo" not in winners


_LOST_AT = (
    " date 2018-10-14 Amsterdam (dpa) - Deutschland hat am Samstagabend in der Nations League "
)


def test_an_opponent_named_in_a_form_the_team_list_lacks_is_not_guessed_from_the_story():
    facts = read(
        _LOST_AT + "mit 0:3 bei den Niederlanden verloren. Am Dienstag spielt Deutschland "
        "gegen Frankreich."
    )
    assert not [m for m in facts.matches if "france" in (m.home, m.away)]


def test_an_unknown_opponent_after_against_in_english_is_not_guessed_either():
    facts = read(
        " date 2018-10-14 Amsterdam - Germany lost 3-0 against the Dutchmen in the Nations "
        "League on Saturday. On Tuesday Germany play France in Paris."
    )
    assert not [m for m in facts.matches if "france" in (m.home, m.away)]


def test_an_opponent_left_unnamed_is_still_taken_from_the_story():
    facts = read(_LOST_AT + "mit 0:3 verloren. Die Niederlande waren klar besser.")
    assert match(facts, "netherlands", "germany").score == (3, 0)
