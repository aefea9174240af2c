"""/tie as a user reads it, in English and German, on hand-built facts in a real store."""

from __future__ import annotations

from bot.facts import Goal
from tests.support import facts


async def test_miami_lafc_in_english(ask):
    reply, text = await ask("/tie miami lafc", "en")
    assert reply.kind == "answer"
    assert "CONCACAF Champions Cup 2025, quarter-final" in text
    assert "First leg\nLAFC 1–0 Inter Miami" in text
    assert "Second leg\nInter Miami 3–1 LAFC\n9 April 2025" in text
    assert "Goals: Long 9', Messi 35', Allen 61', Messi 84' (pen.)" in text
    assert "Inter Miami 3–2 LAFC\nInter Miami go through on aggregate." in text
    assert reply.footer == "Source: 003_96e9363078674a3a.txt (10 April 2025)"
    assert text.endswith(reply.footer)


async def test_miami_lafc_in_german(ask):
    _, text = await ask("/tie miami lafc", "de")
    assert "CONCACAF Champions Cup 2025, Viertelfinale" in text
    assert "Hinspiel\nLAFC 1:0 Inter Miami" in text
    assert "Rückspiel\nInter Miami 3:1 LAFC\n9. April 2025" in text
    assert "Tore: Long 9., Messi 35., Allen 61., Messi 84. (Elfmeter)" in text
    assert (
        "Gesamtergebnis\nInter Miami 3:2 LAFC\nInter Miami ist nach Gesamtergebnis weiter." in text
    )
    assert text.endswith("Quelle: 003_96e9363078674a3a.txt (10. April 2025)")
    assert "–" not in text.replace(" – ", "")


async def test_monterrey_multi_word_names_in_german(ask):
    _, text = await ask("/tie monterrey inter miami", "de")
    assert "CF Monterrey 5:2 Inter Miami\nCF Monterrey ist nach Gesamtergebnis weiter." in text
    assert "Platzverweis: Alba (Inter Miami), Gelb-Rot (77.)" in text
    assert "April 2024" in text


async def test_sending_off_in_english(ask):
    _, text = await ask("/tie inter miami monterrey", "en")
    assert "Sent off: Alba (Inter Miami), second yellow (77')" in text


async def test_bot_suffix_case_and_team_order_do_not_matter(ask):
    _, expected = await ask("/tie miami lafc")
    for variant in (
        "/tie@sportsbot LAFC Miami",
        "/TIE Los Angeles FC inter miami",
        "tie lafc miami",
    ):
        _, text = await ask(variant)
        assert text == expected, variant


async def test_away_goals(ask):
    _, text = await ask("/tie spurs ajax")
    assert "Tottenham Hotspur 3–3 Ajax" in text or "Ajax 3–3 Tottenham Hotspur" in text
    assert "Tottenham Hotspur go through on away goals." in text
    _, german = await ask("/tie spurs ajax", "de")
    assert "Tottenham Hotspur ist dank der Auswärtstorregel weiter." in german
    assert "Ajax Amsterdam" in german


async def test_extra_time(ask):
    _, text = await ask("/tie real madrid man city")
    assert "Real Madrid 3–1 Manchester City (a.e.t.)" in text
    assert "Rodrygo 90', Rodrygo 90+1', Benzema 95' (pen.)" in text
    assert "Real Madrid 6–5 Manchester City\nReal Madrid go through after extra time." in text
    _, german = await ask("/tie real madrid man city", "de")
    assert "Real Madrid 3:1 Manchester City (n.V.)" in german
    assert "Rodrygo 90., Rodrygo 90.+1, Benzema 95. (Elfmeter)" in german
    assert "Real Madrid ist nach Verlängerung (n.V.) weiter." in german


async def test_penalties(ask):
    _, text = await ask("/tie tigres columbus")
    assert "Tigres UANL 1–1 Columbus Crew (a.e.t.; 3–4 on penalties)" in text
    assert "Columbus Crew go through on penalties, 4–3." in text
    _, german = await ask("/tie tigres columbus", "de")
    assert "Tigres UANL 1:1 Columbus Crew (n.V.; 3:4 i.E.)" in german
    assert "Columbus Crew ist im Elfmeterschießen weiter, 4:3 i.E." in german


