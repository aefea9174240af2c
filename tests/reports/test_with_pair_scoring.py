"""`with X and Y scoring`: an absolute clause whose goal verb follows the second of two
coordinated names credits both, not only the one next to the verb."""

from __future__ import annotations

from tests.reports.helpers import read


def test_with_two_names_and_scoring_credits_both() -> None:
    facts = read(
        " date 2019-06-20 LISBON, Portugal — Benfica beat Porto 2-0 in Lisbon on Sunday, "
        "with Seferovic and Pizzi scoring five minutes apart after half-time."
    )
    goals = [g.player for m in facts.matches for g in (m.goals or [])]
    assert sorted(goals) == ["Pizzi", "Seferovic"]


def test_with_a_name_and_a_lower_case_verb_is_not_a_pair() -> None:
    facts = read(
        " date 2019-06-20 LISBON, Portugal — Benfica beat Porto 1-0 in Lisbon on Sunday. "
        "Rafa exchanged passes with Pizzi and finished low in the 60th minute."
    )
    goals = [g.player for m in facts.matches for g in (m.goals or [])]
    assert "Pizzi" not in goals
