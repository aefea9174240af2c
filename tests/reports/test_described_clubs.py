"""`the Mexican club`, `der englische Klub`: a nationality adjective before a club noun,
opening a clause, stands for the one club of that country just named; with two clubs of
that country near, it stands for nobody."""

from __future__ import annotations

from tests.reports.helpers import read, tie

SHOOTOUT_EN = (
    " date 2024-04-10 SEATTLE (AP) — Seattle Sounders won the second leg 2-1 at Lumen Field"
    " on Tuesday night, leveling the series 3-3 on aggregate. {first} had won the opening"
    " leg 2-1 last week. Both sides had scored twice away from home, so the tie went to"
    " penalties, and the Mexican club made all four of its attempts to win the shootout 4-2."
)


def test_the_mexican_club_is_the_one_mexican_club_of_the_tie():
    facts = read(SHOOTOUT_EN.format(first="Club América"))
    told = tie(facts, "club-america", "seattle-sounders")
    assert told.winner == "club-america"
    assert told.decided_by == "penalties"
    assert told.penalties == {"club-america": 4, "seattle-sounders": 2}


def test_with_two_mexican_clubs_the_description_names_no_winner():
    text = SHOOTOUT_EN.format(first="Tigres").replace("SEATTLE", "MONTERREY")
    text = text.replace("Seattle Sounders", "Monterrey").replace("Lumen Field", "Estadio BBVA")
    facts = read(text)
    assert all(told.winner is None for told in facts.ties)
    assert all(m.penalties is None for m in facts.matches)


def test_der_englische_klub_is_the_english_club_of_the_tie():
    facts = read(
        " date 2024-04-10 London – Der FC Arsenal hat am Dienstagabend das Rückspiel gegen den"
        " FC Porto mit 1:0 gewonnen und damit die 0:1-Niederlage aus dem Hinspiel ausgeglichen."
        " Auch in der Verlängerung fiel kein weiteres Tor. Der englische Klub setzte sich im"
        " Elfmeterschießen mit 4:2 durch."
    )
    told = tie(facts, "arsenal", "porto")
    assert told.winner == "arsenal"
    assert told.decided_by == "penalties"
    assert told.penalties == {"arsenal": 4, "porto": 2}
