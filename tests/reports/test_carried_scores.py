"""A leg word right after a score carried from that leg (`trailing 3-1 from the first leg
in Turin, Fulham beat Juventus 4-1`) belongs to the carried score, not to the result told
after it; a leg word told for the result itself still names its leg."""

from __future__ import annotations

from tests.reports.helpers import match, read

OPENING = "Atletico Madrid beat Fulham 2-1 in the Europa League final in Hamburg on Wednesday. "


def test_a_leg_word_after_a_carried_score_is_not_the_results():
    facts = read(
        OPENING + "Fulham had its great night at Craven Cottage: trailing 3-1 from the first "
        "leg in Turin, Fulham beat Juventus 4-1 in the round of 16 to go through 5-4 on "
        "aggregate."
    )
    found = match(facts, "fulham", "juventus")
    assert found.score == (4, 1)
    assert found.leg != 1


def test_a_leg_word_for_the_result_itself_names_its_leg():
    facts = read(
        OPENING + "In the round of 16, Fulham beat Juventus 4-1 in the second leg at Craven "
        "Cottage to go through 5-4 on aggregate."
    )
    assert match(facts, "fulham", "juventus").leg == 2
