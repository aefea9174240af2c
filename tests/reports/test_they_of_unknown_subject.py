"""`Dalkurd beat Malmö 3-1 in the cup. In the next round they beat Aalborg 2-0`: a
`they` standing for a subject the team list does not know leaves the result's other
side unknown; the team named last (the unknown side's opponent) is no guess for it."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

HEAD = " date 2019-08-30 LONDON (AP) — Tottenham beat Burnley 2-0 at home on Saturday.\n\n"


def test_they_of_an_unknown_subject_reads_no_match():
    facts = read(
        HEAD + "Last spring came a cup. Brommapojkarna beat Malmö FF 4-1 in the final. "
        "In the qualifiers they beat Galatasaray 2-0 at home and lost 3-1 to PAOK."
    )
    assert {(h, a) for h, a, _ in pairs(facts)} == {("tottenham", "burnley")}


def test_they_of_a_known_subject_still_reads():
    facts = read(
        HEAD + "Last spring came a cup. Celtic beat Rangers 4-1 in the final. "
        "In the qualifiers they beat Galatasaray 2-0 at home."
    )
    assert match(facts, "celtic", "galatasaray").score == (2, 0)


def test_they_after_an_unknown_subject_with_apposition():
    facts = read(
        " date 2024-02-11 LUSAIL, Qatar, Feb 10 (Reuters) - Akram Afif scored twice as hosts "
        "Qatar beat Iran 3-2 in the Asian Cup final on Saturday.\n\nBrommapojkarna, playing in "
        "their first final, had been the surprise of the tournament. They had stunned South "
        "Korea 2-0 in Tuesday's semi-final."
    )
    assert not any("south-korea" in (m.home, m.away) for m in facts.matches)


def test_they_opening_a_paragraph_keeps_the_team_it_names():
    facts = read(
        " date 2010-02-01 LUANDA, Jan 31 (Reuters) - Egypt beat Ghana 1-0 in the Africa Cup "
        "of Nations final on Sunday.\n\nThe semi-final against Algeria on Thursday was about "
        "far more than a place in the final. Egypt won it 4-0, and Algeria finished with eight "
        "men.\n\nThe rest of the tournament was in Egypt's image. They came from behind to "
        "beat Nigeria 3-1 in their opening game."
    )
    assert match(facts, "egypt", "nigeria").score == (3, 1)
