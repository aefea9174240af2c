"""`Suárez drifted in and out of the game, and the visitors looked shaken once the second
goal went in`: a goal named by its place in the game as the time of something else is a
goal told before, so the player the clause names gets no goal. Texts written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def _scorers(text: str, home: str, away: str) -> list[str]:
    return [g.player for g in match(read(text), home, away).goals or []]


def test_an_english_goal_named_as_the_time_of_a_mood():
    scorers = _scorers(
        " date 2019-05-08 LIVERPOOL, England — Liverpool beat Barcelona 3-0 at Anfield on "
        "Tuesday night. Divock Origi scored in the seventh minute. Georginio Wijnaldum added "
        "a second in the 54th minute. That left Liverpool one goal short, and it came with "
        "11 minutes remaining: Xherdan Shaqiri rose above the defense to flick a corner past "
        "Marc-André ter Stegen. Luis Suárez "
        "drifted in and out of the game, and the visitors looked shaken once the second goal "
        "went in.",
        "liverpool",
        "barcelona",
    )
    assert "Luis Suárez" not in scorers


def test_a_german_goal_named_as_the_time_of_a_mood():
    scorers = _scorers(
        " date 2019-05-08 Liverpool (dpa) - Der FC Liverpool hat am Dienstagabend gegen den "
        "FC Barcelona mit 3:0 gewonnen. Divock Origi traf in der 7. Minute zum 1:0. Georginio "
        "Wijnaldum erhöhte in der 54. Minute. Elf Minuten vor dem Ende stieg Xherdan Shaqiri "
        "nach einer Ecke am höchsten. "
        "Luis Suárez tauchte ab, und er wirkte nach dem zweiten Gegentor geschockt.",
        "liverpool",
        "barcelona",
    )
    assert "Luis Suárez" not in scorers
