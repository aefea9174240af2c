"""`Fourth-division amateurs Calais came within a minute ... before losing the final 2-1 to
Nantes`, `Second-division side Norwich City beat Arsenal 2-1`: a team right after a
sentence-opening description without an article is the subject, not the opponent; and
Calais RUFC is a known club."""

from __future__ import annotations

from bot.reports.matches.rolesubject import role_opening_subject
from tests.reports.helpers import match, mention_at, read


def test_description_opening_the_sentence():
    text = "It rained. Third-tier side Bradford beat Chelsea 4-2."
    assert role_opening_subject(text, mention_at(text, "Bradford", "side"))


def test_description_inside_a_clause_is_no_opening():
    text = "Chelsea lost 4-2 to a third-tier side Bradford had built cheaply."
    assert not role_opening_subject(text, mention_at(text, "Bradford", "side"))


def test_amateurs_lose_the_final():
    facts = read(
        " date 2000-05-08 PARIS (Reuters) - Fourth-division amateurs Calais came close to a "
        "famous upset on Sunday before losing the French Cup final 2-1 to Nantes at the "
        "Stade de France."
    )
    found = match(facts, "calais", "nantes")
    assert (found.score, found.neutral) == ((1, 2), True)


def test_second_division_side_wins_at_home():
    facts = read(
        " date 2015-01-25 BRADFORD (Reuters) - Third-tier side Bradford City beat Chelsea "
        "4-2 at Stamford Bridge on Saturday in the FA Cup fourth round."
    )
    assert match(facts, "chelsea", "bradford-city").score == (2, 4)
