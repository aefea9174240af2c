"""`In Turin war der Ärger über das Hinspiel noch nicht verflogen`, `In Madrid the anger
over the first leg had not faded`: a place in a sentence that talks about a leg is where
it is felt, not the leg's ground; `drew 0-0 at the Nou Camp` names Barcelona's ground."""

from tests.reports.helpers import read

GERMAN = (
    " date 2018-03-14 Der FC Chelsea steht im Viertelfinale der Champions League. Im "
    "Achtelfinal-Rückspiel bei Juventus Turin verloren die Londoner am Dienstagabend zwar mit "
    "1:2 (0:1), doch nach dem 3:1-Sieg im Hinspiel reichte das Auswärtstor zum Weiterkommen.\n\n"
    "In Turin war der Ärger über das Hinspiel noch nicht verflogen. Vor drei Wochen hatte "
    "Chelsea an der Stamford Bridge durch ein spätes Tor 3:1 gewonnen."
)

ENGLISH = (
    " date 2006-05-18 PARIS (Reuters) - Arsenal lost the Champions League final 2-1 to "
    "Barcelona on Wednesday.\n\nArsenal had beaten Villarreal in the semi-final. Arsenal "
    "drew 0-0 at El Madrigal in the second leg of that semi after winning the first leg at "
    "Highbury 1-0. Barcelona had drawn 0-0 at the Nou Camp with AC Milan in the other semi."
)


def test_no_ground_from_talk_about_a_leg():
    first = [m for m in read(GERMAN).matches if m.leg == 1]
    assert [(m.home, m.away, m.score) for m in first] in ([], [("chelsea", "juventus", (3, 1))])


def test_the_nou_camp_is_barcelonas_ground():
    facts = read(ENGLISH)
    milan = [m for m in facts.matches if "ac-milan" in (m.home, m.away)]
    assert [(m.home, m.away, m.score) for m in milan] == [("barcelona", "ac-milan", (0, 0))]
