"""Goal families of round 11 (sets 20-26): goal verbs told with a long subject or a
score put "up", relative times that have no sure anchor, and a person's aside about
another leg; sentences written for these tests."""

from __future__ import annotations

import re

from bot.facts import Match
from bot.reports.goals import minutes as goalminutes
from tests.reports.helpers import goals_for


def timed(match: Match) -> list[tuple]:
    return [(g.player, g.minute) for g in match.goals or [] if g.minute is not None]


def test_a_separable_nach_after_a_long_subject_tells_the_goal_de():
    (match,) = goals_for(
        "Der BVB gewann gegen den FC Porto mit 2:0. Karim Adeyemi traf in der 20. Minute "
        "zum 1:0. Nur vier Minuten später legte der eingewechselte Julian Brandt mit einem "
        "Flachschuss nach, und damit war die Partie entschieden.",
        Match("borussia-dortmund", "porto", (2, 0)),
        lang="de",
    )
    assert timed(match) == [("Karim Adeyemi", 20), ("Julian Brandt", 24)]


def test_a_separable_nach_before_a_bracketed_minute_de():
    (match,) = goals_for(
        "Der BVB gewann gegen den FC Porto mit 2:0. Julian Brandt traf in der 30. Minute "
        "zum 1:0, kurz darauf legte der von Chelsea ausgeliehene Ian Maatsen nach (35.).",
        Match("borussia-dortmund", "porto", (2, 0)),
        lang="de",
    )
    assert timed(match) == [("Julian Brandt", 30), ("Ian Maatsen", 35)]


def test_nach_as_a_preposition_after_legte_is_no_goal_de():
    (match,) = goals_for(
        "Der BVB gewann gegen den FC Porto mit 1:0. Julian Brandt traf in der 30. Minute "
        "zum 1:0. In der 60. Minute legte der eingewechselte Marco Reus den Ball nach einer "
        "Ecke quer, doch niemand kam an ihn heran.",
        Match("borussia-dortmund", "porto", (1, 0)),
        lang="de",
    )
    assert timed(match) == [("Julian Brandt", 30)]


def test_put_a_side_two_one_up_is_a_goal_en():
    (match,) = goals_for(
        "Tottenham beat Chelsea 2-1 at home. Cole Palmer gave Chelsea the lead in the "
        "fifth minute before Son Heung-min levelled in the 20th minute. Richarlison put "
        "Spurs 2-1 up in the 64th minute with a low shot.",
        Match("tottenham", "chelsea", (2, 1)),
    )
    assert ("Richarlison", 64) in timed(match)


def test_a_later_goal_joined_by_then_to_an_untimed_one_is_not_timed_from_before_en():
    """The 'three minutes later' counts from the untimed equaliser, not the 4th minute."""
    (match,) = goals_for(
        "Manchester City beat Tottenham 4-3. Raheem Sterling curled City ahead in the "
        "fourth minute; Son Heung-min levelled in the ninth and then put Spurs 2-1 up three "
        "minutes later with a crisp finish.",
        Match("manchester-city", "tottenham", (4, 3)),
    )
    assert ("Son Heung-min", 7) not in timed(match)


def test_a_relative_time_past_one_not_worked_out_is_not_timed_en():
    (match,) = goals_for(
        "Manchester City beat Tottenham 4-3. Raheem Sterling curled City ahead in the "
        "fourth minute; Son Heung-min levelled soon after and then put Spurs 2-1 up three "
        "minutes later. Bernardo Silva's low shot made it 2-2 a minute after that.",
        Match("manchester-city", "tottenham", (4, 3)),
    )
    assert [m for _, m in timed(match)] == [4]


def test_a_time_then_a_second_verb_still_anchors_on_that_time_en():
    (match,) = goals_for(
        "Arsenal beat Everton 2-0. Bukayo Saka scored in the 10th minute, then Kai Havertz "
        "made it 2-0 two minutes later.",
        Match("arsenal", "everton", (2, 0)),
    )
    assert timed(match) == [("Bukayo Saka", 10), ("Kai Havertz", 12)]


