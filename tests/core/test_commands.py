"""/result, /results, /team, /lang and /help in both languages, as the user reads them."""

from __future__ import annotations

from bot.seam import ChatContext
from tests.support import facts


async def test_result_of_one_team(ask):
    reply, text = await ask("/result lafc")
    assert reply.kind == "answer"
    assert text.startswith("Latest match of LAFC\n\nCONCACAF Champions Cup 2025, quarter-final")
    assert "second leg\nInter Miami 3–1 LAFC\n9 April 2025" in text
    assert text.endswith("Source: 003_96e9363078674a3a.txt (10 April 2025)")
    _, german = await ask("/result lafc", "de")
    assert german.startswith("Letztes Spiel von LAFC\n\nCONCACAF Champions Cup 2025, Viertelfinale")
    assert "Rückspiel\nInter Miami 3:1 LAFC\n9. April 2025" in german
    assert german.endswith("Quelle: 003_96e9363078674a3a.txt (10. April 2025)")


async def test_result_between_two_teams(ask):
    _, text = await ask("/result monterrey inter miami")
    assert text.startswith("Latest match: CF Monterrey v Inter Miami")
    assert "CF Monterrey 3–1 Inter Miami\nApril 2024" in text
    assert "Sent off: Alba (Inter Miami), second yellow (77')" in text
    _, german = await ask("/result monterrey inter miami", "de")
    assert german.startswith("Letztes Spiel: CF Monterrey gegen Inter Miami")
    assert "Platzverweis: Alba (Inter Miami), Gelb-Rot (77.)" in german


async def test_result_without_a_stored_match(ask):
    reply, text = await ask("/result bayern")
    assert reply.kind == "notice"
    assert text == "I have no match of Bayern Munich stored."
    _, german = await ask("/result bayern", "de")
    assert german == "Ich habe kein Spiel von FC Bayern München gespeichert."
    reply, _ = await ask("/result")
    assert reply.is_error


async def test_a_league_match_is_not_said_to_be_in_a_league_phase(ask, store, core):
    matches = [
        facts.Match("fc-koln", "bayern-munich", (1, 2), "Bundesliga", "2022-23", "league"),
        facts.Match("arsenal", "psg", (2, 0), "UEFA Champions League", "2024-25", "league"),
    ]
    await store.ingest(facts.ReportFacts(facts.report("reports/day.txt", "2024-10-02"), matches))
    core.invalidate()
    _, text = await ask("/result koln")
    assert "\n\nBundesliga 2022-23\n1. FC Köln 1–2 Bayern Munich" in text
    _, german = await ask("/result koln", "de")
    assert "\n\nBundesliga 2022-23\n1. FC Köln 1:2 FC Bayern München" in german
    _, text = await ask("/result arsenal psg")
    assert "UEFA Champions League 2024-25, league phase\nArsenal 2–0" in text
    _, german = await ask("/result arsenal psg", "de")
    assert "Champions League 2024-25, Ligaphase\nFC Arsenal 2:0" in german


async def test_results_lists_recent_matches_newest_first(ask):
    _, text = await ask("/results miami 3")
    lines = text.split("\n")
    assert lines[0] == "The latest 3 matches of Inter Miami"
    assert lines[2] == "9 April 2025: Inter Miami 3–1 LAFC (CONCACAF Champions Cup)"
    assert lines[3] == "April 2024: CF Monterrey 3–1 Inter Miami (CONCACAF Champions Cup)"
    assert lines[4] == "6 March 2024: LAFC 2–1 Inter Miami (CONCACAF Champions Cup)"
    assert text.endswith(
        "\n\nSources: 003_96e9363078674a3a.txt (10 April 2025), "
        "000_5496311061ab4003.txt (April 2024) and Leg one (7 March 2024)"
    )
    _, german = await ask("/results miami 1", "de")
    assert german.startswith(
        "Das letzte Spiel von Inter Miami\n\n9. April 2025: Inter Miami 3:1 LAFC"
    )


async def test_results_count_is_bounded(ask):
    _, text = await ask("/results miami 999")
    assert text.startswith("The latest 5 matches of Inter Miami")
    assert "date not known: LAFC 1–0 Inter Miami" in text


