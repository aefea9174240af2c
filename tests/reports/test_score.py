"""The scorer counts facts exactly as FORMAT.md says: found, extra and missed for
matches, match details, goals, dismissals and ties, with every miss listed."""

from __future__ import annotations

from pathlib import Path

from bot.evaluation.gold import Gold, load_dir
from bot.evaluation.score import score
from bot.facts import Goal, Match, Report, ReportFacts, Tie


def facts(matches, ties=()) -> ReportFacts:
    report = Report("t", "0", "t", "en", "2024-04-18")
    return ReportFacts(report, list(matches), list(ties))


GOLD = Gold(
    name="r",
    path=Path("r.txt"),
    lang="en",
    published="2024-04-18",
    matches=[
        {
            "competition": "UEFA Champions League",
            "season": "2023-24",
            "stage": "quarter-final",
            "leg": 2,
            "date": "2024-04-17",
            "home": "Manchester City",
            "away": "Real Madrid",
            "score": [1, 1],
            "extra_time": True,
            "penalties": [3, 4],
            "goals": [
                {"minute": 12, "team": "Real Madrid", "player": "Rodrygo"},
                {"minute": 76, "team": "Manchester City", "player": "Kevin De Bruyne"},
            ],
            "dismissals": None,
        },
        {"home": "Villarreal", "away": "Liverpool", "score": [2, 3], "neutral": False},
    ],
    ties=[
        {
            "teams": ["Real Madrid", "Manchester City"],
            "aggregate": {"Real Madrid": 4, "Manchester City": 4},
            "winner": "Real Madrid",
            "decided_by": "penalties",
        }
    ],
)


def test_exact_read_scores_one_everywhere():
    m = Match(
        "manchester-city",
        "real-madrid",
        (1, 1),
        "Champions League",
        "2023-24",
        "quarter-final",
        2,
        "2024-04-17",
        True,
        (3, 4),
    )
    m.goals = [Goal("real-madrid", "Rodrygo", 12), Goal("manchester-city", "De Bruyne", 76)]
    other = Match("villarreal", "liverpool", (2, 3))
    t = Tie(
        ("real-madrid", "manchester-city"),
        aggregate={"real-madrid": 4, "manchester-city": 4},
        winner="real-madrid",
        decided_by="penalties",
    )
    card = score([(GOLD, facts([m, other], [t]))])
    for kind in ("matches", "details", "goals", "ties"):
        tally = card.tallies[kind]
        assert (tally.precision, tally.recall) == (1.0, 1.0), kind
    assert card.tallies["goals"].found == 2
    assert card.lines(details=False)[-1] == "extraction: P=1.00 R=1.00 over 1 reports"


def test_swapped_home_is_a_miss_and_an_extra_and_wrong_details_count():
    swapped = Match("real-madrid", "manchester-city", (1, 1))
    wrong = Match("villarreal", "liverpool", (2, 3), stage="final", extra_time=False)
    card = score([(GOLD, facts([swapped, wrong]))])
    matches = card.tallies["matches"]
    assert (matches.found, matches.extra, matches.missed) == (1, 1, 1)
    assert any("Manchester City 1-1 Real Madrid" in note for note in matches.misses)
    details = card.tallies["details"]
    assert details.extra == 2 and details.found == 0
    assert card.tallies["goals"].missed == 2
    assert card.tallies["ties"].missed == 1


def test_neutral_matches_match_in_either_order():
    gold = Gold(
        "n",
        Path("n.txt"),
        "en",
        None,
        matches=[
            {
                "home": "Villarreal",
                "away": "Manchester United",
                "score": [1, 1],
                "neutral": True,
                "penalties": [11, 10],
            }
        ],
    )
    read = Match("manchester-united", "villarreal", (1, 1), penalties=(10, 11), neutral=True)
    card = score([(gold, facts([read]))])
    assert card.tallies["matches"].found == 1
    assert card.tallies["details"].found == 1


def test_load_dir_pairs_text_and_gold(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 x", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"lang": "en", "matches": [], "ties": []}')
    (tmp_path / "b.gold.json").write_text('{"lang": "en"}')
    [gold] = load_dir(tmp_path)
    assert gold.name == "a" and gold.text().startswith(" date")


def test_untimed_goals_of_one_player_pair_by_their_flags():
    gold = Gold(
        name="r",
        path=Path("r.txt"),
        lang="de",
        published="2022-04-15",
        matches=[
            {
                "home": "Barcelona",
                "away": "Eintracht Frankfurt",
                "score": [0, 2],
                "goals": [
                    {
                        "minute": None,
                        "team": "Eintracht Frankfurt",
                        "player": "Filip Kostic",
                        "penalty": True,
                    },
                    {"minute": None, "team": "Eintracht Frankfurt", "player": "Filip Kostic"},
                ],
            }
        ],
        ties=[],
    )
    m = Match("barcelona", "eintracht-frankfurt", (0, 2))
    m.goals = [
        Goal("eintracht-frankfurt", "Filip Kostic", None),
        Goal("eintracht-frankfurt", "Filip Kostic", None, penalty=True),
    ]
    card = score([(gold, facts([m]))])
    assert (card.tallies["goals"].found, card.tallies["details"].extra) == (2, 0)


def test_a_split_season_written_long_is_the_same_season():
    gold = Gold(
        "s",
        Path("s.txt"),
        "de",
        None,
        matches=[
            {"home": "Perugia", "away": "Juventus", "score": [1, 0], "season": "1999-2000"},
            {"home": "Lazio", "away": "Reggina", "score": [3, 0], "season": "1999-2000"},
        ],
    )
    right = Match("perugia", "juventus", (1, 0), season="1999-00")
    wrong = Match("lazio", "reggina", (3, 0), season="2000-01")
    details = score([(gold, facts([right, wrong]))]).tallies["details"]
    assert (details.found, details.extra) == (1, 1)
