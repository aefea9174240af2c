"""A pronoun looks back for the player it means; a sentence that names a player only in
the possessive (`the moment that made Owen's name`) stops the look-back rather than
being passed over for a player named earlier. Texts written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _match() -> Match:
    return Match(home="argentina", away="england", score=(2, 2))


def _scorers(body: str) -> dict[int, str | None]:
    (found,) = goals_for(body, _match(), lang="en")
    return {goal.minute: goal.player for goal in found.goals or []}


def test_a_possessive_sentence_keeps_the_earlier_scorer_off_a_later_goal():
    scorers = _scorers(
        "Argentina and England drew 2-2. Shearer levelled from the spot in the 10th "
        "minute. Then came the run that made Owen's name. He raced past two defenders "
        "and scored in the 16th minute."
    )
    assert scorers.get(10) == "Shearer"
    assert scorers.get(16) != "Shearer"


def test_a_pronoun_still_finds_the_player_named_plainly_before():
    scorers = _scorers(
        "Argentina and England drew 2-2. Shearer levelled from the spot in the 10th "
        "minute. Then Owen picked up the ball. He raced past two defenders and scored in "
        "the 16th minute."
    )
    assert scorers.get(16) == "Owen"
