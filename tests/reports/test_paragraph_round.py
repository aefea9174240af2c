"""`Beide Halbfinalisten hatten im Viertelfinale überzeugt. ...`, `Both semifinalists had
been convincing in the quarter-finals. ...`: a team-less sentence naming one round opens
its paragraph's account of it; the legs told after it were played in that round, not in
the main match's."""

from tests.reports.helpers import read

GERMAN = (
    " date 2013-05-02 Der BVB steht im Finale der Champions League. Im Halbfinal-Rückspiel "
    "verlor Borussia Dortmund am Dienstagabend bei Real Madrid zwar mit 0:2, doch nach dem "
    "4:1 im Hinspiel reichte das zum Weiterkommen.\n\n"
    "Beide Finalisten hatten im Viertelfinale überzeugt. Der FC Bayern hatte Juventus Turin "
    "zweimal mit 2:0 geschlagen. Dortmund wiederum hatte nach einem 0:0 im Hinspiel beim "
    "FC Málaga den Gegner im eigenen Stadion mit 3:2 ausgeschaltet."
)

ENGLISH = (
    " date 2013-05-02 MADRID (AP) — Borussia Dortmund reached the Champions League final on "
    "Tuesday despite a 2-0 loss at Real Madrid in the semi-final second leg, advancing 4-3 on "
    "aggregate.\n\n"
    "Both finalists had been convincing in the quarter-finals. Bayern Munich beat Juventus "
    "2-0 twice. Dortmund drew the first leg 0-0 at Malaga and won the second leg 3-2 at home."
)


def test_legs_after_a_round_lead_in_are_of_that_round():
    for text in (GERMAN, ENGLISH):
        stages = {m.stage for m in read(text).matches if "malaga" in (m.home, m.away)}
        assert "semi-final" not in stages
        assert stages <= {"quarter-final"}