def test_a_persons_aside_about_the_first_leg_leaves_the_rest_with_this_leg_en():
    first = Match("tottenham", "manchester-city", (1, 0), leg=1)
    second = Match("manchester-city", "tottenham", (1, 1), leg=2)
    goals_for(
        "Tottenham drew 1-1 at Manchester City in the second leg and went through 2-1 on "
        "aggregate. Raheem Sterling scored in the 4th minute; Son Heung-min, who had settled "
        "the first leg, equalised in the 33rd minute.",
        first,
        second,
    )
    assert ("Son Heung-min", 33) in timed(second)
    assert ("Son Heung-min", 33) not in timed(first)


def test_a_persons_aside_keeps_its_own_leg_to_its_closing_comma_en():
    first = Match("barcelona", "liverpool", (3, 0), leg=1)
    second = Match("liverpool", "barcelona", (4, 0), leg=2)
    goals_for(
        "Liverpool beat Barcelona 4-0 in the second leg. Lionel Messi, who scored in the "
        "first leg in the 75th minute after Luis Suárez had opened the scoring in the 26th "
        "minute, was denied all night.",
        first,
        second,
    )
    assert timed(second) == []


def test_the_then_gate_finds_what_its_pattern_finds():
    then = goalminutes._THEN
    for text in ("levelled and then put", "Er traf, und dann", "THEN", "and then", "x then"):
        plain = [m.span() for m in then.pattern.finditer(text)]
        assert [m.span() for m in then.finditer(text)] == plain
    assert then.search("and then two minutes later") is None
    assert re.search(then.pattern, "levelled and then put") is not None


def test_a_coachs_team_in_the_genitive_is_no_scorer_de():
    (match,) = goals_for(
        "Atlético und Dortmund trennten sich 2:2. Julian Brandt traf in der 34. Minute zum "
        "0:1 für den BVB. Diego Simeones Elf glich in der 64. Minute zum 1:1 aus.",
        Match("atletico-madrid", "borussia-dortmund", (2, 2)),
        lang="de",
    )
    assert "Diego Simeones Elf" not in [g.player for g in match.goals or []]
    assert ("Julian Brandt", 34) in timed(match)


def test_machte_alles_klar_across_an_ordinal_minute_de():
    (match,) = goals_for(
        "Bayern schlug Dortmund mit 2:1. Emre Can verwandelte einen Strafstoß zum 1:1 (52.). "
        "Die Gäste drängten danach auf den Ausgleich, doch Jamal Musiala machte in der 83. "
        "Minute alles klar.",
        Match("bayern-munich", "borussia-dortmund", (2, 1)),
        lang="de",
    )
    assert ("Jamal Musiala", 83) in timed(match)


def test_legte_nach_across_an_ordinal_minute_de():
    (match,) = goals_for(
        "Der BVB gewann gegen den FC Porto mit 2:0. Julian Brandt traf in der 30. Minute "
        "zum 1:0. Danach legte der eingewechselte Youssoufa Moukoko in der 77. Minute "
        "mit einem Flachschuss nach.",
        Match("borussia-dortmund", "porto", (2, 0)),
        lang="de",
    )
    assert ("Youssoufa Moukoko", 77) in timed(match)


def test_a_later_goal_counts_past_a_sentence_that_tells_nothing_en():
    (match,) = goals_for(
        "Paris St-Germain beat Inter Milan 2-0 in the final.\n\n"
        "Achraf Hakimi opened the scoring in the 12th minute from close range. He raised "
        "his hands in apology to the Inter supporters rather than celebrating.\n\n"
        "Desire Doue made it 2-0 eight minutes later, his shot taking a deflection.",
        Match("psg", "inter-milan", (2, 0)),
    )
    assert timed(match) == [("Achraf Hakimi", 12), ("Desire Doue", 20)]


