"""A round-up tells each match under its own dateline (`TURIN — ...`, `MANCHESTER — ...`):
a goal told in the section of other teams without naming a team is not the main match's
(set 43 put City's opener into Juventus-Lyon). Texts written for these tests."""

from __future__ import annotations

from bot.reports.reader import read_report

TEXT = (
    " date 2025-03-13 Europa League roundup: Roma through, Ajax out\n\n"
    "ROME — Roma beat Feyenoord 2-1 at the Stadio Olimpico on Thursday, going through 3-2 on "
    "aggregate. Paulo Dybala struck in the 20th minute and Santiago Giménez levelled in the "
    "50th, before Roma's winner came from a corner that nobody cleared.\n\n"
    "AMSTERDAM — Two errors by the home defence cost Ajax dearly as Olympiacos won 2-0 at the "
    "Johan Cruyff Arena.\n\n"
    "Ayoub El Kaabi scored in the 14th minute after a weak back pass was intercepted by "
    "Chiquinho, who set up his teammate. Francisco Ortega headed Olympiacos' second in the 66th "
    "minute.\n"
)


def test_a_goal_in_another_matchs_section_is_not_the_main_matchs() -> None:
    facts = read_report(TEXT, "test")
    scorers = {
        (m.home, m.away): [g.player for g in m.goals or []] for m in facts.matches if m.goals
    }
    for (home, away), players in scorers.items():
        if "roma" in (home, away):
            assert "Ayoub El Kaabi" not in players and "Francisco Ortega" not in players
