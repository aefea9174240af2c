"""`In der sechsten Minute zirkelte X einen Freistoß ins Tor (6.), Y im United-Tor blieb
regungslos stehen`: `im (...)Tor` right after a name tells the keeper who stood in goal,
no goal of his (a held-out report credited the beaten keeper). Nor is a shot towards or
past the goal (`hielt alles, was auf sein Tor kam`, `köpfte übers Tor`) a goal. English `in
the Schalke goal` and `at his goal` were read right and stay so. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.goals.placing import read_goal_events
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, goals_for

DE = (
    "Borussia Dortmund hat das Derby gegen Schalke 04 mit 1:0 gewonnen. Lange führte der BVB "
    "durch einen Freistoß von Julian Brandt. In der zwölften Minute zirkelte Brandt einen "
    "Freistoß flach um die Mauer herum ins Tor (12.), {keeper} blieb regungslos stehen."
)
EN = (
    "Borussia Dortmund beat Schalke 04 1-0. In the 12th minute Julian Brandt curled a free "
    "kick round the wall and in, and Ralf Fährmann in the Schalke goal did not move."
)


@pytest.mark.parametrize(
    "keeper",
    [
        "Ralf Fährmann im Schalke-Tor",
        "Ralf Fährmann im Schalker Tor",
        "Ralf Fährmann im Tor",
    ],
)
def test_the_keeper_in_goal_is_no_scorer(keeper) -> None:
    doc = build_document(" date 2025-03-13 " + DE.format(keeper=keeper), RESOLVER, "de")
    events = read_goal_events(doc, [Match("borussia-dortmund", "schalke-04", (2, 1))])
    assert {(e.player, e.minute) for e in events} == {("Julian Brandt", 12)}


def test_english_keeper_in_goal_stays_read_right() -> None:
    (m,) = goals_for(EN, Match("borussia-dortmund", "schalke-04", (1, 0)), lang="en")
    assert all(g.player != "Ralf Fährmann" for g in m.goals or [])


def test_a_ball_in_the_goal_still_tells_the_goal() -> None:
    body = (
        "Borussia Dortmund hat das Derby gegen Schalke 04 mit 1:0 gewonnen. In der 12. Minute "
        "brachte Julian Brandt den Ball im Schalker Tor unter."
    )
    (m,) = goals_for(body, Match("borussia-dortmund", "schalke-04", (1, 0)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Julian Brandt", 12)]


@pytest.mark.parametrize(
    ("lang", "saves"),
    [
        ("de", "Danach hielt Gregor Kobel alles, was auf sein Tor kam."),
        ("de", "Danach schoss Serhou Guirassy zweimal knapp neben das Tor."),
        ("de", "Danach köpfte Serhou Guirassy übers Tor."),
        ("en", "After that Gregor Kobel kept out everything that came at his goal."),
    ],
)
def test_a_shot_towards_goal_is_no_goal(lang, saves) -> None:
    told = {
        "de": "Borussia Dortmund gewann 1:0 gegen Schalke 04. Julian Brandt traf in der "
        "12. Minute.",
        "en": "Borussia Dortmund beat Schalke 04 1-0. Julian Brandt scored in the 12th minute.",
    }[lang]
    doc = build_document(" date 2025-03-13 " + told + " " + saves, RESOLVER, lang)
    events = read_goal_events(doc, [Match("borussia-dortmund", "schalke-04", (2, 1))])
    assert {(e.player, e.minute) for e in events} == {("Julian Brandt", 12)}
