"""Results listed with each side's scorers in brackets behind its score (`At Hampden:
Wales 1 (Rush 12) Austria 3 (Polster 30 pen, 71, Herzog 55)`): the goals are taken where
the brackets account for every goal of both sides, and nowhere else."""

from bot.facts import Match
from tests.reports.helpers import goals_for

_RESULTS = (
    "Italy kept their lead at the top of the group with another win in the evening.\n\n"
    "RESULTS, Wednesday\n"
    "At Hampden Park: Wales 1 (Rush 12) Austria 3 (Polster 30 pen, 71, Herzog 55)\n"
    "At Anfield: Italy 1 (Vialli) Denmark 0\n"
)


def test_bracketed_scorers_account_for_every_goal():
    wales, italy = goals_for(
        "Ian Rush and Toni Polster both started. Andreas Herzog and Gianluca Vialli too. "
        + _RESULTS,
        Match("wales", "austria", (1, 3)),
        Match("italy", "denmark", (1, 0)),
        lang="en",
    )
    assert [(g.player, g.minute, g.team, g.penalty) for g in wales.goals] == [
        ("Ian Rush", 12, "wales", False),
        ("Toni Polster", 30, "austria", True),
        ("Andreas Herzog", 55, "austria", False),
        ("Toni Polster", 71, "austria", False),
    ]
    assert [(g.player, g.minute, g.team) for g in italy.goals] == [
        ("Gianluca Vialli", None, "italy")
    ]


def test_brackets_short_of_the_score_or_an_aside_add_nothing():
    short, aside = goals_for(
        "Nothing much happened.\n\n"
        "At Hampden Park: Wales 1 (Rush 12) Austria 3 (Polster 30, Herzog 55)\n"
        "Sweden 0 Norway 1 (Norway win 3-1 on aggregate)\n",
        Match("wales", "austria", (1, 3)),
        Match("sweden", "norway", (0, 1)),
        lang="en",
    )
    assert not short.goals
    assert not aside.goals


def test_a_day_in_brackets_is_no_scorer():
    english, german = goals_for(
        "The weekend's other results in the league.\n\n"
        "Leeds United 0 Everton 1 (Saturday)\n"
        "Hertha BSC 0 Werder Bremen 1 (Sonntag)\n",
        Match("leeds-united", "everton", (0, 1)),
        Match("hertha-bsc", "werder-bremen", (0, 1)),
        lang="en",
    )
    assert not english.goals
    assert not german.goals
