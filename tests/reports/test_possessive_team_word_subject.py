"""A clause whose subject is a team word after a possessive (`Im Halbfinale hatte sein
Team die Türkei mit 3:2 besiegt`, set 46): the team it names is the object, beaten by the
side the possessive stands for, not the winner (set 46 read Turkey 3-2 Germany)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

_FINAL_DE = (
    " date 2018-07-16 Frankreich ist Weltmeister. Im Finale der WM 2018 im Moskauer "
    "Luschniki-Stadion setzte sich die Mannschaft von Didier Deschamps am Sonntagabend "
    "verdient mit 4:2 gegen Kroatien durch.\n\n"
    "Für Zlatko Dalić war es trotzdem ein großes Turnier. Im Halbfinale in Moskau hatte "
    "{} am Mittwoch zuvor mit 2:1 nach Verlängerung besiegt, Mario Mandžukić erzielte "
    "damals den Siegtreffer."
)

_FINAL_EN = (
    " date 2018-07-16 France are world champions. In the final at the Luzhniki Stadium in "
    "Moscow, Didier Deschamps's side beat Croatia 4-2 on Sunday evening.\n\n"
    "It was still a great tournament for Zlatko Dalic. In the semi-final in Moscow on "
    "Wednesday his side had beaten England 2-1 after extra time, Mario Mandzukic scoring "
    "the winner."
)


def test_team_named_after_a_possessive_team_word_is_the_loser_de():
    read_pairs = pairs(read(_FINAL_DE.format("seine Mannschaft England")))
    assert ("england", "croatia", (2, 1)) not in read_pairs
    # `seine` is Dalić's, whose team the text never names: with the final read (France
    # 4-2 Croatia, `WM 2018` being the tournament's name), the story's side is no guide
    assert ("france", "england", (2, 1)) not in read_pairs
    assert ("france", "croatia", (4, 2)) in read_pairs


def test_team_named_after_its_possessive_is_the_loser_with_ihr_de():
    text = _FINAL_DE.replace("Für Zlatko Dalić", "Für die Kroaten").format("ihre Elf England")
    read_pairs = pairs(read(text))
    assert ("england", "croatia", (2, 1)) not in read_pairs


def test_team_named_after_a_possessive_side_is_not_the_winner_en():
    read_pairs = pairs(read(_FINAL_EN))
    assert ("england", "croatia", (2, 1)) not in read_pairs
