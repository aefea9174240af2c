"""Ties in the store: paired from their legs, computed with the rules, checked against the text."""

from __future__ import annotations

from bot.facts import Match, Tie
from storage.sqlite import SqliteStore
from tests.support.facts import (
    CCC,
    UCL,
    facts,
    lafc_miami_first_leg,
    miami_lafc_second_leg,
    miami_lafc_tie,
)


async def test_a_tie_is_paired_from_its_legs_in_two_reports(db_path):
    async with await SqliteStore.open(db_path) as store:
        first = await store.ingest(facts("first leg", [lafc_miami_first_leg(date="2025-04-02")]))
        assert first.ties_added == 0
        second = await store.ingest(facts("second leg", [miami_lafc_second_leg()]))
        assert second.ties_added == 1
        assert [e.kind for e in second.events] == ["match", "tie"]
        [stored] = await store.ties_between("lafc", "inter-miami")
        assert stored.tie.aggregate == {"inter-miami": 3, "lafc": 2}
        assert (stored.tie.winner, stored.tie.decided_by) == ("inter-miami", "aggregate")
        assert stored.first_leg.match.home == "lafc"
        assert stored.second_leg.match.home == "inter-miami"
        assert len(stored.sources) == 2


async def test_a_stated_tie_that_agrees_adds_its_source_and_no_conflict(db_path):
    report = facts("seed", [miami_lafc_second_leg(), lafc_miami_first_leg()], [miami_lafc_tie()])
    async with await SqliteStore.open(db_path) as store:
        result = await store.ingest(report)
        assert result.ties_added == 1 and result.conflicts == []
        [stored] = await store.ties_of("inter-miami")
        assert stored.tie.inferred is True


async def test_a_stated_aggregate_that_disagrees_with_the_legs_is_a_conflict(db_path):
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("legs", [miami_lafc_second_leg(), lafc_miami_first_leg()]))
        wrong = miami_lafc_tie(aggregate={"inter-miami": 3, "lafc": 3}, decided_by="away_goals")
        result = await store.ingest(facts("wrong", ties=[wrong]))
        fields = sorted(c.field for c in result.conflicts)
        assert fields == ["aggregate", "decided_by"]
        [stored] = await store.ties_of("lafc")
        assert stored.tie.aggregate == {"inter-miami": 3, "lafc": 2}
        assert stored.tie.decided_by == "aggregate"


async def test_a_tie_stated_only_by_a_report_is_kept_as_stated(db_path):
    columbus = Tie(
        ("tigres", "columbus-crew"),
        CCC,
        "2024",
        "quarter-final",
        winner="columbus-crew",
        decided_by="penalties",
        penalties={"columbus-crew": 4, "tigres": 3},
    )
    async with await SqliteStore.open(db_path) as store:
        result = await store.ingest(facts("tigres", ties=[columbus]))
        assert [e.kind for e in result.events] == ["tie"]
        [stored] = await store.ties_between("columbus-crew", "tigres")
        assert stored.tie.aggregate is None
        assert stored.tie.penalties == {"columbus-crew": 4, "tigres": 3}
        assert (stored.tie.winner, stored.tie.decided_by) == ("columbus-crew", "penalties")
        assert stored.first_leg is None


async def test_away_goals_claimed_where_the_rules_had_none_is_not_kept(db_path):
    claim = Tie(("real-madrid", "chelsea"), UCL, "2022-23", winner="real-madrid")
    claim.decided_by = "away_goals"
    async with await SqliteStore.open(db_path) as store:
        result = await store.ingest(facts("claim", ties=[claim]))
        assert [c.field for c in result.conflicts] == ["decided_by"]
        [stored] = await store.ties_of("chelsea")
        assert stored.tie.winner == "real-madrid"
        assert stored.tie.decided_by is None


async def test_away_goals_computed_for_uefa_before_2021(db_path):
    first = Match("tottenham", "ajax", (0, 1), UCL, "2018-19", "semi-final", leg=1)
    second = Match("ajax", "tottenham", (2, 3), UCL, "2018-19", "semi-final", leg=2)
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("spurs", [first, second]))
        [stored] = await store.ties_of("ajax")
        assert stored.tie.aggregate == {"ajax": 3, "tottenham": 3}
        assert (stored.tie.winner, stored.tie.decided_by) == ("tottenham", "away_goals")


async def test_a_level_tie_under_unknown_rules_takes_the_winner_from_the_text(db_path):
    first = Match("team-a", "team-b", (1, 0), "Some Cup", "2024", leg=1)
    second = Match("team-b", "team-a", (2, 1), "Some Cup", "2024", leg=2)
    said = Tie(("team-a", "team-b"), "Some Cup", "2024", winner="team-a", decided_by="away_goals")
    async with await SqliteStore.open(db_path) as store:
        legs = await store.ingest(facts("legs", [first, second]))
        assert [e.kind for e in legs.events] == ["match", "match"]
        [stored] = await store.ties_of("team-a")
        assert stored.tie.aggregate == {"team-a": 2, "team-b": 2}
        assert stored.tie.winner is None
        text = await store.ingest(facts("text", ties=[said]))
        assert [e.kind for e in text.events] == ["tie"]
        [stored] = await store.ties_of("team-a")
        assert (stored.tie.winner, stored.tie.decided_by) == ("team-a", "away_goals")


