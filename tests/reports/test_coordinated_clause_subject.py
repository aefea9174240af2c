"""A team that opens a later coordinated clause (`reichte das nach dem 0:4-Debakel im
Hinspiel nicht, doch die Münchner verabschiedeten sich ...`, set 46) is that clause's
subject, not the opponent of a score whose own clause names no team: set 46 read the
first leg turned round (Bayern 4-0 Barcelona for Barcelona's 4-0)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

_DE = (
    " date 2019-03-06 Mit Anstand ausgeschieden: Borussia Dortmund hat am Dienstagabend im "
    "Achtelfinal-Rückspiel der Champions League ein 0:1 (0:0) gegen Tottenham Hotspur "
    "erreicht. Für das Viertelfinale reichte das nach dem 0:3-Debakel im Hinspiel natürlich "
    "bei weitem nicht, doch {} verabschiedeten sich im ausverkauften Westfalenstadion "
    "wenigstens mit einer ordentlichen Vorstellung aus dem Wettbewerb.\n\n"
    "Harry Kane traf nach knapp einer Stunde zum 0:1 (49.)."
)

_EN = (
    " date 2019-03-06 Borussia Dortmund went out of the Champions League with their heads "
    "held high on Tuesday night, drawing 0-0 with Tottenham Hotspur at the Westfalenstadion "
    "in the second leg of their last-16 tie. That was never going to be enough after the "
    "3-0 defeat in the first leg, {} bowed out with dignity in front of a full house.\n\n"
    "Harry Kane hit the post in the first half."
)

_TURNED = {
    ("borussia-dortmund", "tottenham", (3, 0)),
    ("tottenham", "borussia-dortmund", (0, 3)),
}


def test_subject_of_a_coordinated_clause_is_no_opponent_de():
    for subject in ("die Dortmunder", "der BVB", "Dortmund"):
        assert not pairs(read(_DE.format(subject))) & _TURNED, subject


def test_subject_of_a_coordinated_clause_is_no_opponent_en():
    for subject in ("but Dortmund", "and Dortmund"):
        read_pairs = pairs(read(_EN.format(subject)))
        assert not read_pairs & _TURNED, subject
        assert ("borussia-dortmund", "tottenham", (0, 0)) in read_pairs