def test_a_later_goal_does_not_count_past_a_sentence_with_another_goal_en():
    (match,) = goals_for(
        "Paris St-Germain beat Inter Milan 3-0 in the final. Achraf Hakimi opened the "
        "scoring in the 12th minute from close range. Nuno Mendes scored soon after. "
        "Desire Doue made it 3-0 eight minutes later.",
        Match("psg", "inter-milan", (3, 0)),
    )
    assert ("Desire Doue", 20) not in timed(match)


def test_a_later_time_carried_to_the_next_sentence_keeps_its_anchor_rule_de():
    """`Nur eine Minute später folgte die Szene. Lampard traf ...`: the time is the scene
    sentence's, two sentences after the anchor; it gives the next sentence no goal time."""
    (match,) = goals_for(
        "Deutschland schlug England mit 2:1. Upson köpfte in der 37. Minute zum 1:2 ein. "
        "Nur eine Minute später folgte die Szene des Spiels. Frank Lampard traf aus der "
        "Distanz, doch der Ball zählte nicht.",
        Match("germany", "england", (2, 1)),
        lang="de",
    )
    assert ("Frank Lampard", 38) not in timed(match)


_HAT_TRICK = (
    "Manchester United beat Aston Villa 3-0. Robin van Persie scored a first-half hat-trick. "
    "The Dutchman opened the scoring after two minutes. {second} He completed the hat-trick "
    "in the 33rd minute."
)


def test_his_second_with_its_time_in_apposition_is_timed_en():
    (match,) = goals_for(
        _HAT_TRICK.format(second="His second, on 13 minutes, was the pick of the three."),
        Match("manchester-united", "aston-villa", (3, 0)),
    )
    assert timed(match) == [
        ("Robin van Persie", 2),
        ("Robin van Persie", 13),
        ("Robin van Persie", 33),
    ]


def test_a_named_players_second_with_its_time_in_apposition_is_timed_en():
    (match,) = goals_for(
        _HAT_TRICK.format(second="Van Persie's second, in the 13th minute, was a volley."),
        Match("manchester-united", "aston-villa", (3, 0)),
    )
    assert ("Robin van Persie", 13) in timed(match)


def test_his_second_of_a_player_with_no_goal_yet_is_no_goal_en():
    (match,) = goals_for(
        "Manchester United beat Aston Villa 1-0. Wayne Rooney was everywhere. His second, "
        "on 13 minutes, was the pick of his many passes, and Robin van Persie scored in the "
        "33rd minute.",
        Match("manchester-united", "aston-villa", (1, 0)),
    )
    assert timed(match) == [("Robin van Persie", 33)]


def test_his_second_that_was_saved_is_no_goal_en():
    (match,) = goals_for(
        _HAT_TRICK.format(
            second="His second effort, on 13 minutes, was saved. His second, on 20 "
            "minutes, was saved by Guzan."
        ),
        Match("manchester-united", "aston-villa", (3, 0)),
    )
    assert [m for p, m in timed(match)] == [2, 33]


def test_a_goal_that_kept_a_side_in_the_race_is_no_save_de():
    (match,) = goals_for(
        "Atlético schlug Dortmund mit 2:1. Rodrigo De Paul (4.) und Samuel Lino (32.) "
        "brachten Atlético mit 2:0 in Führung, erst Sébastien Hallers Treffer in der 81. "
        "Minute hielt den BVB im Rennen.",
        Match("atletico-madrid", "borussia-dortmund", (2, 1)),
        lang="de",
    )
    assert ("Sébastien Haller", 81) in timed(match)


def test_a_keeper_who_held_the_shot_is_still_a_save_de():
    (match,) = goals_for(
        "Dortmund schlug Atlético mit 1:0. Julian Brandt traf in der 30. Minute zum 1:0. "
        "Antoine Griezmanns Schuss in der 81. Minute hielt den Ball nicht, Kobel hielt den "
        "Schuss sicher.",
        Match("borussia-dortmund", "atletico-madrid", (1, 0)),
        lang="de",
    )
    assert timed(match) == [("Julian Brandt", 30)]