async def test_facts_of_report_gives_each_fact_as_that_report_stated_it(db_path):
    seed = facts("seed", [miami_lafc_second_leg(), lafc_miami_first_leg()])
    wrong = facts("other", [miami_lafc_second_leg(score=(2, 1), goals=None)])
    async with await SqliteStore.open(db_path) as store:
        first = await store.ingest(seed)
        second = await store.ingest(wrong)
        mine = await store.facts_of_report(first.report_id)
        assert sorted(m.score for m in mine.matches) == [(1, 0), (3, 1)]
        [tie] = mine.ties
        assert tie.aggregate == {"inter-miami": 3, "lafc": 2} and tie.inferred
        theirs = await store.facts_of_report(second.report_id)
        assert [m.score for m in theirs.matches] == [(2, 1)]
        assert theirs.matches[0].goals is None and theirs.ties == []
        assert [r.id for r in await store.reports()] == [1, 2]


async def test_a_report_whose_level_legs_no_rule_settles_states_no_tie(db_path):
    first = Match("team-a", "team-b", (1, 0), "Some Cup", "2024", leg=1)
    second = Match("team-b", "team-a", (2, 1), "Some Cup", "2024", leg=2)
    async with await SqliteStore.open(db_path) as store:
        result = await store.ingest(facts("legs only", [first, second]))
        mine = await store.facts_of_report(result.report_id)
        assert sorted(m.score for m in mine.matches) == [(1, 0), (2, 1)]
        assert mine.ties == []


async def test_one_report_stating_one_match_twice_keeps_both_statements(db_path):
    in_passing = miami_lafc_second_leg(goals=None, evidence="Miami beat LAFC 3-1")
    story = miami_lafc_second_leg(evidence="the story")
    async with await SqliteStore.open(db_path) as store:
        result = await store.ingest(facts("twice", [in_passing, story]))
        assert result.matches_added == 1 and result.conflicts == []
        mine = await store.facts_of_report(result.report_id)
        assert [m.evidence for m in mine.matches] == ["Miami beat LAFC 3-1", "the story"]
        assert [None if m.goals is None else len(m.goals) for m in mine.matches] == [None, 4]


async def test_legs_without_a_season_pair_only_within_one_report(db_path):
    first = Match("bayern-munich", "real-madrid", (2, 2), UCL, None, "semi-final", leg=1)
    second = Match("real-madrid", "bayern-munich", (2, 1), UCL, None, "semi-final", leg=2)
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("first", [first]))
        await store.ingest(facts("second", [second]))
        assert await store.ties_of("real-madrid") == []
        both = await store.ingest(facts("both", [first, second]))
        assert both.ties_added == 1
        [tie] = await store.ties_of("real-madrid")
        assert (tie.tie.aggregate, tie.tie.winner) == (
            {"real-madrid": 4, "bayern-munich": 3},
            "real-madrid",
        )


async def test_ties_of_a_team_come_newest_first(db_path):
    older = Tie(("ajax", "tottenham"), UCL, "2018-19", "semi-final", winner="tottenham")
    newer = Tie(("ajax", "real-madrid"), UCL, "2021-22", "round-of-16", winner="real-madrid")
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("old", ties=[older]))
        await store.ingest(facts("new", ties=[newer]))
        seasons = [t.tie.season for t in await store.ties_of("ajax")]
        assert seasons == ["2021-22", "2018-19"]
        assert [t.tie.season for t in await store.ties_of("ajax", limit=1)] == ["2021-22"]


async def test_a_tie_named_only_by_its_winner_joins_the_tie_of_that_season_only(db_path):
    old = Tie(("real-madrid", "manchester-city"), UCL, "2021-22", "semi-final")
    old.winner, old.decided_by = "real-madrid", "extra_time"
    current = Tie(("real-madrid", "manchester-city"), UCL, "2023-24", "quarter-final")
    current.winner, current.decided_by = "real-madrid", "penalties"
    in_passing = Tie(("manchester-city", "real-madrid"), winner="real-madrid")
    in_passing.decided_by = "penalties"
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("2022", ties=[old], published="2022-05-05"))
        alone = await store.ingest(facts("a", ties=[in_passing], published="2024-04-17"))
        assert alone.ties_added == 1 and alone.conflicts == []
        await store.ingest(facts("2024", ties=[current], published="2024-04-18"))
        joined = await store.ingest(facts("b", ties=[in_passing], published="2024-04-20"))
        assert joined.ties_added == 0 and joined.conflicts == []
        old_tie = [t for t in await store.ties_of("real-madrid") if t.tie.season == "2021-22"]
        assert old_tie[0].tie.decided_by == "extra_time" and old_tie[0].conflicts == ()


async def test_a_report_whose_legs_deny_its_own_winner_tells_no_winner(db_path):
    """A report that says LAFC went through while its legs add up to Inter Miami (one of
    the two read wrong): the store tells neither winner, since it cannot know which."""
    said = miami_lafc_tie(winner="lafc", aggregate=None, decided_by=None)
    legs = [miami_lafc_second_leg(), lafc_miami_first_leg()]
    async with await SqliteStore.open(db_path) as store:
        await store.ingest(facts("self-contradicting", legs, [said]))
        assert [s.tie.winner for s in await store.ties_between("lafc", "inter-miami")] in (
            [],
            [None],
        )
