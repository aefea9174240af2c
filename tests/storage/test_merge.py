"""Merging: one match from many reports, gaps filled, disagreements kept apart as conflicts."""

from __future__ import annotations

from bot.facts import Goal, Match
from storage.sqlite import SqliteStore
from tests.support.facts import (
    CCC,
    facts,
    lafc_miami_first_leg,
    miami_lafc_second_leg,
)


async def test_two_reports_of_one_match_a_day_apart_are_one_match(db_path):
    english = facts("AP", [miami_lafc_second_leg()], published="2025-04-10")
    german = facts(
        "kicker",
        [miami_lafc_second_leg(date="2025-04-10", goals=None)],
        lang="de",
        source="kicker.txt",
    )
    async with await SqliteStore.open(db_path) as store:
        assert (await store.ingest(english)).matches_added == 1
        second = await store.ingest(german)
        assert second.matches_added == 0 and second.conflicts == []
        [stored] = await store.matches("inter-miami", "lafc")
        assert stored.match.date == "2025-04-09"
        assert [s.source for s in stored.sources] == ["test.txt", "kicker.txt"]
        assert len(stored.match.goals) == 4


async def test_an_undated_leg_merges_with_the_dated_one_and_takes_its_date(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("one", [lafc_miami_first_leg()]))
        result = await store.ingest(facts("two", [lafc_miami_first_leg(date="2025-04-02")]))
        assert result.matches_added == 0
        [stored] = await store.matches("lafc", "inter-miami")
        assert stored.match.date == "2025-04-02"
        assert len(stored.sources) == 2


async def test_more_detail_fills_gaps_goals_and_dismissals(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("short", [miami_lafc_second_leg(goals=None, extra_time=None)]))
        result = await store.ingest(facts("long", [miami_lafc_second_leg()]))
        assert result.goals_added == 4 and result.conflicts == []
        stored = (await store.matches("inter-miami"))[0].match
        assert stored.extra_time is False
        assert [(g.player, g.minute) for g in stored.goals] == [
            ("Aaron Long", 9),
            ("Lionel Messi", 35),
            ("Noah Allen", 61),
            ("Lionel Messi", 84),
        ]
        assert result.events == []


async def test_a_goal_without_minute_gets_it_from_a_later_report(db_path):
    partial = [Goal("inter-miami", "Messi", None), Goal("lafc", "Long", None)]
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [miami_lafc_second_leg(goals=partial)]))
        result = await store.ingest(facts("b", [miami_lafc_second_leg()]))
        assert result.conflicts == []
        goals = (await store.matches("inter-miami"))[0].match.goals
        assert sorted((g.minute, g.player) for g in goals) == [
            (9, "Long"),
            (35, "Messi"),
            (61, "Noah Allen"),
            (84, "Lionel Messi"),
        ]


async def test_a_different_score_is_a_conflict_and_does_not_overwrite(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("right", [miami_lafc_second_leg()]))
        wrong = facts("wrong", [miami_lafc_second_leg(score=(3, 2), goals=None)], source="w.txt")
        result = await store.ingest(wrong)
        assert [(c.field, c.stored, c.reported) for c in result.conflicts] == [
            ("score", "3-1", "3-2")
        ]
        [event] = result.events
        assert (event.kind, event.revision) == ("correction", 2)
        [stored] = await store.matches("inter-miami")
        assert stored.match.score == (3, 1)
        assert stored.revision == 2
        assert stored.conflicts[0].source.source == "w.txt"


async def test_a_report_with_another_score_adds_no_date_to_the_stored_match(db_path):
    """An undated final 3-3 and a report of the pair's 1-0 on a named day (a replay, or a
    wrong reading): the conflict is kept, and the 3-3 does not take the other game's day."""
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("column", [lafc_miami_first_leg(date=None, score=(3, 3))]))
        replay = lafc_miami_first_leg(date="2025-04-08", score=(1, 0), goals=None)
        result = await store.ingest(facts("replay", [replay], source="replay.txt"))
        assert [(c.field, c.stored, c.reported) for c in result.conflicts] == [
            ("score", "3-3", "1-0")
        ]
        [stored] = await store.matches("lafc", "inter-miami")
        assert (stored.match.score, stored.match.date) == ((3, 3), None)


async def test_home_and_away_the_other_way_round_is_a_conflict(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("one", [lafc_miami_first_leg()]))
        swapped = Match("inter-miami", "lafc", (0, 1), CCC, "2025", "quarter-final", leg=1)
        result = await store.ingest(facts("two", [swapped]))
        assert result.matches_added == 0
        assert [c.field for c in result.conflicts] == ["home"]
        [stored] = await store.matches("lafc")
        assert (stored.match.home, stored.match.score) == ("lafc", (1, 0))


async def test_a_report_that_turns_home_and_away_adds_no_goals(db_path):
    """A report read with the sides turned gives its goals to a match it read otherwise;
    the reply shows the disagreement and the stored match's goals, not a mix."""
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("one", [lafc_miami_first_leg()]))
        swapped = Match(
            "inter-miami",
            "lafc",
            (0, 1),
            CCC,
            "2025",
            "quarter-final",
            leg=1,
            goals=[Goal("lafc", "Denis Bouanga", 52)],
        )
        result = await store.ingest(facts("two", [swapped]))
        assert [c.field for c in result.conflicts] == ["home"]
        [stored] = await store.matches("lafc")
        assert (stored.match.home, stored.match.score) == ("lafc", (1, 0))
        assert not stored.match.goals


