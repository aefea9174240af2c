"""Two legs read at the same ground are no tie: one of them was read wrong, so no winner,
aggregate or away-goals verdict may follow from them (and the report is still read)."""

from bot.reports.reader import read_report
from bot.teams.resolver import TeamResolver

RESOLVER = TeamResolver.default()

GERMAN = (
    " date 2011-03-16 Im Achtelfinal-Rückspiel beim FC Porto verlor Schalke 04 am "
    "Dienstagabend zwar mit 2:3 (0:1), doch nach dem 2:1-Sieg im Hinspiel reichten die "
    "beiden Auswärtstore zum Weiterkommen.\n\n"
    "In Porto war der Ärger über das Hinspiel noch nicht verflogen. Vor zwei Wochen hatten "
    "die Schalker in der Veltins-Arena durch ein spätes Tor von Raúl 2:1 gewonnen."
)


def test_a_report_whose_legs_clash_is_still_read():
    report = read_report(GERMAN, "test", RESOLVER)
    second = [m for m in report.matches if m.leg == 2]
    assert [(m.home, m.away, m.score) for m in second] == [("porto", "schalke-04", (3, 2))]


def test_no_wrong_tie_is_said_from_two_legs_at_one_ground():
    report = read_report(GERMAN, "test", RESOLVER)
    said = [(dict(t.aggregate or {}), t.winner, t.decided_by) for t in report.ties]
    right = ({"porto": 4, "schalke-04": 4}, "schalke-04", "away_goals")
    assert all(tie == right for tie in said), said
