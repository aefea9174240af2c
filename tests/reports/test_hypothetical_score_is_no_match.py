"""`ein 2:1 würde dagegen die Verlängerung bedeuten`, `reicht den Bremern ein 1:0`,
`a 2-1 win for Hertha would force extra time`, `Hertha need only a 1-0`: a score a side
might get is no match played, whatever the story's pair."""

from tests.reports.helpers import pairs, read

GERMAN = (
    " date 1992-05-06 Werder Bremen braucht am Mittwochabend im Weserstadion einen Sieg. "
    "Nach dem 0:1 im Hinspiel beim AS Monaco vor zwei Wochen reicht den Bremern ein 2:0, "
    "ein 2:1 würde dagegen die Verlängerung bedeuten."
)
ENGLISH = (
    " date 1992-05-06 Werder Bremen host Monaco on Wednesday night. After the 0-1 in the "
    "first leg in Monaco two weeks ago, Bremen need only a 2-0, while a 2-1 win for Bremen "
    "would force extra time."
)


def test_a_score_that_might_be_is_no_match():
    for text in (GERMAN, ENGLISH):
        facts = read(text)
        scores = {score for _, _, score in pairs(facts)}
        assert not scores & {(2, 0), (0, 2), (2, 1), (1, 2)}, facts.matches
