"""A first leg told as what came before (`Nach dem 2:1-Sieg im Hinspiel ...`) is not the
match the story is about: the story's ground and the dateline's town are the second
leg's, so that first leg was played at the other side's ground. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

DE = (
    " date 2019-03-07 Porto (dpa) - Edin Dzeko hat die AS Rom ins Viertelfinale der "
    "Champions League geschossen. Der Bosnier traf am Mittwochabend in der 80. Minute zum "
    "2:3 (0:3) aus römischer Sicht – die Niederlage beim FC Porto reichte den Italienern "
    "dank der Auswärtstorregel. Nach dem 2:1-Sieg im Hinspiel am 12. Februar stand es in "
    "der Addition 4:4. Das Estádio do Dragão verstummte. Im Hinspiel in Rom hatte Dzeko "
    "die Gastgeber früh in Führung gebracht."
)
EN = (
    " date 2019-03-07 PORTO, Portugal (AP) - Edin Dzeko sent Roma into the Champions League "
    "quarterfinals. His goal in the 80th minute on Wednesday made it 2-3 from Roma's point "
    "of view, and the defeat at FC Porto was enough on away goals. After the 2-1 first-leg "
    "win on Feb. 12 the aggregate stood at 4-4. The Estadio do Dragao fell silent. In the "
    "first leg in Rome, Dzeko had given the hosts an early lead."
)


@pytest.mark.parametrize("text", [DE, EN])
def test_the_first_leg_told_as_background_was_at_the_other_ground(text):
    facts = read(text)
    assert match(facts, "roma", "porto").score == (2, 1)
    assert match(facts, "porto", "roma").score == (3, 2)
    assert tie(facts, "roma", "porto").winner == "roma"


def test_the_storys_card_and_extra_time_are_not_the_background_first_legs():
    facts = read(
        " date 2019-04-18 Turin (SID) - Juventus Turin ist im Viertelfinale der Champions "
        "League ausgeschieden. Am Ende reichte es nicht: Nach dem 1:1 im Hinspiel vor einer "
        "Woche zieht Ajax Amsterdam mit 3:2 in der Summe beider Partien ins Halbfinale ein.\n\n"
        "Die Gastgeber begannen im ausverkauften Allianz Stadium mutig. Als Ajax-Verteidiger "
        "Daley Blind in der Schlussphase mit Gelb-Rot vom Platz musste, drückte Juventus, "
        "doch auch in der Verlängerung fiel kein Tor mehr.\n\nDas Hinspiel in Amsterdam "
        "war 1:1 ausgegangen."
    )
    first = [m for m in facts.matches if m.leg == 1]
    assert [(m.home, m.away, m.score) for m in first] == [("ajax", "juventus", (1, 1))]
    assert first[0].extra_time is not True
    assert not first[0].dismissals
