"""Team names in queries: aliases in both languages, abbreviations, typos, ambiguity."""

from __future__ import annotations

import pytest

from tests.support import facts


@pytest.mark.parametrize(
    "query",
    [
        "/result Inter Miami",
        "/result inter miami cf",
        "/result MIAMI",
        "/result Los Angeles FC",
        "/result lafc",
        "/result L.A. FC",
    ],
)
async def test_aliases_and_case_find_the_same_match(ask, query):
    _, text = await ask(query)
    assert "Inter Miami 3–1 LAFC" in text


async def test_typos_are_tolerated(ask):
    _, text = await ask("/tie monterey inter miam")
    assert "CF Monterrey 5–2 Inter Miami" in text
    _, text = await ask("/tie tottenhm ajx")
    assert "Tottenham Hotspur go through on away goals." in text


@pytest.fixture
async def with_inter_milan(store):
    await store.ingest(
        facts.ReportFacts(
            facts.report("reports/derby.txt", "2024-04-23"),
            [
                facts.Match(
                    "ac-milan", "inter-milan", (1, 2), "Serie A", "2023-24", date="2024-04-22"
                )
            ],
        )
    )
    return store


async def test_an_ambiguous_name_gets_a_question_with_choices(with_inter_milan, core, ask):
    core.invalidate()
    reply, text = await ask("/result inter")
    assert reply.kind == "question"
    assert text.startswith("Which team do you mean by “inter”?")
    labels = [c.label for c in reply.choices]
    assert labels == ["Inter Miami", "Inter Milan"]
    assert [c.command for c in reply.choices] == ["/result inter-miami", "/result inter-milan"]
    picked, text = await ask(reply.choices[1].command)
    assert "AC Milan 1–2 Inter Milan" in text
    reply, _ = await ask("/result inter", "de")
    assert [c.label for c in reply.choices] == ["Inter Miami", "Inter Mailand"]


async def test_ambiguous_name_in_a_tie_keeps_the_other_team(with_inter_milan, core, ask):
    core.invalidate()
    reply, _ = await ask("/tie inter ajax")
    assert reply.kind == "question"
    assert [c.command for c in reply.choices] == ["/tie inter-miami ajax", "/tie inter-milan ajax"]
    _, text = await ask(reply.choices[0].command)
    assert text == "I have no tie between Inter Miami and Ajax stored."


@pytest.mark.parametrize("query", ["/tie inter lafc", "/tie lafc inter", "/result inter lafc"])
async def test_an_ambiguous_name_beside_its_only_stored_opponent_needs_no_question(
    with_inter_milan, core, ask, query
):
    core.invalidate()
    reply, text = await ask(query)
    assert reply.kind == "answer"
    assert "Inter Miami 3–1 LAFC" in text
    _, german = await ask(query, "de")
    assert "Inter Miami 3:1 LAFC" in german


async def test_only_teams_the_store_holds_make_a_name_ambiguous(ask):
    reply, text = await ask("/result inter")
    assert reply.kind == "answer"
    assert "Inter Miami 3–1 LAFC" in text


async def test_german_and_english_names_both_work(ask, store, core):
    await store.ingest(
        facts.ReportFacts(
            facts.report("reports/bayern.txt", "2024-04-18", "de"),
            [
                facts.Match(
                    "bayern-munich",
                    "arsenal",
                    (1, 0),
                    "UEFA Champions League",
                    "2023-24",
                    "quarter-final",
                    leg=2,
                    date="2024-04-17",
                )
            ],
        )
    )
    core.invalidate()
    for name in ("Bayern", "FC Bayern München", "Bayern Munich", "bayern münchen"):
        _, text = await ask(f"/result {name} arsenal")
        assert "Bayern Munich 1–0 Arsenal" in text, name
    _, german = await ask("/result fc bayern munchen", "de")
    assert "FC Bayern München 1:0 FC Arsenal" in german


async def test_completion_offers_teams_the_store_holds(core):
    found = await core.complete_teams("mia", "en")
    assert found[0] == ("Inter Miami", "inter-miami")
    assert all(value != "inter-milan" for _, value in found)
    assert ("CF Monterrey", "monterrey") in await core.complete_teams("monte", "de")
    assert len(await core.complete_teams("", "en", limit=3)) == 3
    junk = await core.complete_teams("\x00<b>'; DROP TABLE matches; --" * 200, "en")
    assert len(junk) <= 25
    assert len(await core.complete_teams("", "en")) == 9


@pytest.mark.parametrize("lang", ["en", "de"])
async def test_a_word_of_a_stored_teams_name_finds_it(ask, lang):
    _, text = await ask("/tie hotspur ajax", lang)
    assert "Tottenham Hotspur" in text and ("away goals" in text or "Auswärtstor" in text)
    _, text = await ask("/result angeles", lang)
    assert "Inter Miami 3–1 LAFC" in text or "Inter Miami 3:1 LAFC" in text


async def test_a_word_two_stored_teams_share_gets_a_question(ask, store, core):
    await store.ingest(
        facts.ReportFacts(
            facts.report("reports/galaxy.txt", "2024-10-20"),
            [
                facts.Match(
                    "la-galaxy", "seattle-sounders", (2, 1), "MLS", "2024", date="2024-10-19"
                )
            ],
        )
    )
    core.invalidate()
    reply, text = await ask("/result angeles")
    assert reply.kind == "question"
    assert text.startswith("Which team do you mean by “angeles”?")
    assert [c.command for c in reply.choices] == ["/result la-galaxy", "/result lafc"]
    reply, _ = await ask("/result angeles", "de")
    assert reply.kind == "question" and len(reply.choices) == 2


def test_words_of_names_are_for_people_typing_not_for_the_reader():
    from bot.teams.resolver import TeamResolver

    resolver = TeamResolver.default()
    assert resolver.lookup("hotspur").status == "unknown"
    found = resolver.lookup("hotspur", partial=True)
    assert found.status == "found" and found.team.id == "tottenham" and found.fuzzy
    assert resolver.lookup("saint germain", partial=True).team.id == "psg"
    assert resolver.lookup("the", partial=True).status == "unknown"
