"""`Smalling nodded a corner back across the area and Mkhitaryan, with his back to goal,
hooked the ball past Onana`: the one who headed or laid the ball back, across or down for
another set the goal up and did not score, and `with his back to goal` (`mit dem Rücken zum
Tor`) tells where a player stood, not a goal (a held-out report credited Smalling).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

EN = ("arsenal", "tottenham", (2, 0))
DE = ("bayern-munich", "bayer-leverkusen", (2, 0))
CASES = [
    (
        "en",
        EN,
        "Arsenal beat Spurs 2-0. Bukayo Saka scored in the 20th minute. In the 52nd minute "
        "Declan Rice played with his back to goal and laid it off for Kai Havertz, who finished.",
        ("Kai Havertz", 52),
    ),
    (
        "en",
        EN,
        "Arsenal beat Spurs 2-0. Bukayo Saka scored in the 20th minute. Just after the break, "
        "in the 52nd, it was settled. Declan Rice headed a free kick back across the box and "
        "Kai Havertz, with his back to goal, turned and shot past Vicario.",
        ("Kai Havertz", 52),
    ),
    (
        "en",
        EN,
        "Arsenal beat Spurs 2-0. Bukayo Saka scored in the 20th minute. Declan Rice was the "
        "provider. In the 52nd minute he headed the ball back across goal and Kai Havertz "
        "volleyed home.",
        ("Kai Havertz", 52),
    ),
    (
        "de",
        DE,
        "Bayern gewann 2:0 gegen Leverkusen. Leroy Sané traf in der 20. Minute. Kurz nach der "
        "Pause, in der 55. Minute, war die Partie entschieden. Thomas Müller stand mit dem "
        "Rücken zum Tor und legte für Harry Kane auf, der vollendete.",
        ("Harry Kane", 55),
    ),
    (
        "de",
        DE,
        "Bayern gewann 2:0 gegen Leverkusen. Leroy Sané traf in der 20. Minute. In der 55. "
        "Minute war die Partie entschieden. Thomas Müller legte eine Flanke quer, und Harry "
        "Kane stand mit dem Rücken zum Tor, drehte sich um Jonathan Tah herum und vollendete.",
        ("Harry Kane", 55),
    ),
]


@pytest.mark.parametrize(("lang", "pair", "body", "second"), CASES)
def test_the_one_who_laid_it_off_did_not_score(lang, pair, body, second) -> None:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    goals = [(g.player, g.minute) for g in m.goals or []]
    assert goals[1:] == [second]


def test_a_header_in_still_scores() -> None:
    body = (
        "Arsenal beat Spurs 2-0. Bukayo Saka scored in the 20th minute. In the 52nd minute "
        "Declan Rice headed in a corner."
    )
    (m,) = goals_for(body, Match(*EN), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []][1:] == [("Declan Rice", 52)]
