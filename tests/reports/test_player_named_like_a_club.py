"""`Juan Valencia's saves ... Valencia, the Colombian goalkeeper, kept the hosts in the
game`: a one-word name that an apposition calls a player or a coach is a person's
throughout the text, even where it is a club's own name, so no result goes to that
club. Texts written for these tests."""

from __future__ import annotations

from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read

_EN = (
    " date 2004-07-02 MANIZALES, Colombia (AP) -- Once Caldas are champions of South America. "
    "Juan Valencia's saves in a penalty shootout gave the Colombian club the Copa Libertadores "
    "on Thursday night, after the second leg of the final against Boca Juniors ended 0-0 at "
    "La Bombonera. Valencia, the Colombian goalkeeper, kept the visitors in the game. "
    "Valencia made two saves in the shootout."
)
_DE = (
    " date 2004-07-02 Manizales (dpa) - Once Caldas hat die Copa Libertadores gewonnen. Juan "
    "Valencias Paraden im Elfmeterschießen brachten dem kolumbianischen Klub am "
    "Donnerstagabend den Titel, nachdem das Final-Rückspiel gegen die Boca Juniors in der "
    "Bombonera 0:0 geendet hatte. Valencia, der kolumbianische Torhüter, hielt die Gäste im "
    "Spiel. Valencia parierte zwei Elfmeter."
)


def _teams(text: str) -> set[str]:
    return {m.team for m in build_document(text, RESOLVER, None).mentions}


def test_an_english_goalkeeper_named_like_a_club():
    assert "valencia" not in _teams(_EN)
    facts = read(_EN)
    assert not [m for m in facts.matches if "valencia" in (m.home, m.away)]
    assert match(facts, "boca-juniors", "once-caldas").score == (0, 0)


def test_a_german_goalkeeper_named_like_a_club():
    assert "valencia" not in _teams(_DE)
    assert not [m for m in read(_DE).matches if "valencia" in (m.home, m.away)]


def test_a_club_told_with_its_standing_is_still_a_club():
    text = (
        " date 2004-05-20 VALENCIA, Spain (AP) -- Valencia, the Spanish champions, beat "
        "Marseille 2-0 in the UEFA Cup final on Wednesday night in Gothenburg."
    )
    assert "valencia" in _teams(text)
