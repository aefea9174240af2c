"""A leg given as the reason (`Weil das Hinspiel ... torlos geendet hatte, ...`, `Because
the first leg had finished goalless, ...`) is background: the goals told in the sentences
after it are the main match's; met on set 57's 1981 semi-final, sentences written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_goals_after_a_leg_given_as_reason_de():
    facts = read(
        " date 1991-04-25 Der FC Bayern kam im Halbfinal-Rückspiel am Mittwochabend im "
        "Olympiastadion gegen den FC Porto nicht über ein 1:1 hinaus. Weil das Hinspiel in "
        "Porto vor zwei Wochen torlos geendet hatte, entschied das Auswärtstor der Portugiesen. "
        "In der 83. Minute traf Rui Costa zum 0:1. Max Bauer gelang in der 87. Minute noch der "
        "Ausgleich."
    )
    main = match(facts, "bayern-munich", "porto")
    assert [(g.minute, g.player) for g in main.goals or []] == [
        (83, "Rui Costa"),
        (87, "Max Bauer"),
    ]


def test_goals_after_a_leg_given_as_reason_en():
    facts = read(
        " date 1991-04-25 Bayern Munich drew 1-1 with Porto in the semi-final second leg at the "
        "Olympiastadion on Wednesday night. Because the first leg in Porto had finished "
        "goalless, the away goal decided the tie. Rui Costa scored in the 83rd minute. Max "
        "Bauer equalised in the 87th minute."
    )
    main = match(facts, "bayern-munich", "porto")
    assert [(g.minute, g.player) for g in main.goals or []] == [
        (83, "Rui Costa"),
        (87, "Max Bauer"),
    ]
