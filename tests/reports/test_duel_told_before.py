"""A result naming one side only, right after a sentence that names no result and one
club only, as the opponent of a side told by a pronoun (`sie ... im direkten Duell mit
dem FC Bayern`, `they ... in the head-to-head with Manchester United`), is that game,
not a rematch of the last result's pair. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_a_german_duel_told_before_a_teamless_draw():
    facts = read(
        " date 2001-05-20 Hamburg (dpa) - Schalke 04 verlor am Samstag beim Hamburger SV "
        "mit 1:2. Schon am Mittwochabend hatten sie den Titel im direkten Duell mit dem FC "
        "Bayern München in der Hand gehabt. Beim 1:1 in Gelsenkirchen vergab Schalke in der "
        "Schlussminute einen Elfmeter."
    )
    assert ("schalke-04", "hamburger-sv", (1, 1)) not in pairs(facts)
    assert match(facts, "schalke-04", "bayern-munich").score == (1, 1)


def test_an_english_duel_told_before_a_teamless_draw():
    facts = read(
        " date 2001-05-20 LONDON (AP) - Leeds United lost 2-1 at Everton on Saturday. On "
        "Tuesday they had held the title in their hands in the head-to-head with Manchester "
        "United. In the 0-0 at Elland Road, Leeds missed a penalty in the last minute."
    )
    assert {m for m in pairs(facts) if "everton" in m} == {("everton", "leeds-united", (2, 1))}
    assert match(facts, "leeds-united", "manchester-united").score == (0, 0)


def test_the_last_result_told_again_keeps_its_pair():
    facts = read(
        " date 2001-05-20 Hamburg (dpa) - Schalke 04 verlor am Samstag beim Hamburger SV "
        "mit 1:2. Damit hatten sie den Titel im Fernduell mit dem FC Bayern München "
        "verspielt. Nach dem 1:2 in Hamburg war Schalke fassungslos."
    )
    assert not [m for m in facts.matches if "bayern-munich" in (m.home, m.away)]