async def test_first_leg_only_says_what_each_side_needs(ask):
    _, text = await ask("/tie miami lafc 2024")
    assert "First leg\nLAFC 2–1 Inter Miami\n6 March 2024" in text
    assert "Second leg\nNo report of this leg is stored." in text
    assert "Inter Miami (at home) go through with a win by 2 goals or more." in text
    assert "Then away goals decide: Inter Miami go through if LAFC do not score." in text
    assert "LAFC (away) go through with a draw or better." in text
    assert "LAFC go through scoring at least 2 goals." in text
    assert "With away goals level too: extra time." in text
    assert "go through on" not in text
    assert text.endswith("Source: Leg one (7 March 2024)")
    _, german = await ask("/tie miami lafc 2024", "de")
    assert "Hinspiel\nLAFC 2:1 Inter Miami\n6. März 2024" in german
    assert "Inter Miami (zu Hause) reicht ein Sieg mit mindestens 2 Toren Unterschied." in german
    assert "LAFC (auswärts) reicht ein Unentschieden oder besser." in german


async def test_several_ties_show_the_latest_and_name_the_others(ask):
    _, text = await ask("/tie miami lafc")
    assert "CONCACAF Champions Cup 2025, quarter-final" in text
    assert "Also stored\nCONCACAF Champions Cup 2024, round of 16" in text
    reply, _ = await ask("/tie miami lafc")
    assert [(c.label, c.command) for c in reply.choices] == [
        ("CONCACAF Champions Cup 2024, round of 16", "/tie lafc inter-miami 2024")
    ]
    _, older = await ask(reply.choices[0].command)
    assert "LAFC 2–1 Inter Miami" in older
    _, german = await ask("/tie miami lafc", "de")
    assert "Außerdem gespeichert\nCONCACAF Champions Cup 2024, Achtelfinale" in german


async def test_season_picks_an_older_tie(ask):
    _, text = await ask("/tie monterrey inter miami 2024")
    assert "CF Monterrey 5–2 Inter Miami" in text
    reply, text = await ask("/tie monterrey inter miami 2019")
    assert reply.kind == "notice"
    assert text.startswith("I have no tie between CF Monterrey and Inter Miami in 2019 stored.")


async def test_a_tie_not_stored(ask):
    reply, text = await ask("/tie bayern arsenal")
    assert reply.kind == "notice"
    assert text == "I have no tie between Bayern Munich and Arsenal stored."
    _, german = await ask("/tie bayern arsenal", "de")
    assert german == "Ich habe kein Duell zwischen FC Bayern München und FC Arsenal gespeichert."


async def test_no_tie_but_a_match_points_to_result(ask, store):
    await store.ingest(
        facts.ReportFacts(
            facts.report("reports/friendly.txt", "2024-07-30"),
            [facts.Match("bayern-munich", "arsenal", (2, 2), "Friendly", date="2024-07-29")],
        )
    )
    _, text = await ask("/tie bayern arsenal")
    assert "Their latest match: /result bayern-munich arsenal" in text


async def test_unknown_teams_get_no_team_called(ask):
    reply, text = await ask("/tie xyz abc")
    assert reply.is_error
    assert "No team called “xyz”." in text
    assert "No team called “abc”." in text
    _, german = await ask("/tie xyz abc", "de")
    assert "Ich kenne keine Mannschaft namens „xyz“." in german


async def test_unknown_team_suggests_close_names_the_store_knows(ask):
    reply, text = await ask("/tie columbos crow xyzzy")
    assert reply.is_error
    assert "No team called “xyzzy”." in text


async def test_bare_tie(ask):
    reply, answer = await ask("/tie")
    assert reply.is_error
    assert answer == "Name two teams, for example: /tie miami lafc"
    _, german = await ask("/tie", "de")
    assert german == "Nenne zwei Mannschaften, zum Beispiel: /tie miami lafc"


async def test_one_team_shows_its_latest_tie_and_names_the_others(ask):
    for text in ("/tie miami", "/tie inter miami", "/tie lafc los angeles fc"):
        reply, answer = await ask(text)
        assert reply.kind == "answer", text
        assert answer.startswith("LAFC v Inter Miami\n\nCONCACAF Champions Cup 2025"), text
    _, answer = await ask("/tie inter miami")
    assert (
        "Also stored\nCONCACAF Champions Cup 2024, quarter-final: Inter Miami v CF Monterrey"
        in answer
    )
    reply, _ = await ask("/tie miami")
    assert [c.command for c in reply.choices] == ["/tie inter-miami monterrey 2024"]
    _, german = await ask("/tie miami 2024", "de")
    assert german.startswith("Inter Miami gegen CF Monterrey")
    reply, text = await ask("/tie bvb")
    assert reply.kind == "notice"
    assert text == "I have no tie of Borussia Dortmund stored."
    _, german = await ask("/tie bvb", "de")
    assert german == "Ich habe kein Duell von Borussia Dortmund gespeichert."


