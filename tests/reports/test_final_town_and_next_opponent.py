"""`send Mourinho's side through to the final in Basel, where they will meet Liverpool`:
the town of the final and the side met there are no side beaten in the tie just won."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2016-05-06 SEVILLE (Reuters) - Sevilla beat Shakhtar Donetsk 3-1 on Thursday to "
    "reach the Europa League final 5-3 on aggregate.\n\n"
    "Kevin Gameiro scored twice. It was enough to send Unai Emery's side through to the "
    "final in Basel on May 18, where they will meet Liverpool."
)

GERMAN = (
    " date 2016-05-06 Der FC Sevilla hat am Donnerstag mit einem 3:1 gegen Schachtar Donezk "
    "das Finale der Europa League erreicht. Damit zog die Mannschaft von Trainer Unai Emery "
    "ins Endspiel in Basel ein, wo sie am 18. Mai auf den FC Liverpool trifft."
)


def test_no_tie_with_the_final_town_or_the_next_opponent():
    for text in (ENGLISH, GERMAN):
        facts = read(text)
        teams = {team for t in facts.ties for team in t.teams}
        assert "liverpool" not in teams, facts.ties
        assert "basel" not in teams, facts.ties
