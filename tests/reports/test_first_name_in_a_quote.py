"""`Den entscheidenden Treffer erzielte Claudio Pizarro per Kopf (59.) ... Pizarro stieg am
höchsten ... „... und das hat Claudio getan.“`: a first name met alone only in a quote is
how the coach calls the scorer, so `Claudio Pizarro` stays one man, not two side by side."""

from __future__ import annotations

from tests.reports.helpers import read


def test_german_first_name_alone_only_in_a_quote():
    facts = read(
        " date 2019-06-01 Der FC Liverpool hat die Champions League gewonnen. Im Finale setzte "
        "sich die Mannschaft am Samstagabend mit 1:0 (0:0) gegen Tottenham Hotspur durch. Den "
        "entscheidenden Treffer erzielte Roberto Firmino per Kopf (71.).\n\n"
        "Firmino stieg nach einer Flanke am höchsten und köpfte unhaltbar ein.\n\n"
        "Klopp lobte seine Mannschaft: „Wir wussten, dass es eng wird. Man muss die eine "
        'Chance nutzen, und das hat Roberto getan."'
    )
    found = [(g.player, g.minute) for m in facts.matches for g in m.goals or []]
    assert ("Roberto", 71) not in found
    assert found in ([], [("Roberto Firmino", 71)])
