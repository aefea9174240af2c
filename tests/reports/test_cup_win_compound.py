"""`der Pokalsieg ... mit dem 1:2 gegen ... verspielt`, `das Pokal-Aus gegen ...`: German
compounds of `Pokal` name the cup the result was played in, not the story's main
competition."""

from tests.reports.helpers import read

GERMAN = (
    " date 2024-04-11 Borussia Dortmund hat am Mittwochabend im Viertelfinal-Rückspiel der "
    "Champions League zu Hause gegen Atlético Madrid mit 4:2 gewonnen.\n\n"
    "Den Pokalsieg hatte der BVB bereits im Dezember mit dem 0:2 gegen den VfB Stuttgart "
    "im Achtelfinale zu Hause verspielt."
)


def test_a_cup_compound_names_the_cup():
    facts = read(GERMAN)
    cup = [m for m in facts.matches if "vfb-stuttgart" in (m.home, m.away)]
    assert cup and all(m.competition == "DFB-Pokal" for m in cup), facts.matches
