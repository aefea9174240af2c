"""`Polen reist nach dem 2:0 in Warschau mit einem Vorsprung zum Rückspiel nach Lissabon`,
`take a two-goal lead into the second leg`: the second leg told as where a side goes
next is still to come, so the result beside it is the first leg."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_zum_rueckspiel_is_the_leg_to_come():
    facts = read(
        " date 2017-11-12 Warschau (dpa) - Auch in den anderen Playoff-Duellen fielen "
        "Vorentscheidungen. Polen reist nach dem 2:0 gegen Portugal in Warschau mit einem "
        "Vorsprung zum Rückspiel nach Lissabon."
    )
    assert match(facts, "poland", "portugal").leg == 1


def test_into_the_second_leg_is_the_leg_to_come():
    facts = read(
        " date 2013-02-13 GLASGOW, Scotland (AP) — Celtic beat Juventus 2-0 at Celtic Park on "
        "Tuesday and take a healthy lead into the second leg in Turin."
    )
    assert match(facts, "celtic", "juventus").leg == 1


def test_a_second_leg_with_its_own_score_stays_second():
    facts = read(
        " date 2013-03-07 TURIN, Italy (AP) — Juventus beat Celtic 2-0 in the second leg in "
        "Turin on Wednesday, going through 5-0 on aggregate."
    )
    assert match(facts, "juventus", "celtic").leg == 2
