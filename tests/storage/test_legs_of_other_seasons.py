"""The same two clubs meet in many seasons: a leg recalled without its season, in a later
report, must not be paired with a stored leg of another season, or `/tie` would show a
first leg and an aggregate of two different ties."""

from __future__ import annotations

from bot.facts import Match
from storage.sqlite import SqliteStore
from tests.support.facts import UCL, facts


def _this_season() -> list[Match]:
    return [
        Match("roma", "porto", (2, 0), UCL, "2016-17", "semi-final", leg=1),
        Match("porto", "roma", (3, 1), UCL, "2016-17", "semi-final", leg=2, date="2017-05-03"),
    ]


def _recalled(first_date: str | None, second_date: str | None) -> list[Match]:
    """Both legs of an older semi-final, told in passing with no season or competition."""
    return [
        Match("roma", "porto", (4, 0), None, None, "semi-final", leg=1, date=first_date),
        Match("porto", "roma", (1, 1), None, None, "semi-final", leg=2, date=second_date),
    ]


async def _legs_shown(db_path, recalled: list[Match]) -> list[tuple]:
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("2017 report", _this_season(), published="2017-05-04"))
        await store.ingest(facts("2020 column", recalled, published="2020-02-01"))
        shown = []
        for stored in await store.ties_between("roma", "porto"):
            legs = (stored.first_leg, stored.second_leg)
            shown.append(tuple(leg.match.score if leg else None for leg in legs))
            if stored.tie.season == "2016-17":
                assert stored.tie.aggregate == {"roma": 3, "porto": 3}
        return shown


async def test_an_undated_leg_of_another_report_is_not_paired_with_a_seasoned_one(db_path):
    shown = await _legs_shown(db_path, _recalled(None, None))
    assert ((2, 0), (3, 1)) in shown
    assert not {((4, 0), (3, 1)), ((2, 0), (1, 1))} & set(shown)


async def test_a_leg_dated_in_another_season_is_not_paired_with_that_seasons_leg(db_path):
    shown = await _legs_shown(db_path, _recalled(None, "2009-04-14"))
    assert ((2, 0), (3, 1)) in shown
    assert not {((4, 0), (3, 1)), ((2, 0), (1, 1))} & set(shown)
