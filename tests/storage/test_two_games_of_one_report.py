"""Two results of one pair in one report are two games (a group match and a semi-final
of one tournament): the reader told them apart, so the store keeps both, with no
conflict between them; before, the second was merged into the first as a disagreement."""

from __future__ import annotations

from bot.facts import Match
from storage.sqlite import SqliteStore
from tests.support.facts import facts

GOLD_CUP = "CONCACAF Gold Cup"


async def test_a_group_game_and_a_semi_final_of_one_report_are_both_kept(db_path):
    group = Match("usa", "panama", (1, 2), GOLD_CUP, "2011", "group")
    semi = Match("usa", "panama", (1, 0), GOLD_CUP, "2011", None)  # its round not read
    async with await SqliteStore.open(db_path) as store:
        told = await store.ingest(facts("final report", [semi, group], published="2011-06-26"))
        assert told.matches_added == 2 and told.conflicts == []
        scores = sorted(m.match.score for m in await store.matches("usa", "panama", limit=5))
        assert scores == [(1, 0), (1, 2)]
