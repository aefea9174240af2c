"""`Celtic have seen off A, B and C, and in the quarter-final they drew 1-1 with Liverpool in
Glasgow before winning 2-0 at Anfield`: a pronoun opening a clause after `, and` with its
round told first stands for the team that opens the sentence, however many sides that
team's own clause lists; and a score right after `before winning` (no subject of its
own, only objects named since the pronoun) is told of the same pronoun."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

_LEAD = (
    " date 2008-04-11 Rangers beat Sporting CP 2-0 at the Estádio José Alvalade in the UEFA "
    "Cup quarter-final last night, and their supporters sang long after the end. "
)


def test_pronoun_after_listed_objects_is_the_opening_subject():
    facts = read(
        _LEAD + "Rangers have seen off Panathinaikos, Werder Bremen and Lyon, and in the "
        "last 16 they drew 0-0 with Marseille in Glasgow before winning 2-1 in Marseille."
    )
    first = match(facts, "rangers", "marseille")
    second = match(facts, "marseille", "rangers")
    assert (first.score, first.leg, second.score, second.leg) == ((0, 0), 1, (1, 2), 2)
    found = tie(facts, "rangers", "marseille")
    assert (found.winner, found.aggregate) == ("rangers", {"rangers": 2, "marseille": 1})
    assert not [m for m in facts.matches if "lyon" in (m.home, m.away)]


def test_participle_after_object_keeps_the_pronoun():
    facts = read(
        _LEAD + "It was a familiar path. In the round of 16 they drew 1-1 with Werder Bremen "
        "in Glasgow before losing 1-0 in Bremen, and went through on away goals."
    )
    assert match(facts, "werder-bremen", "rangers").score == (1, 0)
    assert match(facts, "rangers", "werder-bremen").score == (1, 1)


def test_plain_and_clause_with_other_subject_is_not_the_pronoun():
    facts = read(
        _LEAD + "Rangers have seen off Panathinaikos, Werder Bremen and Lyon, and Marseille "
        "beat Lyon 2-1 at home in the other tie."
    )
    assert not [m for m in facts.matches if "rangers" in (m.home, m.away) and m.score == (2, 1)]
