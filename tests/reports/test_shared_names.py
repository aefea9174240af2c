"""A name two clubs share (`Santos`: Santos FC of Brazil, Santos Laguna of Mexico) is the
club of the country, else the continent, of the clubs the story names plainly; with no
such clue it stays unread. The evaluation judges a gold `Santos` the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.compare import Comparer
from bot.evaluation.gold import Gold
from bot.evaluation.score import score
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, match, read
from tests.reports.test_score import facts


@pytest.mark.parametrize(
    ("told", "home", "away"),
    [
        ("Santos beat Peñarol 2-1 at home on Wednesday night.", "santos", "penarol"),
        ("Santos beat Tigres 2-1 at home on Wednesday night.", "santos-laguna", "tigres"),
        ("Santos beat Palmeiras 2-1 at home on Wednesday night.", "santos", "palmeiras"),
    ],
)
def test_a_shared_name_is_the_club_of_the_storys_country_or_continent(told, home, away):
    assert match(read(" date 2011-06-23 " + told), home, away).score == (2, 1)


def test_a_shared_name_with_no_clue_stays_unread():
    def named(text: str) -> set[str]:
        return build_document(" date 2011-06-23 " + text, RESOLVER).teams()

    assert named("Santos won 2-1 at home, and Real Madrid lost.") == {"real-madrid"}
    assert named("Santos won 2-1 at home, and Flamengo lost.") == {"santos", "flamengo"}


def test_the_evaluation_takes_a_shared_gold_name_for_either_club():
    comparer = Comparer.default()
    assert comparer.is_team("Santos", "santos")
    assert comparer.is_team("Santos", "santos-laguna")
    assert not comparer.is_team("Santos", "palmeiras")
    gold = Gold(
        name="r",
        path=Path("r.txt"),
        lang="en",
        published="2011-06-23",
        matches=[{"home": "Santos", "away": "Peñarol", "score": [2, 1], "goals": None}],
        ties=[],
    )
    read_back = read(" date 2011-06-23 Santos beat Peñarol 2-1 at home on Wednesday night.")
    result = score([(gold, facts(read_back.matches))])
    assert (result.tallies["matches"].found, result.tallies["matches"].extra) == (1, 0)
