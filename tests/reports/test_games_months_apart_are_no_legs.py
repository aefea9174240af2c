"""Two results of one pair told in one report, months apart, are two games, not the legs
of a tie, even where the report speaks of a first leg elsewhere (of another tie): the
legs of a tie are weeks apart. A league report's December and May results had become a
tie won 8-2 on aggregate."""

from bot.reports.reader import read_report
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()

ENGLISH = (
    " date 2009-03-15 MANCHESTER, England (AP) - Liverpool went to Old Trafford on Saturday "
    "and came away with a 4-1 victory over Manchester United.\n\n"
    "In September, when Liverpool beat United 2-1 at Anfield, the gap at the top had "
    "looked small. Liverpool now turn to the second leg against Real Madrid on Tuesday."
)
GERMAN = (
    " date 2009-03-15 München (dpa) - Der FC Bayern hat am Samstag beim Hamburger SV mit "
    "4:1 gewonnen.\n\n"
    "Im Oktober, als die Bayern den HSV zu Hause mit 2:0 besiegten, war der Abstand an der "
    "Spitze noch groß. Am Dienstag wartet nun das Rückspiel gegen Sporting Lissabon."
)


def _legs_and_ties(text):
    report = read_report(text, "test", RESOLVER)
    legs = [(m.home, m.away, m.score, m.leg) for m in report.matches if m.leg]
    return legs, [(t.teams, t.aggregate) for t in report.ties]


def test_a_december_and_a_may_result_are_no_legs_in_english():
    report = read_report(ENGLISH, "test", RESOLVER)
    scores = {(m.home, m.away, m.score) for m in report.matches}
    assert ("manchester-united", "liverpool", (1, 4)) in scores
    assert _legs_and_ties(ENGLISH) == ([], [])


def test_a_december_and_a_may_result_are_no_legs_in_german():
    assert _legs_and_ties(GERMAN) == ([], [])
