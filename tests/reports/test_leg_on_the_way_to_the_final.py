"""A leg told as the way into the final, in a report on that final, is of the round
before: its other side is not the final's opponent. The reader had lent it the story's
pair, made a one-off final that pair's second leg and built a tie on the two."""

from bot.reports.reader import read_report
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()

GERMAN = (
    " date 2016-05-22 BERLIN (dpa) - Der SC Freiburg hat den DFB-Pokal gewonnen. Im Finale "
    "im Olympiastadion besiegten die Breisgauer den VfL Wolfsburg mit 3:1 (1:1). Weil das "
    "Hinspiel in Freiburg torlos geendet hatte, zog der SC dank des Auswärtstores ins "
    "Finale ein."
)
ENGLISH = (
    " date 2016-05-23 LISBON (Reuters) - Porto won the Portuguese Cup on Sunday, beating "
    "Braga 3-1 in the final at the Estadio Nacional. Porto had made the final on away goals "
    "after the first leg at home ended goalless."
)


def _legs_and_ties(text):
    report = read_report(text, "test", RESOLVER)
    return [(m.home, m.away, m.score, m.leg) for m in report.matches if m.leg], report.ties


def test_no_leg_of_the_final_pair_in_german():
    assert _legs_and_ties(GERMAN) == ([], [])


def test_no_leg_of_the_final_pair_in_english():
    assert _legs_and_ties(ENGLISH) == ([], [])
