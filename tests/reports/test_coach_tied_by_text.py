"""A coach's side stands for a team only where the text itself ties the coach to it
(`Spaniens Trainer Luis Aragonés`, `Spain's coach Luis Aragones`, `Spain, coached by Luis
Aragones`), also as `das Team von Luis Aragonés` without a title; untied (or tied only as
a `former` coach) it is no guess for the story's other side. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

DE = (
    " date 2008-06-22 Basel (dpa) - Russland steht im Halbfinale der Europameisterschaft. "
    "Die Mannschaft von Guus Hiddink besiegte am Samstagabend die Niederlande mit 3:1 nach "
    "Verlängerung.\n\n"
)
EN = (
    " date 2008-06-22 BASEL (Reuters) - Russia reached the semi-finals of Euro 2008 on "
    "Saturday, beating the Netherlands 3-1 after extra time.\n\n"
)
DE_LATER = (
    "sah das Spiel auf der Tribüne. Der Gegner ist bekannt: In der Gruppe hatte das Team "
    "von Luis Aragonés mit 4:1 gegen Russland gewonnen."
)
EN_LATER = (
    "watched from the stands. The opponent is familiar: Luis Aragones's side beat Russia "
    "4-1 in the group stage."
)


def test_genitive_title_ties_the_coach_de():
    found = pairs(read(DE + "Spaniens Trainer Luis Aragonés " + DE_LATER))
    assert ("spain", "russia", (4, 1)) in found


def test_coached_by_and_possessive_title_tie_the_coach_en():
    assert ("spain", "russia", (4, 1)) in pairs(
        read(EN + "Spain, coached by Luis Aragones, " + EN_LATER)
    )
    assert ("spain", "russia", (4, 1)) in pairs(
        read(EN + "Spain's coach Luis Aragones " + EN_LATER)
    )


def test_untied_coach_is_no_guess():
    for text in (
        DE + "Luis Aragonés " + DE_LATER,
        EN + "Former Spain coach Luis Aragones " + EN_LATER,
    ):
        found = pairs(read(text))
        assert ("russia", "netherlands", (3, 1)) in found
        assert not any((4, 1) in (s, s[::-1]) for _, _, s in found), found
