"""A score told as the one after 90 minutes (`lost 3-1 in regulation time ... before X
scored in the 112th minute`, `nach 90 Minuten 1:2 ... in der Verlängerung`) of a match
that went on is a state of that match, never its result."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2019-05-10 Chelsea reached the Europa League final on Thursday.\n\n"
    "Eintracht Frankfurt needed extra time in the other tie. Leading 2-1 from the first leg, "
    "Valencia lost 3-1 in regulation time in Germany before Gameiro scored in the 112th "
    "minute to make it 3-2 on the night and 4-4 on aggregate."
)

GERMAN = (
    " date 2019-05-10 Der FC Chelsea steht im Finale der Europa League. Im zweiten "
    "Halbfinale lag der FC Valencia nach 90 Minuten in Frankfurt mit 1:3 zurück, ehe "
    "Gameiro in der Verlängerung (112.) traf."
)


GERMAN_BEFORE = (
    " date 2019-05-10 FRANKFURT (dpa) - Eintracht Frankfurt hat das Finale der Europa League "
    "verpasst. Der FC Valencia verlor am Donnerstagabend in Frankfurt nach 90 Minuten mit "
    "1:3, ehe Gameiro in der Verlängerung (112.) zum 2:3 traf. Das reichte Valencia nach dem "
    "2:1 im Hinspiel."
)


def test_no_result_or_winner_from_a_score_after_ninety_minutes_told_before_it():
    facts = read(GERMAN_BEFORE)
    assert not any(set(m.score) == {1, 3} for m in facts.matches), facts.matches
    assert not any(t.winner == "eintracht-frankfurt" for t in facts.ties), facts.ties


def test_no_result_from_a_score_after_ninety_minutes():
    for text in (ENGLISH, GERMAN):
        facts = read(text)
        assert not any(set(m.score) == {1, 3} for m in facts.matches), facts.matches