def _other_take():
    """The Miami-LAFC report again, as a second report that states no tie of its own."""
    other = facts.miami_lafc()
    other.report = facts.report("reports/other-take.txt", "2025-04-11", title="Other take")
    other.ties = []
    return other


async def test_conflicting_reports_are_named(ask, store):
    other = _other_take()
    other.matches[0].score = (3, 2)
    other.matches[0].goals = None
    result = await store.ingest(other)
    assert result.conflicts
    _, text = await ask("/tie miami lafc")
    assert "Reports disagree\nScore: 3–1 (shown) or 3–2 (Other take, 11 April 2025)" in text
    assert "Inter Miami 3–1 LAFC" in text
    _, german = await ask("/tie miami lafc", "de")
    assert (
        "Die Berichte widersprechen sich\nErgebnis: 3:1 (angezeigt) oder 3:2"
        " (Other take, 11. April 2025)" in german
    )


async def test_a_goal_the_score_has_no_room_for_is_named_with_names_and_minutes(ask, store):
    """Another report gives the second leg a fourth Inter Miami goal: the three stored
    already make up Miami's score, so the reply names the extra goal as not fitting it,
    with the team's name and the minute as each language writes minutes."""
    other = _other_take()
    second = next(m for m in other.matches if m.leg == 2)
    second.goals = [*second.goals, Goal("inter-miami", "Luis Suárez", 90, added=2)]
    result = await store.ingest(other)
    assert result.conflicts
    _, text = await ask("/tie miami lafc")
    assert (
        "Reports disagree\nGoal: Luis Suárez (Inter Miami) 90+2' (Other take, 11 April 2025)"
        " does not fit the score shown" in text
    )
    _, german = await ask("/tie miami lafc", "de")
    assert (
        "Die Berichte widersprechen sich\nTor: Luis Suárez (Inter Miami) 90.+2"
        " (Other take, 11. April 2025) passt nicht zum angezeigten Ergebnis" in german
    )


async def test_a_home_side_in_dispute_is_named_by_team(ask, store):
    other = _other_take()
    first = next(m for m in other.matches if m.leg == 1)
    first.home, first.away = first.away, first.home
    first.score = (first.score[1], first.score[0])
    first.goals = None
    await store.ingest(other)
    _, text = await ask("/tie miami lafc")
    assert "Home side: LAFC (shown) or Inter Miami (Other take, 11 April 2025)" in text
    _, german = await ask("/tie miami lafc", "de")
    assert (
        "Heimmannschaft: LAFC (angezeigt) oder Inter Miami (Other take, 11. April 2025)" in german
    )


async def test_unknown_team_suggests_a_close_name_the_store_holds(ask):
    reply, text = await ask("/team tottxx")
    assert reply.is_error
    assert text == "No team called “tottxx”.\nClosest names I know: Tottenham Hotspur."
    _, german = await ask("/team tottxx", "de")
    assert german == (
        "Ich kenne keine Mannschaft namens „tottxx“.\nAm nächsten kommen: Tottenham Hotspur."
    )


async def _first_leg(store, core, match):
    await store.ingest(
        facts.ReportFacts(facts.report(f"reports/{match.home}.txt", "2024-04-10"), [match])
    )
    core.invalidate()


async def test_needs_without_away_goals_go_to_extra_time(ask, store, core):
    ucl = "UEFA Champions League"
    leg = facts.Match("arsenal", "bayern-munich", (2, 2), ucl, "2023-24", "quarter-final", 1)
    await _first_leg(store, core, leg)
    _, text = await ask("/tie bayern arsenal")
    assert "Bayern Munich (at home) go through with any win." in text
    assert "A draw levels the aggregate. Then extra time follows." in text
    assert "Arsenal (away) go through with any win." in text
    assert "away goals" not in text
    _, german = await ask("/tie bayern arsenal", "de")
    assert "FC Bayern München (zu Hause) reicht ein Sieg." in german
    assert "Dann folgt eine Verlängerung." in german