def test_an_age_description_alone_refers_to_the_player_in_focus_en():
    (match,) = goals_for(
        "Paris St-Germain beat Inter Milan 3-0. Achraf Hakimi opened the scoring in the 12th "
        "minute. Desire Doue made it 2-0 eight minutes later, his shot deflected past Yann "
        "Sommer. The 19-year-old added a third in the 63rd minute.",
        Match("psg", "inter-milan", (3, 0)),
    )
    assert ("Desire Doue", 63) in timed(match)


def test_an_age_description_alone_refers_to_the_player_in_focus_de():
    (match,) = goals_for(
        "Deutschland schlug England mit 2:0. Thomas Müller traf in der 20. Minute zum 1:0. "
        "Der 20-Jährige vollendete in der 67. Minute einen Konter zum 2:0.",
        Match("germany", "england", (2, 0)),
        lang="de",
    )
    assert timed(match) == [("Thomas Müller", 20), ("Thomas Müller", 67)]


def test_an_age_before_a_name_is_that_names_not_a_reference_en():
    (match,) = goals_for(
        "Santos beat Penarol 2-1 at the Pacaembu. The 19-year-old Neymar broke the deadlock "
        "in the 47th minute with a low shot.",
        Match("santos", "penarol", (2, 1)),
    )
    assert ("Neymar", 47) in timed(match)


def test_a_player_who_beat_the_goalkeeper_scored_en():
    (match,) = goals_for(
        "Sevilla beat Juventus 2-1 after extra time. Then Dusan Vlahovic found space in the "
        "area and beat Yassine Bounou in the 65th minute. Suso equalised in the 71st minute.",
        Match("sevilla", "juventus", (2, 1)),
    )
    assert ("Dusan Vlahovic", 65) in timed(match)


def test_a_goal_told_as_when_x_beat_the_keeper_en():
    (match,) = goals_for(
        "Sevilla drew 2-2 with Espanyol. Sevilla went ahead in the 18th minute when the "
        "Brazilian Adriano beat Gorka Iraizoz. Walter Pandiani equalised in the 50th minute.",
        Match("sevilla", "espanyol", (2, 2)),
    )
    assert ("Adriano", 18) in timed(match)


def test_a_side_that_beat_another_and_a_player_beating_a_defender_are_no_goals_en():
    (match,) = goals_for(
        "Arsenal beat Chelsea 1-0. Bukayo Saka scored in the 10th minute. In the 60th minute "
        "Gabriel Martinelli beat Reece James for pace, but his cross was cleared, and Arsenal "
        "beat Chelsea at the Emirates for the first time in years.",
        Match("arsenal", "chelsea", (1, 0)),
    )
    assert timed(match) == [("Bukayo Saka", 10)]


def test_a_player_who_levelled_in_a_minute_scored_en():
    (match,) = goals_for(
        "Hibernian drew 1-1 with Rangers. Anthony Stokes scored in the third minute. Kenny "
        "Miller levelled in the 27th minute from close range.",
        Match("hibernian", "rangers", (1, 1)),
    )
    assert timed(match) == [("Anthony Stokes", 3), ("Kenny Miller", 27)]


def test_a_side_that_levelled_in_the_nth_through_a_player_en():
    (match,) = goals_for(
        "Real Betis and Valencia drew 1-1. Borja Iglesias scored in the 11th minute. "
        "Valencia leveled in the 30th through Hugo Duro, the 22-year-old striker.",
        Match("real-betis", "valencia", (1, 1)),
    )
    assert timed(match) == [("Borja Iglesias", 11), ("Hugo Duro", 30)]


def test_levelled_the_ground_or_levelled_criticism_is_no_goal_en():
    (match,) = goals_for(
        "Arsenal beat Chelsea 1-0. Bukayo Saka scored in the 10th minute. In the 60th minute "
        "Mikel Arteta levelled criticism at the referee.",
        Match("arsenal", "chelsea", (1, 0)),
    )
    assert timed(match) == [("Bukayo Saka", 10)]
