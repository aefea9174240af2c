"""Two clauses joined by a comma, each opening on its own team and telling its own score
(`Porto hatte in Spanien 0:0 gespielt, Chelsea das Hinspiel in London mit 3:0 gewonnen`,
`Porto drew 0-0 in Spain, Chelsea won the first leg 3-0`), tell two games: the team
opening the one clause is no opponent of the other's, so no Chelsea-Porto match is made
up; where the story names the pairing, the leg is that pair's. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

TEXT_DE = (
    " date 2013-04-09 München (dpa) - Der FC Bayern empfängt am Mittwochabend Juventus Turin "
    "zum Viertelfinal-Rückspiel. Bereits am Dienstagabend stehen die Rückspiele zwischen dem "
    "FC Porto und dem FC Málaga sowie zwischen Ajax Amsterdam und dem FC Chelsea auf dem "
    "Programm. Porto hatte in Spanien 0:0 gespielt, Chelsea das Hinspiel in London mit 3:0 "
    "gewonnen."
)
TEXT_EN = (
    " date 2013-04-09 MUNICH (AP) - Bayern Munich host Juventus in the second leg of their "
    "quarterfinal on Wednesday. On Tuesday, Porto host Malaga and Ajax host Chelsea in the "
    "other second legs. Porto drew 0-0 in Spain, Chelsea won the first leg 3-0 in London."
)


@pytest.mark.parametrize("text", [TEXT_DE, TEXT_EN])
def test_the_other_clauses_subject_is_no_opponent(text):
    facts = read(text)
    assert not any({m.home, m.away} == {"chelsea", "porto"} for m in facts.matches)


def test_the_leg_goes_to_the_pairing_the_story_names():
    first = match(read(TEXT_DE), "chelsea", "ajax")
    assert (first.score, first.leg) == ((3, 0), 1)
