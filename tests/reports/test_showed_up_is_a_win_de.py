"""`ehe die Niederländer die Deutschen beim 1:3 in Göteborg vorführten`: a side that
`vorführte` another won, so a score told the other way round (from the beaten side's
view) is no result of the winner's and no loss of the story's team to someone else."""

from __future__ import annotations

from tests.reports.helpers import read

TEXT = (
    " date 1992-06-27 Das Märchen von Göteborg\n\nAm Freitagabend stemmten die Dänen den "
    "EM-Pokal in den Himmel. Sie besiegten im Finale den Weltmeister Deutschland mit 2:0.\n\n"
    "Vogts gratulierte nach dem Schlusspfiff als Erster. Dabei war der Weg seiner Mannschaft "
    "ins Endspiel holprig gewesen. Zum Auftakt rettete Thomas Häßler das 1:1 gegen die GUS. "
    "Gegen Schottland folgte ein 2:0 durch Tore von Riedle und Effenberg, ehe die "
    "Niederländer die Deutschen beim 1:3 in Göteborg vorführten."
)


def test_score_told_from_the_beaten_side_is_no_result_of_other_sides():
    facts = read(TEXT)
    assert not any(m.score == (1, 3) for m in facts.matches)
