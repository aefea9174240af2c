"""Scorer lines under a listed result, as wire round-ups print them ("Wales 2, Austria 1",
then one line of scorers per side). Blocks written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.goals.scorerlines import attach_scorer_lines
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read

HEAD = (
    " date 2023-03-16 Three more sides reached the quarterfinals on Wednesday night.\n\n"
    "A glance at Wednesday's second legs (home teams listed first):\n\n"
)


def _goals(text: str, home: str, away: str):
    found = match(read(HEAD + text), home, away)
    if found.goals is None:
        return None
    return [(g.team, g.player, g.minute, g.added, g.penalty, g.own_goal) for g in found.goals]


def test_each_side_line_gives_its_scorers_minutes_and_flags():
    goals = _goals(
        "Napoli 3, Eintracht Frankfurt 0\n"
        "Napoli: Victor Osimhen (45+2), Osimhen (53), Piotr Zielinski (64, pen).\n",
        "napoli",
        "eintracht-frankfurt",
    )
    assert goals == [
        ("napoli", "Victor Osimhen", 45, 2, False, False),
        ("napoli", "Victor Osimhen", 53, None, False, False),
        ("napoli", "Piotr Zielinski", 64, None, True, False),
    ]


def test_both_sides_an_own_goal_and_a_dashed_result_line():
    goals = _goals(
        "Chelsea 2-0 Borussia Dortmund\n"
        "Chelsea: Raheem Sterling (43), Kai Havertz (53, penalty)\n\n"
        "Benfica 5, Club Brugge 1\n"
        "Benfica: Rafa Silva (38, pen), Goncalo Ramos (45+3, 57), Joao Mario (71), "
        "Brandon Mechele (77, og)\n"
        "Club Brugge: Bjorn Meijer (87)\n",
        "benfica",
        "club-brugge",
    )
    assert goals == [
        ("benfica", "Rafa Silva", 38, None, True, False),
        ("benfica", "Goncalo Ramos", 45, 3, False, False),
        ("benfica", "Goncalo Ramos", 57, None, False, False),
        ("benfica", "Joao Mario", 71, None, False, False),
        ("benfica", "Brandon Mechele", 77, None, False, True),
        ("club-brugge", "Bjorn Meijer", 87, None, False, False),
    ]


def _lines_only(text: str, home: str, away: str, score: tuple[int, int]):
    """What the scorer lines alone give a match read beforehand (the prose reader may
    still read goals of its own from such lines)."""
    doc = build_document(HEAD + text, RESOLVER)
    listed = Match(home, away, score)
    attach_scorer_lines(doc, [listed], lambda name: name)
    return listed.goals


def test_a_line_short_of_the_score_gives_no_goals_at_all():
    text = "Napoli 3, Eintracht Frankfurt 0\nNapoli: Victor Osimhen (45+2), Osimhen (53).\n"
    assert _lines_only(text, "napoli", "eintracht-frankfurt", (3, 0)) is None
    complete = text.replace("(53).", "(53), Piotr Zielinski (64, pen).")
    assert len(_lines_only(complete, "napoli", "eintracht-frankfurt", (3, 0))) == 3


def test_a_missing_line_for_the_side_that_scored_gives_no_goals():
    text = (
        "Benfica 5, Club Brugge 1\n"
        "Benfica: Rafa Silva (38, pen), Goncalo Ramos (45+3, 57), Joao Mario (71), "
        "Brandon Mechele (77, og)\n"
    )
    assert _lines_only(text, "benfica", "club-brugge", (5, 1)) is None
    shutout = text.replace("Club Brugge 1", "Club Brugge 0")
    assert len(_lines_only(shutout, "benfica", "club-brugge", (5, 0))) == 5


def test_a_line_up_is_not_a_scorer_line():
    text = "Porto 1, Inter Milan 0\nPorto: Diogo Costa - Pepe\n"
    assert _lines_only(text, "porto", "inter-milan", (1, 0)) is None
    assert _lines_only(text.replace(" - ", ", "), "porto", "inter-milan", (1, 0)) is None
    one = "Porto 1, Inter Milan 0\nPorto: Mehdi Taremi (86)\n"
    assert len(_lines_only(one, "porto", "inter-milan", (1, 0))) == 1


def test_untimed_scorers_count_once_each_and_a_number_counts_more():
    goals = _goals(
        "Napoli 3, Eintracht Frankfurt 0\nNapoli: Victor Osimhen 2, Piotr Zielinski.\n",
        "napoli",
        "eintracht-frankfurt",
    )
    assert goals == [
        ("napoli", "Victor Osimhen", None, None, False, False),
        ("napoli", "Victor Osimhen", None, None, False, False),
        ("napoli", "Piotr Zielinski", None, None, False, False),
    ]
