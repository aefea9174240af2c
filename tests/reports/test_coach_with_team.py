"""`Vor zwei Jahren hatte er mit Brasilien in Shizuoka 2:1 gegen die Three Lions gewonnen`
(er: a coach): the result is the team's told `mit`/`with`, not the one the pronoun would
stand for; `bei einem großen Turnier` names no host; and two years back from a Euro no
Euro was played, so the story's tournament is no guess for that result's competition.
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read

STORY = (
    " date 2008-06-22 Basel (dpa) - Russland steht im Halbfinale der Europameisterschaft. "
    "Die Mannschaft von Guus Hiddink besiegte am Samstagabend die Niederlande mit 3:1 nach "
    "Verlängerung.\n\nSein Gegenüber Zico hat damit zum zweiten Mal hintereinander bei einem "
    "großen Turnier gegen Hiddink verloren: Vor zwei Jahren hatte er mit Japan in "
    "Kaiserslautern 1:3 gegen die Socceroos verloren, damals ebenfalls nach einer frühen "
    "Führung."
)


def test_the_coachs_team_is_the_side_and_no_euro_is_guessed() -> None:
    found = [m for m in read(STORY).matches if {m.home, m.away} == {"australia", "japan"}]
    for m in found:
        won = m.home if m.score[0] > m.score[1] else m.away
        assert won == "australia"
        assert m.competition != "UEFA European Championship"


def test_person_with_team_unit() -> None:
    from bot.reports.matches.sides import _PERSON_BEFORE

    assert _PERSON_BEFORE.search("Vor zwei Jahren hatte er ")
    assert _PERSON_BEFORE.search("Two years ago he won ")
    assert not _PERSON_BEFORE.search("Vor zwei Jahren hatte die Elf ")


def test_between_editions() -> None:
    from bot.reports.matches.yearsapart import between_editions

    assert between_editions("Vor zwei Jahren hatte er 3:1 gewonnen", "UEFA European Championship")
    assert not between_editions("four years ago in the final", "FIFA World Cup")
    assert not between_editions("vor zwei Jahren im Finale", "DFB-Pokal")
