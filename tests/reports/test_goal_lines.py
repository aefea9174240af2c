"""Minute-first goal lines under a goals header, as some stat blocks print them
("TORFOLGE" then "14. Müller 0:1"). Blocks written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.reader import read_report


def _text(lines: str) -> str:
    return (
        " date 2025-02-06 DFB-Pokal | Achtelfinale\n\nERGEBNIS\n"
        "VfL Bochum – Borussia Dortmund 2:1 (1:1)\n\nTORFOLGE\n" + lines + "\n\n"
        "DAS SPIEL\nBochum drehte das Spiel nach dem frühen Rückstand."
    )


def _match(text: str) -> Match:
    facts = read_report(text, "test")
    found = [m for m in facts.matches if (m.home, m.away) == ("vfl-bochum", "borussia-dortmund")]
    assert len(found) == 1, facts.matches
    return found[0]


def test_minute_first_lines_give_minutes_scorers_and_sides():
    match = _match(_text("12. Guirassy 0:1\n40. Hofmann 1:1\n90.+3 Broschinski 2:1"))
    goals = [(g.minute, g.added, g.player, g.team) for g in match.goals]
    assert goals == [
        (12, None, "Guirassy", "borussia-dortmund"),
        (40, None, "Hofmann", "vfl-bochum"),
        (90, 3, "Broschinski", "vfl-bochum"),
    ]


def test_flags_in_brackets():
    match = _match(_text("12. Guirassy (FE) 0:1\n40. Schlotterbeck (ET) 1:1\n80. Hofmann 2:1"))
    assert [(g.penalty, g.own_goal) for g in match.goals] == [
        (True, False),
        (False, True),
        (False, False),
    ]


def test_lines_whose_scores_do_not_step_up_are_not_read():
    match = _match(_text("12. Guirassy 0:1\n40. Hofmann 1:1\n80. Broschinski 3:1"))
    assert not any(g.player == "Broschinski" for g in match.goals or [])
