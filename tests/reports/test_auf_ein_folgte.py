"""`Auf ein 2:1 im Hinspiel zu Hause folgte ein 2:3 in Monterrey`: the score after `auf
ein` is a game another followed, a result of its own (not a running score), so the
first leg's words and its ground stay with it, not with the later score."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_auf_ein_score_folgte_reads_both_legs():
    facts = read(
        " date 2019-10-31 Toronto FC steht im Finale um den MLS Cup.\n\nIm Jahr zuvor "
        "überstand Toronto das Viertelfinale gegen die UANL Tigres nur dank der "
        "Auswärtstorregel: Auf ein 2:1 im Hinspiel zu Hause folgte ein 2:3 in Monterrey."
    )
    first = match(facts, "toronto-fc", "tigres")
    assert first.score == (2, 1)
    assert match(facts, "tigres", "toronto-fc").score == (3, 2)
    assert all(not (m.home == "toronto-fc" and m.score == (2, 3)) for m in facts.matches)


def test_auf_das_score_folgte_of_a_pair():
    facts = read(
        " date 2011-04-05 Schalke hatte sich im Achtelfinale gegen den FC Valencia "
        "durchgesetzt: Auf das 1:1 in Spanien folgte ein 3:1 in der heimischen Arena."
    )
    assert match(facts, "valencia", "schalke-04").score == (1, 1)
