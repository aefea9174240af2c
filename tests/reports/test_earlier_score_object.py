"""`mit dem 3:0 gegen Schottland und einem 1:1 gegen Ungarn`: a team named after
`gegen` as the opponent of an earlier score is no subject of a later one."""

from tests.reports.helpers import pairs, read

GERMAN = (
    " date 2024-07-06 Die deutsche Nationalmannschaft steht im Viertelfinale der EM.\n\n"
    "Nach einer souveränen Vorrunde mit dem 5:1 gegen "
    "Schottland und dem 2:0 gegen Ungarn, dem ein 1:1 gegen die Schweiz folgte, gelang "
    "im Achtelfinale in Dortmund ein 2:0 gegen Dänemark."
)


def test_an_earlier_scores_object_is_no_subject():
    sides = {frozenset(p[:2]) for p in pairs(read(GERMAN))}
    assert frozenset(("scotland", "switzerland")) not in sides
    assert frozenset(("hungary", "switzerland")) not in sides
