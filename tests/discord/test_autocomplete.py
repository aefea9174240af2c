"""Team options autocomplete from the store: fuzzy, at most 25 choices, usable values."""

from __future__ import annotations

from tests.discord.driver import embed_text


async def test_mia_offers_inter_miami(bot, english):
    choices = await bot.autocomplete("tie", {"team": "mia"}, "team", english)

    assert {"name": "Inter Miami", "value": "inter-miami"} in choices
    assert len(choices) <= 25


async def test_a_typo_still_finds_the_team_and_the_value_answers_a_command(bot, english):
    choices = await bot.autocomplete("results", {"team": "bayren"}, "team", english)
    assert choices[0] == {"name": "Bayern Munich", "value": "bayern-munich"}

    choices = await bot.autocomplete(
        "tie", {"team": "inter-miami", "opponent": "los ang"}, "opponent", english
    )
    assert choices[0]["value"] == "lafc"
    asked = await bot.slash(
        "tie", {"team": "inter-miami", "opponent": choices[0]["value"]}, english
    )
    assert "3\u20132" in embed_text(bot.last_message(asked))


async def test_an_empty_prefix_offers_known_teams(bot, german):
    choices = await bot.autocomplete("team", {"team": ""}, "team", german, locale="de")

    values = {c["value"] for c in choices}
    assert {"inter-miami", "lafc", "inter-milan", "bayern-munich"} <= values
    assert "Inter Mailand" in {c["name"] for c in choices}