async def test_needs_where_the_rules_are_not_known(ask, store, core):
    leg = facts.Match("arsenal", "bayern-munich", (0, 1), "Friendly Cup", "2024", "final", 1)
    await _first_leg(store, core, leg)
    _, text = await ask("/tie bayern arsenal")
    assert "Bayern Munich (at home) go through with a draw or better." in text
    assert "Arsenal (away) go through with a win by 2 goals or more." in text
    assert "What follows a level aggregate in this competition is not known to me." in text
    assert "not confirmed" not in text


async def test_a_tie_stated_by_a_report_without_its_legs(ask, store, core):
    stated = facts.Tie(
        ("arsenal", "bayern-munich"),
        "UEFA Champions League",
        "2023-24",
        "quarter-final",
        winner="bayern-munich",
        decided_by=None,
    )
    await store.ingest(
        facts.ReportFacts(facts.report("reports/glance.txt", "2024-04-18"), ties=[stated])
    )
    core.invalidate()
    _, text = await ask("/tie bayern arsenal")
    assert "The results of the two legs are not stored." in text
    assert "Who went through\nBayern Munich go through." in text
    assert "First leg" not in text and "Aggregate" not in text
    assert text.endswith("Source: glance.txt (18 April 2024)")
    _, german = await ask("/tie bayern arsenal", "de")
    assert "Wer weiter ist\nFC Bayern München ist weiter." in german


async def test_scorers_with_a_family_suffix_keep_their_given_name(ask, store, core):
    leg = facts.Match("bayern-munich", "real-madrid", (2, 2), "UEFA Champions League", "2023-24")
    leg.stage, leg.leg = "semi-final", 1
    leg.goals = [
        facts.Goal("real-madrid", "Vinícius Júnior", 24),
        facts.Goal("bayern-munich", "Leroy Sané", 53),
        facts.Goal("bayern-munich", "Harry Kane", 57, penalty=True),
        facts.Goal("real-madrid", "Vinícius Júnior", 83, penalty=True),
    ]
    await _first_leg(store, core, leg)
    _, text = await ask("/tie bayern real")
    assert (
        "Goals: Vinícius Júnior 24', Sané 53', Kane 57' (pen.), Vinícius Júnior 83' (pen.)" in text
    )
    _, german = await ask("/tie bayern real", "de")
    assert (
        "Tore: Vinícius Júnior 24., Sané 53., Kane 57. (Elfmeter), Vinícius Júnior 83. (Elfmeter)"
        in german
    )


async def test_a_scorer_list_that_is_not_whole_says_how_many_goals_it_names(ask, store, core):
    leg = facts.Match("porto", "juventus", (2, 1), "UEFA Champions League", "2020-21")
    leg.stage, leg.leg = "round of 16", 1
    leg.goals = [facts.Goal("juventus", "Federico Chiesa", 82)]
    await _first_leg(store, core, leg)
    _, text = await ask("/tie porto juventus")
    assert "Porto 2–1 Juventus\nGoals (1 of 3 known): Chiesa 82'" in text
    _, german = await ask("/tie porto juventus", "de")
    assert "FC Porto 2:1 Juventus Turin\nTore (1 von 3 bekannt): Chiesa 82." in german


async def test_an_older_tie_without_a_season_is_told_by_its_result(ask, store):
    """A tie told in passing with no season has no `/tie ... SEASON` to show it; its stage
    alone would read like any other, so its aggregate or a leg's result is named."""
    await store.ingest(
        facts.ReportFacts(
            facts.report("reports/column.txt", "2024-05-01", text="an old semi-final"),
            [
                facts.Match("lafc", "inter-miami", (4, 0), None, None, "semi-final", leg=1),
            ],
            [
                facts.Tie(
                    ("inter-miami", "lafc"),
                    None,
                    None,
                    "final",
                    aggregate={"inter-miami": 1, "lafc": 5},
                    winner="lafc",
                    decided_by="aggregate",
                )
            ],
        )
    )
    _, text = await ask("/tie miami lafc")
    assert "final; Aggregate: Inter Miami 1–5 LAFC" in text
    assert "semi-final; First leg: LAFC 4–0 Inter Miami" in text
    _, german = await ask("/tie miami lafc", "de")
    assert "Finale; Gesamtergebnis: Inter Miami 1:5 LAFC" in german
    assert "Halbfinale; Hinspiel: LAFC 4:0 Inter Miami" in german
