"""In a sentence telling a tie's legs, a town right after one leg's score (`nach einem
0:1 in Brügge das Rückspiel ... mit 3:1`, `won 2-0 in Dallas in the first leg ... and
finished the job with a 3-0 home win`) is the other side's, and that side is the
opponent of both legs. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_a_german_first_leg_town_names_the_opponent_of_both_legs():
    facts = read(
        " date 2021-05-06 Lissabon (dpa) - Benfica hat am Mittwoch gegen Ajax 2:0 gewonnen. "
        "Im Halbfinale wartet der FC Porto, der nach einem 0:1 in Brügge das Rückspiel im "
        "Estádio do Dragão mit 3:1 gewann."
    )
    first = match(facts, "club-brugge", "porto")
    assert (first.score, first.leg) == ((1, 0), 1)
    second = match(facts, "porto", "club-brugge")
    assert (second.score, second.leg) == ((3, 1), 2)
    assert tie(facts, "porto", "club-brugge").winner == "porto"


def test_an_english_first_leg_town_names_the_opponent_of_both_legs():
    facts = read(
        " date 2021-05-06 SEATTLE (AP) - Seattle beat LAFC 2-1 on Sunday. Portland won 2-0 "
        "in Dallas in the first leg of the Western Conference semifinal and finished the job "
        "with a 3-0 home win."
    )
    assert match(facts, "fc-dallas", "portland-timbers").score == (0, 2)
    assert match(facts, "portland-timbers", "fc-dallas").score == (3, 0)


def test_a_town_outside_a_legs_sentence_still_needs_the_team_named():
    facts = read(
        " date 2021-05-06 SEATTLE (AP) - Seattle beat LAFC 2-1 on Sunday. Earlier in the "
        "season Portland had won 2-0 in Dallas."
    )
    assert not [m for m in facts.matches if "fc-dallas" in (m.home, m.away)]
