"""A determiner before a name (`this Benfica side were crushed`, `these Porto players`)
leaves the name the subject of its clause; before the object it makes no subject of it.
Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

LEAD = " date 2019-05-09 LISBON (AP) - Benfica beat Sporting 2-1 on Wednesday night. "


def test_a_determiner_before_a_passive_subject():
    facts = read(LEAD + "In March this Benfica side were crushed 5-0 in Eindhoven by PSV.")
    assert match(facts, "psv", "benfica").score == (5, 0)


def test_a_determiner_before_the_subject_keeps_it_the_subject():
    facts = read(LEAD + "In March this Benfica side beat PSV 3-1 in Eindhoven in the group stage.")
    assert match(facts, "psv", "benfica").score == (1, 3)


def test_a_determiner_before_the_object_makes_no_subject_of_it():
    facts = read(LEAD + "In March PSV beat this Benfica side 3-1 in Eindhoven.")
    assert match(facts, "psv", "benfica").score == (3, 1)
