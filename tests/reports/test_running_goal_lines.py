"""A stat block's `Tore:` line with running scores (`Tore: 1:0 Sterling (43.), ...`) is
the whole account of the goals of the result line above it: it stands over goals the
prose tells of the other leg. Blocks written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.goals.lines import attach_running_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read

HEAD = (
    " date 2024-03-14 Europa League, Achtelfinale, Rückspiel\n\n"
    "SC Freiburg – West Ham United 1:3 (0:2)\n\n"
)
PROSE = (
    "\n\nSpielbericht: In London hatte Michail Antonio bereits nach zwölf Minuten das 1:0 "
    "erzielt (12.), und auch im Rückspiel lief der Sport-Club lange hinterher. Jarrod "
    "Bowen traf zweimal, Vincenzo Grifo verkürzte spät per Foulelfmeter."
)


def _goals(tore: str):
    found = match(read(HEAD + tore + PROSE), "sc-freiburg", "west-ham")
    return [(g.minute, g.added, g.player, g.team, g.penalty, g.own_goal) for g in found.goals]


def test_the_line_gives_every_goal_of_the_result_above_and_not_the_other_legs():
    goals = _goals(
        "Tore: 0:1 Bowen (9.), 0:2 Bowen (41.), 1:2 Grifo (83., Foulelfmeter), 1:3 Soucek (90.+2)"
    )
    assert goals == [
        (9, None, "Jarrod Bowen", "west-ham", False, False),
        (41, None, "Jarrod Bowen", "west-ham", False, False),
        (83, None, "Vincenzo Grifo", "sc-freiburg", True, False),
        (90, 2, "Soucek", "west-ham", False, False),
    ]


def test_an_own_goal_counts_for_the_side_whose_score_rises():
    goals = _goals(
        "Tore: 0:1 Bowen (9.), 0:2 Ginter (41., Eigentor), 1:2 Grifo (83., Foulelfmeter), "
        "1:3 Bowen (90.+2)"
    )
    assert goals[1] == (41, None, "Ginter", "west-ham", False, True)


def test_an_initial_is_the_player_the_prose_names_in_full():
    goals = _goals(
        "Tore: 0:1 J. Bowen (9.), 0:2 J. Bowen (41.), 1:2 V. Grifo (83., Foulelfmeter), "
        "1:3 Soucek (90.+2)"
    )
    assert [g[2] for g in goals[:3]] == ["Jarrod Bowen", "Jarrod Bowen", "Vincenzo Grifo"]


def test_a_line_that_does_not_end_on_the_result_is_not_its_account():
    def listed(tore: str):
        doc = build_document(HEAD + tore + PROSE, RESOLVER)
        result = Match("sc-freiburg", "west-ham", (1, 3))
        attach_running_goals(doc, [result], lambda name: name)
        return result.goals

    assert listed("Tore: 0:1 Bowen (9.), 0:2 Bowen (41.), 1:2 Grifo (83.)") is None
    assert listed("Tore: 0:1 Bowen (9.), 0:2 Bowen (41.), 1:3 Grifo (83.)") is None
    assert len(listed("Tore: 0:1 Bowen (9.), 0:2 Bowen (41.), 1:2 Grifo (83.), 1:3 Soucek")) == 4
