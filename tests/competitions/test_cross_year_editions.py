"""Competitions whose edition spans two calendar years in an unusual way: the
Nations League finals of October 2021 closed the 2020-21 edition, and its June
2022 group games opened 2022-23, so the season is the edition, not the date's."""

from __future__ import annotations

import pytest

from bot.competitions.seasons import season_for
from tests.reports.helpers import read


@pytest.mark.parametrize(
    ("competition", "date", "season"),
    [
        ("UEFA Nations League", "2021-10-07", "2020-21"),
        ("UEFA Nations League", "2022-06-09", "2022-23"),
        ("UEFA Nations League", "2019-06-05", "2018-19"),
        ("UEFA Nations League", "2020-10-13", "2020-21"),
        ("UEFA Nations League", "2024-11-19", "2024-25"),
        ("CONCACAF Nations League", "2021-06-03", "2019-20"),
        ("CONCACAF Nations League", "2024-03-21", "2023-24"),
    ],
)
def test_the_season_is_the_edition(competition, date, season):
    assert season_for(competition, date, "final") == season


def test_a_nations_league_final_in_october_2021_reads_as_2020_21():
    facts = read(
        " date 2021-10-08 Turin (dpa) - Die Niederlande haben das Endspiel der Nations "
        "League erreicht. Die Elftal gewann am Donnerstagabend in Turin gegen Portugal "
        "mit 2:1."
    )
    (found,) = facts.matches
    assert {found.home, found.away} == {"netherlands", "portugal"}
    assert (found.season, found.stage, found.date) == ("2020-21", "semi-final", "2021-10-07")
