"""Goals told in a sentence whose own result is another match's (`The opening game ended
2-1 to the Greeks, X scoring ...`) are that match's, never the one the report is about."""

from tests.reports.helpers import match, read

EN = (
    " date 2004-07-05 Greece beat Portugal 1-0 in the final in Lisbon last night. The goal "
    "came in the 57th minute, when Angelos Charisteas headed in a corner. The opening game of "
    "the tournament had ended 2-1 to the Greeks, Giorgos Karagounis scoring in the seventh "
    "minute and Cristiano Ronaldo heading in late on."
)
DE = (
    " date 2004-07-05 Portugal - Griechenland 0:1 (0:0). Griechenland ist Europameister. Das "
    "Tor fiel in der 57. Minute, als Angelos Charisteas eine Ecke einköpfte. Das "
    "Eröffnungsspiel endete 2:1 für die Griechen, Giorgos Karagounis traf in der siebten "
    "Minute, Cristiano Ronaldo köpfte spät ein."
)


def _goals(text):
    facts = read(text)
    return [(g.player, g.minute) for g in match(facts, "portugal", "greece").goals or []]


def test_goals_of_the_other_result_stay_off_the_final():
    for text in (EN, DE):
        assert _goals(text) == [("Angelos Charisteas", 57)]
