"""A report whose only result is a past final told in passing (`came in 2003, when they
beat Southampton 1-0 in the final in Cardiff`): the clause with the main scoreline is
about the main match though it names a town that is also a club's (`in Cardiff`), so the
scorers told with it are that match's. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_past_final_in_a_club_town_keeps_its_scorers() -> None:
    facts = read(
        " date 2012-01-24 Arsene Wenger has never hidden how much the cups mean to him.\n\n"
        "A day out at Wembley should not be underestimated. Arsenal's last FA Cup win came "
        "in 2003, when they beat Southampton 1-0 in the final in Cardiff, Robert Pires "
        "scoring. Nine years is a long wait.\n"
    )
    found = match(facts, "arsenal", "southampton")
    assert [(g.player, g.team) for g in found.goals] == [("Robert Pires", "arsenal")]


def test_past_final_in_a_club_town_keeps_its_scorers_de() -> None:
    facts = read(
        " date 2012-01-24 Arsène Wenger hat nie verborgen, wie viel ihm der Pokal bedeutet.\n\n"
        "Ein Tag in Wembley wäre viel wert. Der letzte Pokalsieg des FC Arsenal gelang "
        "2003, als die Londoner den FC Southampton im Finale in Cardiff mit 1:0 besiegten, "
        "Robert Pires traf. Neun Jahre sind eine lange Zeit.\n"
    )
    found = match(facts, "arsenal", "southampton")
    assert [(g.player, g.team) for g in found.goals] == [("Robert Pires", "arsenal")]
