"""`In the round of 16 Bayern ...`, `In the last 16 Real ...`: the number ends the
phrase before the name, so `of` does not govern the team, which stays the subject."""

from tests.reports.helpers import pairs, read

ENGLISH = (
    " date 2021-04-10 MUNICH (AP) — Bayern Munich host Paris Saint-Germain in the "
    "quarterfinals of the Champions League on Wednesday.\n\n"
    "In the round of 16 Bayern all but ended their tie with Lazio in the first leg, winning "
    "4-1 in Rome before a 2-1 win at the Allianz Arena."
)


def test_the_team_after_a_round_number_is_the_subject():
    read_pairs = pairs(read(ENGLISH))
    sides = {frozenset(p[:2]) for p in read_pairs}
    assert all(s == frozenset(("bayern-munich", "lazio")) for s in sides), read_pairs
    assert ("lazio", "bayern-munich", (1, 4)) in read_pairs
