"""A report that gives both legs of a tie and states the tie, with no season (a tie told
in passing, its year not named): one tie, not one from the legs and one as stated; a
later report naming the season fills it in."""

from __future__ import annotations

from bot.facts import Match, Tie
from storage.sqlite import SqliteStore
from tests.support.facts import UCL, facts


def _legs() -> list[Match]:
    return [
        Match("benfica", "inter", (1, 0), UCL, None, "quarter-final", leg=1),
        Match("inter", "benfica", (2, 2), UCL, None, "quarter-final", leg=2),
    ]


def _tie(season: str | None) -> Tie:
    return Tie(
        ("benfica", "inter"),
        UCL,
        season,
        "quarter-final",
        aggregate={"benfica": 3, "inter": 2},
        winner="benfica",
        decided_by="aggregate",
    )


async def test_a_tie_without_a_season_from_legs_and_statement_is_kept_once(db_path):
    async with await SqliteStore.open(db_path) as store:
        told = await store.ingest(
            facts("in passing", _legs(), [_tie(None)], published="2023-04-20")
        )
        assert told.ties_added == 1 and told.conflicts == []
        [stored] = await store.ties_between("benfica", "inter")
        assert stored.first_leg is not None and stored.tie.winner == "benfica"
        named = await store.ingest(facts("named", ties=[_tie("2022-23")], published="2023-04-21"))
        assert named.ties_added == 0 and named.conflicts == []
        [stored] = await store.ties_between("benfica", "inter")
        assert stored.tie.season == "2022-23"


async def test_a_statement_that_does_not_fit_the_legs_is_not_merged_into_them(db_path):
    other = Tie(("benfica", "inter"), "UEFA Europa League", None, "final", winner="benfica")
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("two ties", _legs(), [other], published="2023-04-20"))
        ties = await store.ties_between("benfica", "inter")
        assert sorted(t.tie.competition for t in ties) == sorted(["UEFA Europa League", UCL])
