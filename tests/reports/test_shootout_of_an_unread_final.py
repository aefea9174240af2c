"""A shoot-out whose own match the reader did not find (`after a goalless final`: no
score to read) must not go to another game of the same pair: a decided match took a
shoot-out only as the second leg of a level tie, and where the text tells no legs there
is none (it had made a league game a cup final's second leg, won on penalties)."""

from bot.reports.reader import read_report
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()

ENGLISH = (
    " date 2019-05-26 GLASGOW (Reuters) - Celtic won the Scottish Cup on Saturday, beating "
    "Rangers 4-2 on penalties after a goalless final at Hampden Park.\n\n"
    "For Celtic, whose winning run had ended at Ibrox in September when Rangers won 3-1, "
    "it was a fitting end to the season."
)
GERMAN = (
    " date 2019-05-26 BERLIN (dpa) - Der SC Freiburg hat den Pokal gewonnen: Im "
    "Elfmeterschießen setzte er sich am Samstag mit 4:3 gegen den VfB Stuttgart durch, nach "
    "einem torlosen Finale im Olympiastadion.\n\n"
    "Für Freiburg, dessen Serie im Oktober in Stuttgart mit einem 1:3 gerissen war, war es "
    "eine späte Genugtuung."
)


def _with_shootout_or_leg(text):
    report = read_report(text, "test", RESOLVER)
    return [
        (m.home, m.away, m.score, m.leg, m.penalties)
        for m in report.matches
        if m.penalties or m.leg
    ]


def test_the_league_game_gets_no_shootout_in_english():
    assert _with_shootout_or_leg(ENGLISH) == []


def test_the_league_game_gets_no_shootout_in_german():
    assert _with_shootout_or_leg(GERMAN) == []
