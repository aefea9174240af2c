"""`will be without Suárez for Tuesday's semi-final against the Netherlands, who beat Brazil
2-1 earlier on Friday`, `muss am Dienstag auf X verzichten`: the day of a game a side will
miss a player for is that game's, not the day of a result told beside it. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = (
    " date 2014-07-06 Argentina beat Belgium 1-0 in the World Cup quarter-final in Brasilia on "
    "Saturday."
)


def test_a_game_a_side_will_be_without_a_player_for():
    facts = read(
        _LEAD + " Argentina will be without Di María for Wednesday's semi-final in Sao Paulo "
        "against the Netherlands, who beat Costa Rica on penalties after a 0-0 draw in "
        "Salvador earlier on Saturday."
    )
    assert match(facts, "netherlands", "costa-rica").date == "2014-07-05"


def test_a_game_a_side_must_do_without_a_player_in_german():
    facts = read(
        " date 2014-07-06 Argentinien hat am Samstag in Brasília das WM-Viertelfinale gegen "
        "Belgien mit 1:0 gewonnen. Im Halbfinale muss Argentinien am Mittwoch in São Paulo "
        "auf Di María verzichten, Gegner sind die Niederlande, die sich am Samstag in "
        "Salvador gegen Costa Rica mit 4:3 im Elfmeterschießen nach einem 0:0 durchsetzten."
    )
    dates = {m.date for m in facts.matches if "costa-rica" in (m.home, m.away)}
    assert "2014-07-09" not in dates
