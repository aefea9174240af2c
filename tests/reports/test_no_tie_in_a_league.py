"""A league has no ties: a cup final's winner on penalties, told beside a league game of
the same pair, had become a tie `by penalties` of the league game's competition (set 44's
2005 FA Cup final, whose goalless final the reader does not read)."""

from pathlib import Path

from bot.facts import Tie
from bot.reports.reader import read_report
from bot.reports.ties.onematch import in_a_league
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()
FINAL = (
    Path(__file__).parents[1] / "data/reports44/2005-05-21-arsenal-manchester-united-fa-cup.en.txt"
)


def test_a_winner_told_in_a_league_is_no_tie():
    won = {"winner": "chelsea", "decided_by": "penalties"}
    assert in_a_league(Tie(("chelsea", "liverpool"), "Premier League", "2018-19", None, **won))
    assert in_a_league(Tie(("chelsea", "liverpool"), None, None, "league", **won))
    assert not in_a_league(Tie(("chelsea", "porto"), "UEFA Champions League", None, None, **won))


def test_the_cup_final_beside_a_league_game_makes_no_league_tie():
    report = read_report(FINAL.read_text(encoding="utf-8"), "test", RESOLVER)
    assert [t for t in report.ties if in_a_league(t)] == []
    league = [(m.home, m.away, m.score, m.competition, m.penalties) for m in report.matches]
    assert ("manchester-united", "arsenal", (2, 0), "Premier League", None) in league
