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



OWN_SIDE_GERMAN = (
    " date 2016-04-12 Madrid - Zwei Wochen nach dem 1:1 in Turin empfängt Atlético Madrid am "
    "Mittwochabend Juventus zum Viertelfinal-Rückspiel der Champions League. Dank des "
    "Auswärtstors reicht den Spaniern ein 0:0 oder ein 1:1.\n\n"
    "Offen ist, ob Antoine Griezmann spielen kann. Der Franzose hatte Atlético im Hinspiel in "
    "der 20. Minute in Führung gebracht, musste aber zur Pause raus.\n\n"
    "Ohne ihn verlor Atlético in Turin die Kontrolle. Paulo Dybala glich in der 70. Minute aus.\n\n"
    "Juve-Trainer Massimiliano Allegri setzt auf die Erfahrung seiner Abwehr. Bei den Spaniern "
    "gilt dagegen der Sturm als Sorgenkind.\n\n"
    "Dass ein Rückstand im Calderón nicht das Ende bedeuten muss, hat Atlético im Achtelfinale "
    "selbst bewiesen. Nach dem 0:2 beim FC Porto gewann die Mannschaft das Rückspiel mit 3:0.\n\n"
    "Am selben Abend spielt auch der FC Bayern um den Einzug ins Halbfinale. Die Münchner reisen "
    "nach dem 2:0 im Hinspiel gegen Benfica mit einem Polster nach Portugal. Bereits am "
    "Dienstagabend stehen die Rückspiele zwischen Manchester City und Paris Saint-Germain sowie "
    "zwischen Real Madrid und dem VfL Wolfsburg auf dem Programm."
)


def test_a_round_named_beside_the_legs_own_side_is_the_round_of_those_legs():
    """`hat Atlético im Achtelfinale selbst bewiesen. Nach dem 0:2 beim FC Porto ...`: the
    lead-in names only Atlético, one of the legs' own sides, and a side meets one opponent
    per round, so the Porto legs are of the round of 16, not of the main quarter-final."""
    porto = [m for m in read(OWN_SIDE_GERMAN).matches if "porto" in (m.home, m.away)]
    assert [(m.home, m.score, m.stage) for m in porto] == [
        ("porto", (2, 0), "round-of-16"),
        ("atletico-madrid", (3, 0), "round-of-16"),
    ]
