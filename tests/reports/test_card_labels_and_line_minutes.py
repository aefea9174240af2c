"""Cards in a results list and its notes: `Sent off: Pagliuca (Italy) 21` gives the minute after
the bracketed side; a label before a colon (`Note:`, `Hinweis:`) is no player; a goalkeeper
named after `after goalkeeper` in the card's clause is the one sent off. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LIST = (
    " date 1998-06-20 Brazil are through to the next round as group winners with a game "
    "to spare, and here are the results of the group so far.\n\n"
    "Friday, June 19, Saint-Denis\nBrazil 3 Morocco 0 "
    "(Ronaldo 9, Rivaldo 45, Bebeto 50)\n"
)


def test_a_minute_after_the_bracketed_side():
    facts = read(_LIST + "Sent off: Hadji (Morocco) 77, Cafu (Brazil) 90+1\n")
    cards = {(d.player, d.minute, d.added) for d in match(facts, "brazil", "morocco").dismissals}
    assert cards == {("Hadji", 77, None), ("Cafu", 90, 1)}


def test_a_german_card_line():
    facts = read(
        " date 2006-06-20 Die Ergebnisse der Gruppe A bei der Weltmeisterschaft:\n\n"
        "Montag, 19. Juni, Dortmund\nDeutschland 1 Polen 0 "
        "(Neuville 91)\nRote Karte: Sobolewski (Polen) 75\n"
    )
    cards = {(d.player, d.minute) for d in match(facts, "germany", "poland").dismissals}
    assert cards == {("Sobolewski", 75)}


def test_a_note_label_is_no_player():
    facts = read(
        _LIST + "\nNote: Morocco played the last half hour with ten men after goalkeeper Driss "
        "Benzekri was sent off for a foul outside his area."
    )
    players = {d.player for d in match(facts, "brazil", "morocco").dismissals}
    assert players == {"Driss Benzekri"}


def test_a_german_label_is_no_player():
    facts = read(
        " date 2006-06-20 Die Ergebnisse der Gruppe A bei der Weltmeisterschaft:\n\n"
        "Montag, 19. Juni, Dortmund\nDeutschland 1 Polen 0 "
        "(Neuville 91)\n\nHinweis: Polen spielte die letzte Viertelstunde in Unterzahl, "
        "nachdem Sobolewski vom Platz gestellt worden war."
    )
    players = {d.player for d in match(facts, "germany", "poland").dismissals or ()}
    assert "Hinweis" not in players
