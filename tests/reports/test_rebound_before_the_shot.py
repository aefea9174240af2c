"""A rebound put in, told before the shot it followed (`staubte er nach einem
Lattentreffer von X zum 2:0 ab`): the bar or post words in the phrase after the rebound
tell the shot before, not a miss, and the one whose shot hit the bar did not score."""

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

_OPENING = {
    "de": "Bremen gewann am Samstag 2:0 gegen Hertha BSC. Claudio Pizarro verwandelte "
    "sicher zum 1:0 (22.). ",
    "en": "Everton won 2-0 at home against Fulham on Saturday. Romelu Lukaku converted a "
    "penalty in the 22nd minute. ",
}


@pytest.mark.parametrize(
    ("lang", "second"),
    [
        ("de", "Nur drei Minuten später staubte er nach einem Lattentreffer von Diego zum 2:0 ab."),
        ("de", "Kurz darauf staubte er nach einem Pfostenschuss von Diego zum 2:0 ab (25.)."),
        (
            "en",
            "Three minutes later he tapped in the rebound after Seamus Coleman's header "
            "had hit the bar.",
        ),
    ],
)
def test_a_rebound_told_before_the_shot_is_the_followers_goal(lang, second):
    teams = ("werder-bremen", "hertha-bsc") if lang == "de" else ("everton", "fulham")
    (found,) = goals_for(_OPENING[lang] + second, Match(*teams, (2, 0)), lang=lang)
    scorer = "Claudio Pizarro" if lang == "de" else "Romelu Lukaku"
    assert [(g.player, g.minute) for g in found.goals] == [(scorer, 22), (scorer, 25)]


def test_a_rebound_put_wide_is_no_goal():
    (found,) = goals_for(
        _OPENING["de"] + "Kurz darauf setzte er nach einem Pfostenschuss von Diego nach, "
        "schoss aber daneben (27.).",
        Match("werder-bremen", "hertha-bsc", (1, 0)),
        lang="de",
    )
    assert [(g.player, g.minute) for g in found.goals] == [("Claudio Pizarro", 22)]