async def test_a_goal_at_another_minute_is_a_conflict(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("one", [miami_lafc_second_leg()]))
        goals = list(miami_lafc_second_leg().goals)
        goals[2] = Goal("inter-miami", "Noah Allen", 62)
        result = await store.ingest(facts("two", [miami_lafc_second_leg(goals=goals)]))
        assert [(c.field, c.plain(c.stored), c.plain(c.reported)) for c in result.conflicts] == [
            ("goal", "Noah Allen (inter-miami) 61'", "Noah Allen (inter-miami) 62'")
        ]
        minutes = [g.minute for g in (await store.matches("lafc"))[0].match.goals]
        assert minutes == [9, 35, 61, 84]


async def test_a_scorer_spelt_without_umlaut_is_the_same_goal(db_path):
    """`André Schürrle` in one report, `Andre Schuerrle` in an English one: one goal."""
    async with await SqliteStore.open(db_path) as store:
        goals = list(miami_lafc_second_leg().goals)
        goals[2] = Goal("inter-miami", "Noah Müller", 61)
        await store.ingest(facts("one", [miami_lafc_second_leg(goals=goals)]))
        for spelt in ("Noah Mueller", "Noah Muller"):
            goals[2] = Goal("inter-miami", spelt, 61)
            result = await store.ingest(facts(spelt, [miami_lafc_second_leg(goals=goals)]))
            assert result.conflicts == [] and result.goals_added == 0
        scorers = [g.player for g in (await store.matches("lafc"))[0].match.goals]
        assert scorers.count("Noah Müller") == 1 and len(scorers) == 4


async def test_a_goal_that_does_not_fit_the_score_is_not_stored(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("one", [miami_lafc_second_leg()]))
        extra = [*miami_lafc_second_leg().goals, Goal("lafc", "Denis Bouanga", 50)]
        result = await store.ingest(facts("two", [miami_lafc_second_leg(goals=extra)]))
        assert result.goals_added == 0
        assert [c.field for c in result.conflicts] == ["goal"]


async def test_the_same_report_twice_changes_nothing(db_path):
    report = facts("seed", [miami_lafc_second_leg(), lafc_miami_first_leg()])
    async with await SqliteStore.open(db_path) as store:
        first = await store.ingest(report)
        before = await store.counts()
        again = await store.ingest(report)
        assert again.duplicate and again.report_id == first.report_id
        assert again.events == [] and again.matches_added == 0
        assert await store.counts() == before
        assert await store.has_report(report.report.sha256)


async def test_legs_and_other_seasons_stay_separate_matches(db_path):
    earlier = Match("inter-miami", "lafc", (2, 2), CCC, "2024", "group", date="2024-03-01")
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [miami_lafc_second_leg(), lafc_miami_first_leg()]))
        result = await store.ingest(facts("b", [earlier]))
        assert result.matches_added == 1 and result.conflicts == []
        newest_first = [m.match.date for m in await store.matches("inter-miami")]
        assert newest_first == ["2025-04-09", "2024-03-01", None]


async def test_aliases_learned_from_reports_are_kept(db_path):
    from bot.facts import LearnedAlias

    report = facts("alias")
    report.aliases.append(LearnedAlias("inter-miami", "die Herons", "de"))
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(report)
        [alias] = await store.learned_aliases()
        assert (alias.team, alias.alias, alias.lang) == ("inter-miami", "die Herons", "de")


async def test_team_summary_and_known_teams(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [miami_lafc_second_leg(), lafc_miami_first_leg()]))
        assert await store.known_teams() == {"inter-miami", "lafc"}
        summary = await store.team_summary("inter-miami")
        assert (summary.matches, summary.wins, summary.draws, summary.losses) == (2, 1, 0, 1)
        assert summary.competitions == (CCC,)
        assert await store.team_summary("arsenal") is None


async def test_undated_matches_come_after_dated_ones_newer_seasons_first(db_path):
    unknown = Match("inter-miami", "lafc", (0, 0))
    split = Match("lafc", "inter-miami", (2, 0), "Some Cup", "2023-24", leg=1)
    older = Match("lafc", "inter-miami", (4, 0), "Some Cup", "2021-22", leg=1)
    dated = Match("inter-miami", "lafc", (1, 1), "Some Cup", date="2023-11-05")
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [unknown, older, split, dated]))
        order = [m.match.score for m in await store.matches("lafc", "inter-miami")]
        assert order == [(1, 1), (2, 0), (4, 0), (0, 0)]


async def test_the_other_result_reversed_on_a_neighbouring_day_is_not_the_same_match(db_path):
    stored = Match("liverpool", "barcelona", (4, 0), date="2019-05-07")
    reversed_same = Match("barcelona", "liverpool", (0, 4), date="2019-05-07")
    misdated_other_leg = Match("barcelona", "liverpool", (3, 0), date="2019-05-07")
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("a", [stored]))
        same = await store.ingest(facts("b", [reversed_same]))
        assert same.matches_added == 0 and [c.field for c in same.conflicts] == ["home"]
        other = await store.ingest(facts("c", [misdated_other_leg]))
        assert other.matches_added == 1 and other.conflicts == []
