"""A leg told as the time a result came after (`nach dem Hinspiel hatte niemand mehr
... geglaubt`, `after the first leg nobody gave them a chance`) is not that result's
leg; a leg told with its score stays the result's."""

from __future__ import annotations

from bot.reports.matches.sinceleg import since_leg
from tests.reports.helpers import read


def legs(text: str) -> set[tuple[str, str, tuple[int, int], int | None]]:
    return {(m.home, m.away, m.score, m.leg) for m in read(text).matches}


def test_after_the_first_leg_is_no_first_leg_de():
    found = legs(
        " date 2024-05-28 Rostock (dpa) - Nach dem Hinspiel hatte niemand mehr an Holstein "
        "Kiel geglaubt, doch am Montagabend gewann Kiel bei Hansa Rostock mit 3:0."
    )
    assert found == {("hansa-rostock", "holstein-kiel", (0, 3), None)}


def test_after_the_first_leg_is_no_first_leg_en():
    found = legs(
        " date 2024-05-28 ROSTOCK, Germany (AP) — After the first leg nobody gave Kiel a "
        "chance, but on Monday they won 3-0 at Hansa Rostock to stay up."
    )
    assert found == {("hansa-rostock", "holstein-kiel", (0, 3), None)}


def test_a_first_leg_told_with_its_score_stays_the_first_leg():
    found = legs(
        " date 2024-05-28 Kiel (dpa) - Holstein Kiel hat im Hinspiel der Relegation am "
        "Donnerstagabend bei Hansa Rostock mit 3:0 gewonnen."
    )
    assert found == {("hansa-rostock", "holstein-kiel", (0, 3), 1)}


def test_a_score_carried_from_the_first_leg_gives_no_result_that_leg():
    facts = read(
        " date 2024-05-23 DUBLIN (AP) — Atalanta beat Bayer Leverkusen 3-0 in the Europa "
        "League final on Wednesday.\n\nAtalanta had started its campaign last September. One "
        "of the great nights came in Bergamo: trailing 2-0 from the first leg in Lisbon, "
        "Atalanta beat Sporting 3-0 in the round of 16 to go through 3-2 on aggregate."
    )
    assert all(m.leg != 1 for m in facts.matches if m.score == (3, 0))


def test_carried_scores_and_times_after_a_leg_in_both_languages():
    def leg_word_is_no_leg(text: str, word: str) -> bool:
        at = text.index(word)
        return since_leg(text, at, at + len(word))

    assert leg_word_is_no_leg("trailing 2-0 from the first leg, they won 3-0", "first leg")
    assert leg_word_is_no_leg("mit einem 0:2-Rückstand aus dem Hinspiel gewann", "Hinspiel")
    assert not leg_word_is_no_leg("after the first leg ended 1-1, they won", "first leg")
    assert not leg_word_is_no_leg("Nach dem 2:0 im Hinspiel zieht Kiel ein", "Hinspiel")


def test_the_first_legs_place_is_not_the_ground_of_the_result_told_next():
    found = legs(
        " date 2024-03-14 Dortmund (dpa) - Mit einem 0:2-Rückstand aus dem Hinspiel in "
        "Eindhoven im Rücken hat Borussia Dortmund die PSV am Mittwochabend mit 3:0 besiegt."
    )
    assert ("psv", "borussia-dortmund", (0, 3), None) not in found


def test_the_first_legs_place_stays_with_the_first_leg():
    found = legs(
        " date 2024-03-14 Dortmund (dpa) - Nach dem 0:2 im Hinspiel in Eindhoven hat "
        "Borussia Dortmund die PSV am Mittwochabend mit 3:0 besiegt."
    )
    assert ("psv", "borussia-dortmund", (2, 0), 1) in found
