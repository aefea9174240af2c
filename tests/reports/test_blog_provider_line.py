"""`53 min: GOAL! United 2-0 Newcastle. Sheringham turns provider. He lays the ball back
for Scholes, who sweeps a low shot past Harper`: the first name of a live goal line may
be the one who set the goal up; the scorer is the one fed, when the line tells him
finishing, else nobody. Texts written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

_HEAD = """Arsenal 2-0 Everton: as it happened

14' GOAL! Arsenal 1-0 Everton. Bukayo Saka heads in from a corner.

38' Yellow card for James Tarkowski.

"""


def _scorers(line: str, lang: str = "en") -> list[tuple[str | None, int | None]]:
    (m,) = goals_for(_HEAD + line, Match("arsenal", "everton", (2, 0)), lang=lang)
    return [(g.player, g.minute) for g in m.goals or []]


def test_fed_player_who_finishes_scores() -> None:
    line = (
        "67' GOAL! Arsenal 2-0 Everton. Martin Odegaard turns provider. He cuts the "
        "ball back for Havertz, who drills a first-time shot past Pickford. Havertz, "
        "booked earlier, celebrates with the fans.\n\n90+4' Full time.\n"
    )
    assert _scorers(line) == [("Bukayo Saka", 14), ("Havertz", 67)]


def test_provider_alone_is_no_scorer() -> None:
    line = (
        "67' GOAL! Arsenal 2-0 Everton. Martin Odegaard turns provider again, and "
        "Kai Havertz is there at the far post. Pickford can only watch.\n\n90+4' Full time.\n"
    )
    assert ("Martin Odegaard", 67) not in _scorers(line)


def test_german_fed_player_already_read() -> None:
    text = (
        "FC Bayern – Borussia Dortmund 2:0 im Liveticker\n\n"
        "14' TOR! 1:0. Harry Kane köpft nach einer Ecke ein.\n\n"
        "67' TOR! 2:0. Leroy Sané legt quer für Jamal Musiala, der aus 16 Metern "
        "ins lange Eck trifft.\n\n90+4' Abpfiff.\n"
    )
    (m,) = goals_for(text, Match("bayern-munich", "borussia-dortmund", (2, 0)), lang="de")
    assert [g.player for g in m.goals or []] == ["Harry Kane", "Jamal Musiala"]
