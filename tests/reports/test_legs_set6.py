"""More phrase families from the sixth dev set, on legs, ties and round-ups, each checked
with sentences written here: a deficit carried from the first leg, `the return 2-0`,
extra time after an aggregate, a line score, a rout, a round-up's listed opponent."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read, tie


def test_deficit_from_the_first_leg_is_not_this_results_leg():
    facts = read(
        " date 2022-05-06 GLASGOW, Scotland — Rangers reached the final on Thursday, beating "
        "RB Leipzig 3-1 at Ibrox to overturn a one-goal deficit from the first leg and win "
        "the Europa League semifinal 3-2 on aggregate. Leipzig had won the opening game 1-0 "
        "in Germany last week."
    )
    assert match(facts, "rangers", "rb-leipzig").leg == 2
    assert match(facts, "rb-leipzig", "rangers").leg == 1


def test_score_from_the_first_leg_keeps_its_leg():
    facts = read(
        " date 2024-04-17 Borussia Dortmund hatte am Dienstag im eigenen Stadion mit einem 4:2 "
        "gegen Atlético Madrid das 1:2 aus dem Hinspiel in Madrid wettgemacht."
    )
    assert match(facts, "atletico-madrid", "borussia-dortmund").leg == 1


def test_aggregate_after_extra_time_decides_by_extra_time_not_the_leg():
    facts = read(
        " date 2022-05-06 Rangers beat RB Leipzig 3-1 at Ibrox on Thursday in the Europa "
        "League semifinal. Rangers recovered in the quarterfinals from a 1-0 "
        "loss in Portugal to beat Braga 3-2 on aggregate after extra time."
    )
    first = match(facts, "braga", "rangers")
    assert first.extra_time is not True
    found = tie(facts, "rangers", "braga")
    assert found.aggregate == {"rangers": 3, "braga": 2}
    assert found.decided_by == "extra_time"


def test_glance_line_with_aet_then_aggregate_is_decided_in_extra_time():
    facts = read(
        " date 2019-03-15 Europa League At A Glance\n\nRound of 16, second legs\n\n"
        "Thursday, March 14\n\nSlavia Prague 4, Sevilla 3, aet\n"
        "Slavia Prague advanced 6-5 on aggregate.\n\nArsenal 3, Rennes 0\n"
        "Arsenal advanced 4-3 on aggregate."
    )
    assert tie(facts, "slavia-prague", "sevilla").decided_by == "extra_time"
    assert tie(facts, "arsenal", "rennes").decided_by == "aggregate"


def test_team_of_a_later_aggregate_is_not_the_opponent_of_an_earlier_one():
    facts = read(
        " date 2022-05-06 Rangers reached the final. They won 4-2 in Dortmund in February and "
        "went through 6-4 on aggregate, and in the quarterfinals they lost 1-0 in Portugal "
        "before beating Braga 3-2 on aggregate after extra time."
    )
    braga = [t for t in facts.ties if "braga" in t.teams]
    assert all(t.aggregate in (None, {"rangers": 3, "braga": 2}) for t in braga)


def test_earlier_final_of_the_same_pair_is_no_second_leg():
    facts = read(
        " date 2023-04-19 ROME — Feyenoord beat Roma 1-0 in the first leg of the Europa League "
        "quarterfinal in Rotterdam last Thursday. The two clubs met in the final of the Europa "
        "Conference League in Tirana last May, when Nicolo Zaniolo's goal gave Roma a 1-0 win."
    )
    finals = [m for m in facts.matches if m.stage == "final"]
    assert all(m.leg is None for m in finals)
    assert match(facts, "feyenoord", "roma").leg == 1


def test_box_score_line_score_states_the_main_match_and_joins_its_shootout():
    facts = read(
        " date 2021-12-12 SEATTLE (AP) — The Seattle Sounders won the cup on Saturday, "
        "beating Toronto FC 4-2 in a penalty shootout in front of a full house at Lumen "
        "Field.\n\nScoring summary:\n\nToronto FC 0 1 0 0 - 1\nSeattle Sounders 1 0 0 0 - 1"
        "\n\nPenalty kicks: Seattle Sounders 4, Toronto FC 2."
    )
    final = match(facts, "seattle-sounders", "toronto-fc")
    assert final.score == (1, 1)
    assert final.penalties == (4, 2)


def test_rows_that_do_not_add_up_are_no_line_score():
    facts = read(
        " date 2021-12-12 SEATTLE (AP) — The Seattle Sounders played Toronto FC on Saturday "
        "in front of a full house at Lumen Field.\n\n"
        "Toronto FC 0 1 0 0 - 2\nSeattle Sounders 1 0 0 0 - 1"
    )
    assert pairs(facts) == set()


def test_rout_at_a_ground_is_a_win_for_the_subject_and_suffered_one_a_loss():
    won = read(
        " date 2009-05-07 Barcelona, far ahead at the top of the table after Saturday's 6-2 "
        "rout at Real Madrid, play Athletic Bilbao next week."
    )
    assert ("real-madrid", "barcelona", (2, 6)) in pairs(won)
    lost = read(
        " date 2009-05-07 Real Madrid suffered a 2-6 rout at home against Barcelona on "
        "Saturday and trail by seven points."
    )
    assert ("real-madrid", "barcelona", (2, 6)) in pairs(lost)


def test_pronoun_subject_after_a_round_phrase_is_the_story_subject():
    facts = read(
        " date 2013-07-25 Atletico Mineiro won the Copa Libertadores on Wednesday, beating "
        "Olimpia 4-3 on penalties at the Mineirao. Atletico Mineiro had a hard road. In the "
        "semi-finals they lost 2-0 in Rosario to Newell's Old Boys, won the return 2-0 in "
        "Belo Horizonte and went through 3-2 on penalties."
    )
    first = match(facts, "newells", "atletico-mineiro")
    second = match(facts, "atletico-mineiro", "newells")
    assert (first.score, first.leg) == ((2, 0), 1)
    assert (second.score, second.leg) == ((2, 0), 2)


def test_round_phrase_before_a_named_subject_is_not_a_pronoun():
    facts = read(
        " date 2013-07-25 Atletico Mineiro won the Copa Libertadores on Wednesday at the "
        "Mineirao. In the semi-finals Newell's Old Boys lost 2-0 to Olimpia in Asuncion."
    )
    assert ("newells", "atletico-mineiro") not in {(m.home, m.away) for m in facts.matches}
    assert ("atletico-mineiro", "newells") not in {(m.home, m.away) for m in facts.matches}


def test_team_right_after_a_place_name_is_not_governed_by_its_preposition():
    facts = read(
        " date 2022-12-10 Croatia beat Brazil on penalties in the World Cup quarter-final on "
        "Friday. Four years ago in Russia Croatia reached the final and lost 4-2 to France "
        "in Moscow."
    )
    assert ("france", "croatia", (4, 2)) in pairs(facts) or (
        "croatia",
        "france",
        (2, 4),
    ) in pairs(facts)


def test_glance_heading_with_round_and_leg_sets_the_leg():
    facts = read(
        " date 2019-03-15 Europa League At A Glance\n\nRound of 16, second legs\n"
        "Home teams listed first\n\nThursday, March 14\n\nArsenal 3, Rennes 0\n"
        "Arsenal advanced 4-3 on aggregate.\n\nDynamo Kyiv 0, Chelsea 5\n"
        "Chelsea advanced 8-0 on aggregate."
    )
    assert match(facts, "arsenal", "rennes").leg == 2
    assert match(facts, "dynamo-kyiv", "chelsea").leg == 2


def test_round_up_first_leg_told_with_one_team_takes_its_listed_opponent():
    facts = read(
        " date 2019-03-15 Europa League At A Glance\n\nRound of 16, second legs\n\n"
        "Red Bull Salzburg 3, Napoli 1\nNapoli advanced 4-3 on aggregate.\n\n"
        "Arsenal 3, Rennes 0\nArsenal advanced 4-3 on aggregate.\n\n"
        "Salzburg scored three times but could not overturn the 3-0 loss from the first leg "
        "in Naples."
    )
    first = match(facts, "napoli", "rb-salzburg")
    assert (first.score, first.leg) == ((3, 0), 1)


def test_without_a_leg_word_a_lone_team_gets_no_listed_opponent():
    facts = read(
        " date 2019-03-15 Europa League At A Glance\n\nRound of 16, second legs\n\n"
        "Red Bull Salzburg 3, Napoli 1\nNapoli advanced 4-3 on aggregate.\n\n"
        "Arsenal 3, Rennes 0\nArsenal advanced 4-3 on aggregate.\n\n"
        "Salzburg lost 3-0 at home to a league rival in Austria on Sunday."
    )
    assert ("rb-salzburg", "napoli", (0, 3)) not in pairs(facts)
    assert ("napoli", "rb-salzburg", (3, 0)) not in pairs(facts)


def test_level_sum_beside_the_first_leg_gives_the_second_leg():
    facts = read(
        " date 2020-07-12 Ingolstadt (dpa) – Der 1. FC Nürnberg bleibt nach dem Rückspiel beim "
        "FC Ingolstadt am Samstag in der 2. Bundesliga. "
        "Weil die Franken das Relegations-Hinspiel am Dienstag im Max-Morlock-Stadion mit "
        "2:0 gewonnen hatten, stand es in der Addition 3:3 – das Auswärtstor entschied."
    )
    second = match(facts, "fc-ingolstadt", "fc-nurnberg")
    assert (second.score, second.leg) == ((3, 1), 2)
    assert match(facts, "fc-nurnberg", "fc-ingolstadt").leg == 1


def test_uneven_sum_beside_the_first_leg_gives_no_second_leg():
    facts = read(
        " date 2020-07-12 Ingolstadt (dpa) – Der 1. FC Nürnberg bleibt nach dem Rückspiel beim "
        "FC Ingolstadt am Samstag in der 2. Bundesliga. "
        "Weil die Franken das Relegations-Hinspiel am Dienstag im Max-Morlock-Stadion mit "
        "2:0 gewonnen hatten, stand es in der Addition 3:2."
    )
    assert all(m.leg != 2 for m in facts.matches)


def test_level_sum_with_extra_time_told_gives_no_second_leg():
    facts = read(
        " date 2020-07-12 Ingolstadt (dpa) – Der 1. FC Nürnberg bleibt nach dem Rückspiel beim "
        "FC Ingolstadt am Samstag in der 2. Bundesliga. Weil die Franken das Relegations-"
        "Hinspiel am Dienstag im Max-Morlock-Stadion mit 2:0 gewonnen hatten, stand es in der "
        "Addition 3:3 – es ging in die Verlängerung."
    )
    assert all(m.leg != 2 for m in facts.matches)


def test_levelling_score_told_last_before_a_shootout_is_the_final_score():
    german = read(
        " date 2022-02-06 Jaunde (SID) – Im Spiel um Platz drei des Afrika-Cups hatte Kamerun am "
        "Samstag gegen Burkina Faso bereits mit 0:3 zurückgelegen, ehe Vincent Aboubakar mit "
        "zwei späten "
        "Toren den Ausgleich zum 3:3 schaffte. Im Elfmeterschießen gewannen die Gastgeber mit "
        "5:3."
    )
    assert {m.score for m in german.matches} == {(3, 3)}
    english = read(
        " date 2023-05-28 Leeds trailed Fulham 0-2 on Saturday in the FA Cup final at Wembley "
        "before Patrick Bamford made it 2-2 in the 88th minute. Leeds won the shootout 4-2."
    )
    assert {m.score for m in english.matches} == {(2, 2)}


def test_levelling_score_followed_by_more_play_is_no_final_score():
    facts = read(
        " date 2022-02-06 Jaunde (SID) – Im Spiel um Platz drei des Afrika-Cups hatte Kamerun am "
        "Samstag gegen Burkina Faso bereits mit 0:3 zurückgelegen, ehe Vincent Aboubakar den "
        "Ausgleich zum "
        "3:3 schaffte. In der Nachspielzeit traf Burkina Faso noch zum 3:4."
    )
    assert all(m.score != (3, 3) for m in facts.matches)
