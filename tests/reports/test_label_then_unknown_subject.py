"""`Road to Wembley: United needed a replay to get past Arsenal, winning 2-1`: a sentence
opened by a label and a name the reader does not know as a team has that name for its
subject, so the last result's pair gives no guess for the missing side."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2001-05-13 Everton, who beat Liverpool 2-0 on the same afternoon, finished third. "
    "Road to the final: Rovers needed a replay and extra time to get past Everton in the "
    "semi-finals, winning 3-1 at Anfield.",
    " date 2001-05-13 Schalke, das am selben Nachmittag den VfL Bochum mit 2:0 schlug, wurde "
    "Dritter. Der Weg ins Finale: Kickers brauchten ein Wiederholungsspiel, um Schalke im "
    "Halbfinale zu bezwingen, und gewannen mit 3:1 in Bochum.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_an_unknown_subject_after_a_label_takes_no_guessed_side(text):
    facts = read(text)
    assert not [m for m in facts.matches if set(m.score) == {3, 1}], facts.matches