async def test_team_summary(ask):
    _, text = await ask("/team inter miami")
    assert text.startswith("Inter Miami\n\n5 matches stored\nWon 1, drawn 0, lost 4")
    assert "From 6 March 2024 to 9 April 2025" in text
    assert "Competitions: CONCACAF Champions Cup" in text
    assert "Two-legged ties\nCONCACAF Champions Cup 2025, quarter-final, against LAFC" in text
    assert "Sources: " in text
    _, german = await ask("/team inter miami", "de")
    assert "5 Spiele gespeichert\nSiege: 1, Unentschieden: 0, Niederlagen: 4" in german
    assert "Zeitraum: 6. März 2024 bis 9. April 2025" in german


async def test_team_unknown_to_the_store(ask):
    reply, text = await ask("/team bvb")
    assert reply.kind == "notice"
    assert reply.title == "Borussia Dortmund"
    assert "I have no match of Borussia Dortmund stored." in text


async def test_help_in_both_languages(ask):
    reply, text = await ask("/help")
    assert reply.kind == "notice"
    assert "/tie TEAM TEAM [SEASON]: A two-legged tie" in text
    for name in ("/result", "/results", "/team", "/lang", "/help"):
        assert f"\n{name}" in text
    _, german = await ask("/help", "de")
    assert german.startswith("Worauf ich antworte")
    assert "/tie TEAM TEAM [SAISON]: Ein Duell mit Hin- und Rückspiel" in german


async def test_lang_sets_the_chat_language(core):
    chat = ChatContext("telegram", "42", "private", user_lang="en-US")
    assert await core.language_for(chat) == "en"
    reply = await core.handle_text("/lang de", chat)
    assert reply.language_changed == "de"
    assert reply.lang == "de"
    assert reply.as_text() == "Ab jetzt antworte ich hier auf Deutsch."
    assert await core.language_for(chat) == "de"
    reply = await core.handle_text("/tie miami lafc", chat)
    assert "Gesamtergebnis" in reply.as_text()
    reply = await core.handle_text("/lang EN", chat)
    assert reply.as_text() == "From now on I answer in English here."


async def test_language_falls_back_to_the_user_then_the_default(core):
    assert await core.language_for(ChatContext("discord", "1", user_lang="de-DE")) == "de"
    assert await core.language_for(ChatContext("discord", "2", user_lang="de")) == "de"
    assert await core.language_for(ChatContext("discord", "3", user_lang="fr")) == "en"
    assert await core.language_for(ChatContext("discord", "4")) == "en"


async def test_lang_is_refused_for_non_admins_in_groups(core):
    async def no() -> bool:
        return False

    async def yes() -> bool:
        return True

    group = ChatContext("telegram", "-100", "group", user_lang="de", admin_check=no)
    reply = await core.handle_text("/lang en", group)
    assert reply.is_error
    assert reply.language_changed is None
    assert reply.as_text() == "Nur die Admins der Gruppe können ihre Sprache ändern."
    assert await core.language_for(group) == "de"
    admin = ChatContext("telegram", "-100", "group", user_lang="de", admin_check=yes)
    reply = await core.handle_text("/lang en", admin)
    assert reply.language_changed == "en"
    assert await core.language_for(group) == "en"


async def test_lang_without_a_valid_language(ask):
    reply, text = await ask("/lang fr")
    assert reply.is_error
    assert text == (
        "I speak English (en) and German (de); this chat uses English.\nChange it with: /lang de"
    )


async def test_unknown_command_and_empty_text(ask):
    reply, text = await ask("/frobnicate now")
    assert reply.is_error
    assert text == "I don't know the command “/frobnicate”. /help lists what I can do."
    _, german = await ask("/frobnicate", "de")
    assert german == "Den Befehl „/frobnicate“ kenne ich nicht. /help zeigt, was ich kann."
    reply, text = await ask("   ")
    assert reply.is_error
    assert text == "Send a command, for example /tie miami lafc, or /help."


async def test_a_failing_command_becomes_a_localized_error(core, caplog):
    async def broken(request):
        raise RuntimeError("boom")

    from bot.commands import CommandSpec

    core.commands = {**core.commands, "broken": CommandSpec("broken", broken, "x")}
    reply = await core.handle_text("/broken", ChatContext("console", "1", user_lang="de"))
    assert reply.is_error
    assert reply.as_text() == (
        "Entschuldigung, bei mir ist etwas schiefgegangen; der Fehler wurde protokolliert."
    )
    assert "boom" in caplog.text
