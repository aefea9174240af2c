"""`Porto got past Lyon, and Chelsea thrashed Arsenal 3-0 to go through 5-1 on aggregate`:
a team opening a coordinated clause (`, and` and a verb) before the score is the subject
of the score's clause, not the first clause's subject."""

from tests.reports.helpers import read

ENGLISH = (
    " date 2004-03-26 Among the other ties decided this week, Porto got past Lyon, and "
    "Chelsea thrashed Arsenal 3-0 to go through 5-1 on aggregate."
)


def test_the_coordinated_clause_has_its_own_subject():
    facts = read(ENGLISH)
    assert all("porto" not in t.teams or "lyon" in t.teams for t in facts.ties), facts.ties
    assert all({m.home, m.away} != {"porto", "arsenal"} for m in facts.matches), facts.matches
    chelsea = [t for t in facts.ties if set(t.teams) == {"chelsea", "arsenal"}]
    assert all(t.aggregate == {"chelsea": 5, "arsenal": 1} for t in chelsea), chelsea
