"""A verb of winning in the passive (`were thrashed 5-0 by`, `had been knocked out`) makes
its subject the loser, not the winner. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD = " date 2019-05-09 LISBON (AP) - Benfica beat Sporting 2-1 on Wednesday night. "


@pytest.mark.parametrize(
    "told",
    [
        "In March Benfica were hammered 5-0 in Eindhoven by PSV in the group stage.",
        "In March Benfica were routed 5-0 by PSV at the Philips Stadion in the group stage.",
        "In March Benfica had been thrashed 5-0 by PSV in Eindhoven.",
        "In March Benfica were crushed 5-0 in Eindhoven by PSV.",
    ],
)
def test_a_passive_win_verb_makes_the_subject_the_loser(told):
    facts = read(LEAD + told)
    assert match(facts, "psv", "benfica").score == (5, 0)
    assert not [m for m in facts.matches if m.home == "benfica" and m.away == "psv"]


def test_an_active_win_verb_is_unchanged():
    facts = read(LEAD + "In March Benfica thrashed PSV 5-0 in Eindhoven.")
    assert match(facts, "psv", "benfica").score == (0, 5)


def test_a_progressive_win_verb_is_no_passive():
    facts = read(LEAD + "In March Benfica were beating PSV 2-0 at half-time in Eindhoven.")
    assert not [m for m in facts.matches if "psv" in (m.home, m.away) and m.score == (0, 2)]


def test_the_german_passive_is_read_as_the_subjects_defeat():
    facts = read(
        " date 2019-05-09 Lissabon (dpa) - Benfica hat am Mittwoch gegen Sporting 2:1 "
        "gewonnen. Im März war Benfica in der Gruppenphase in Eindhoven von der PSV mit 0:5 "
        "deklassiert worden."
    )
    assert match(facts, "psv", "benfica").score == (5, 0)
