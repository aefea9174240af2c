"""`Wenger's team had reached Paris by beating Villarreal ..., drawing 0-0 in Spain` after a
sentence about Arsenal alone, in a report that named Arsene Wenger in full: the coach's
team is the club the sentence before is about; a surname the report never gives in full
is no person's team."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

FINAL = "Barcelona beat Arsenal 2-1 in the Champions League final in Paris on Wednesday. "
RUN = (
    "The crowd saw Arsenal's record run of clean sheets end. Wenger's team had reached the "
    "final by beating Villarreal 1-0 on aggregate in the semifinals, winning 1-0 at Highbury "
    "and drawing 0-0 in Spain."
)


def test_a_coachs_surname_names_the_club_of_the_sentence_before():
    facts = read(
        FINAL + "Arsenal had led for an hour through Sol Campbell, and Arsene Wenger's side "
        "looked the better team. " + RUN
    )
    assert match(facts, "villarreal", "arsenal").score == (0, 0)
    found = tie(facts, "arsenal", "villarreal")
    assert (found.aggregate, found.winner) == ({"arsenal": 1, "villarreal": 0}, "arsenal")


def test_a_surname_never_given_in_full_names_no_team():
    facts = read(FINAL + "Arsenal had led for an hour through Sol Campbell. " + RUN)
    assert not any("villarreal" in (m.home, m.away) for m in facts.matches)
