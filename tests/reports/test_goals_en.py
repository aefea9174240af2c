"""Goals read from English prose: each phrase family on sentences written for the tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for as read


def rows(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player, g.team) for g in match.goals or []]


def test_ordinal_minutes_number_words_and_lead_cue_give_scorer_and_side():
    (match,) = read(
        "Chelsea beat Arsenal 2-1 on Wednesday night. Cole Palmer scored in the ninth minute "
        "to give Chelsea a 1-0 lead. Bukayo Saka equalized for Arsenal in the 51st minute, and "
        "Nicolas Jackson headed the winner in the 88th.",
        Match("chelsea", "arsenal", (2, 1)),
    )
    assert rows(match) == [
        (9, None, "Cole Palmer", "chelsea"),
        (51, None, "Bukayo Saka", "arsenal"),
        (88, None, "Nicolas Jackson", "chelsea"),
    ]


def test_stoppage_time_in_words_is_ninety_plus_added():
    (match,) = read(
        "Liverpool beat Juventus 1-0. Mohamed Salah scored the only goal in the third minute "
        "of stoppage time, curling a shot past the goalkeeper.",
        Match("liverpool", "juventus", (1, 0)),
    )
    assert rows(match) == [(90, 3, "Mohamed Salah", "liverpool")]


def test_minutes_later_is_relative_to_the_previous_goal_and_inferred():
    (match,) = read(
        "Napoli beat Juventus 2-0. Victor Osimhen scored in the 30th minute. Three minutes "
        "later the Nigerian striker headed in a corner from Khvicha Kvaratskhelia.",
        Match("napoli", "juventus", (2, 0)),
    )
    assert rows(match) == [
        (30, None, "Victor Osimhen", "napoli"),
        (33, None, "Victor Osimhen", "napoli"),
    ]
    assert [g.inferred for g in match.goals] == [False, True]
    assert match.goals[1].assist == "Khvicha Kvaratskhelia"


def test_a_minute_later_in_stoppage_time_keeps_base_ninety():
    (match,) = read(
        "Arsenal beat Tottenham 2-0. Gabriel Jesus scored in the 90th minute. A minute later, "
        "in stoppage time, he finished off a counterattack.",
        Match("arsenal", "tottenham", (2, 0)),
    )
    assert rows(match) == [
        (90, None, "Gabriel Jesus", "arsenal"),
        (90, 1, "Gabriel Jesus", "arsenal"),
    ]


def test_penalties_are_flagged_and_a_missed_penalty_is_no_goal():
    (match,) = read(
        "Real Madrid beat Liverpool 2-0. Jude Bellingham missed a penalty in the 20th minute. "
        "Kylian Mbappe converted a spot kick in the 40th, and Vinicius Junior added a second "
        "from the penalty spot in the 70th minute.",
        Match("real-madrid", "liverpool", (2, 0)),
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [
        (40, "Kylian Mbappe", True),
        (70, "Vinicius Junior", True),
    ]


def test_own_goal_counts_for_the_other_side():
    (match,) = read(
        "Ajax beat Tottenham 2-0 at home. Cristian Romero turned the ball into his own net in "
        "the 12th minute, and Brian Brobbey made it 2-0 in the 64th.",
        Match("ajax", "tottenham", (2, 0)),
    )
    own = match.goals[0]
    assert (own.minute, own.player, own.own_goal, own.team) == (12, "Cristian Romero", True, "ajax")
    assert match.goals[1].own_goal is False


def test_disallowed_goal_and_shootout_kicks_are_not_goals():
    (match,) = read(
        "Tottenham and Ajax drew 1-1 and Ajax won 4-3 on penalties. Son Heung-min scored in "
        "the 20th minute. In the 60th, Ajax thought it had a second when Steven Bergwijn "
        "fired in, but the goal was ruled out for offside. Dusan Tadic equalized in the 75th "
        "minute. In the shootout, Harry Kane scored and Hugo Lloris saved twice.",
        Match("tottenham", "ajax", (1, 1)),
    )
    assert [(g.minute, g.player) for g in match.goals] == [
        (20, "Son Heung-min"),
        (75, "Dusan Tadic"),
    ]


def test_first_leg_scorers_without_minutes_go_to_the_first_leg():
    second = Match("liverpool", "chelsea", (2, 0), leg=2)
    first = Match("chelsea", "liverpool", (1, 1), leg=1)
    read(
        "Liverpool beat Chelsea 2-0 on Tuesday in the second leg. Darwin Nunez scored in the "
        "10th minute and Luis Diaz in the 80th minute. In the first leg, Cole Palmer scored "
        "for Chelsea and Mohamed Salah for Liverpool.",
        second,
        first,
    )
    assert [(g.minute, g.player) for g in second.goals] == [
        (10, "Darwin Nunez"),
        (80, "Luis Diaz"),
    ]
    assert sorted((g.player, g.team, g.minute) for g in first.goals) == [
        ("Cole Palmer", "chelsea", None),
        ("Mohamed Salah", "liverpool", None),
    ]


def test_later_first_name_mention_maps_to_the_full_name():
    (match,) = read(
        "Lucas Paqueta had a fine night. Lucas scored in the 17th minute as Liverpool lost "
        "1-0 at Juventus.",
        Match("juventus", "liverpool", (0, 1)),
    )
    assert rows(match) == [(17, None, "Lucas Paqueta", "liverpool")]


def test_summary_claims_are_not_counted_twice():
    (match,) = read(
        "Juventus beat Napoli 2-0 as Dusan Vlahovic scored twice. Vlahovic opened the scoring "
        "in the 15th minute and added another in the 77th minute.",
        Match("juventus", "napoli", (2, 0)),
    )
    assert rows(match) == [
        (15, None, "Dusan Vlahovic", "juventus"),
        (77, None, "Dusan Vlahovic", "juventus"),
    ]


def test_partial_account_is_kept_and_nothing_is_invented():
    (match,) = read(
        "Chelsea beat Arsenal 3-1. Cole Palmer scored in the 25th minute.",
        Match("chelsea", "arsenal", (3, 1)),
    )
    assert rows(match) == [(25, None, "Cole Palmer", None)]
    (quiet,) = read(
        "Chelsea beat Arsenal 3-1 in a game of few chances.", Match("chelsea", "arsenal", (3, 1))
    )
    assert quiet.goals is None


def test_assist_is_read_where_stated():
    (match,) = read(
        "Inter Miami beat LAFC 1-0. Luis Suarez scored in the 61st minute, Lionel Messi "
        "getting the assist.",
        Match("inter-miami", "lafc", (1, 0)),
    )
    assert match.goals[0].assist == "Lionel Messi"


def test_minute_as_adjective_and_possessive_goal():
    (match,) = read(
        "Inter Miami beat LAFC 2-1. Lionel Messi's 84th-minute penalty decided it after Aaron "
        "Long had cancelled out an early goal by Luis Suarez in the 61st minute. Long's "
        "equalizer came in the 70th minute.",
        Match("inter-miami", "lafc", (2, 1)),
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [
        (61, "Luis Suarez", False),
        (70, "Aaron Long", False),
        (84, "Lionel Messi", True),
    ]


def test_nationality_word_does_not_make_a_goal_foreign():
    (match,) = read(
        "Arsenal beat Chelsea 1-0. The Brazil forward Gabriel Martinelli scored in the 55th "
        "minute, and Chelsea's England midfielder Cole Palmer hit the post late on.",
        Match("arsenal", "chelsea", (1, 0)),
    )
    assert rows(match) == [(55, None, "Gabriel Martinelli", "arsenal")]


def test_minutes_later_counts_from_the_last_stated_time_and_cards_lend_no_minute():
    (match,) = read(
        "Chelsea beat Arsenal 2-0. Cole Palmer scored in the 10th minute. Declan Rice was "
        "booked in the 60th minute. Two minutes later Nicolas Jackson headed in a corner.\n\n"
        "William Saliba was injured in the 75th minute. Chelsea then wasted a late chance.",
        Match("chelsea", "arsenal", (2, 0)),
    )
    assert rows(match) == [
        (10, None, "Cole Palmer", "chelsea"),
        (62, None, "Nicolas Jackson", "chelsea"),
    ]


def test_a_booking_minute_does_not_pass_to_the_next_sentence_goal():
    (match,) = read(
        "Chelsea beat Arsenal 1-0. Declan Rice was booked in the 60th minute. Cole Palmer "
        "then scored from the spot.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [(None, "Cole Palmer", True)]


def test_goal_before_a_shootout_in_the_same_sentence_counts_but_kicks_do_not():
    (match,) = read(
        "Atletico Madrid beat Inter Milan 1-0. Memphis Depay scored in the 87th minute to force "
        "a penalty shootout, which Atletico won 3-2 with Antoine Griezmann scoring the decisive "
        "kick.",
        Match("atletico-madrid", "inter-milan", (1, 0)),
    )
    assert rows(match) == [(87, None, "Memphis Depay", "atletico-madrid")]


def test_goals_of_an_old_match_are_not_given_to_this_one():
    (match,) = read(
        "Real Madrid beat Liverpool 1-0. Vinicius Junior scored in the 59th minute. Karim "
        "Benzema had scored in the 51st minute of the 2018 final against the same opponent, "
        "and a year ago Vinicius also scored in the 59th minute.",
        Match("real-madrid", "liverpool", (1, 0)),
    )
    assert rows(match) == [(59, None, "Vinicius Junior", "real-madrid")]


def test_a_goal_ruled_out_in_the_next_sentence_is_taken_back():
    (match,) = read(
        "Chelsea beat Arsenal 1-0. Kai Havertz headed in a corner in the 30th minute. But the "
        "goal was ruled out for offside after a video review. Cole Palmer scored the winner in "
        "the 80th minute.",
        Match("chelsea", "arsenal", (1, 0)),
    )
    assert rows(match) == [(80, None, "Cole Palmer", "chelsea")]


def test_a_minute_past_ninety_is_stoppage_time_unless_there_was_extra_time():
    regular = Match("napoli", "ac-milan", (1, 0), extra_time=False)
    (match,) = read("Napoli beat AC Milan 1-0. Victor Osimhen scored in the 93rd minute.", regular)
    assert rows(match) == [(90, 3, "Victor Osimhen", "napoli")]
    longer = Match("napoli", "ac-milan", (1, 0), extra_time=True)
    (match,) = read(
        "Napoli beat AC Milan 1-0 after extra time. Victor Osimhen scored in the 105th minute.",
        longer,
    )
    assert rows(match) == [(105, None, "Victor Osimhen", "napoli")]


def test_hosts_and_visitors_name_each_goal_side_and_a_loose_for_does_not():
    (match,) = read(
        "Napoli and Barcelona drew 1-1 in the first leg. Robert Lewandowski gave the visitors "
        "the lead in the 60th minute, and Victor Osimhen equalized for the hosts in the 75th.",
        Match("napoli", "barcelona", (1, 1), leg=1),
    )
    assert rows(match) == [
        (60, None, "Robert Lewandowski", "barcelona"),
        (75, None, "Victor Osimhen", "napoli"),
    ]
    (match,) = read(
        "Chelsea and Arsenal drew 1-1. It was a bad night for Arsenal as Cole Palmer scored in "
        "the 20th minute. Against Chelsea's defense Bukayo Saka scored in the 70th minute.",
        Match("chelsea", "arsenal", (1, 1)),
    )
    assert [(g.minute, g.player) for g in match.goals] == [
        (20, "Cole Palmer"),
        (70, "Bukayo Saka"),
    ]
    assert {g.team for g in match.goals} == {None}


def test_possessive_goal_nouns_with_an_ordinal_before_a_verb():
    (match,) = read(
        "Arsenal beat Chelsea 2-0. Kai Havertz's header in the 20th minute opened the scoring, "
        "and Bukayo Saka's free kick in the 35th doubled the advantage.",
        Match("arsenal", "chelsea", (2, 0)),
    )
    assert rows(match) == [
        (20, None, "Kai Havertz", "arsenal"),
        (35, None, "Bukayo Saka", "arsenal"),
    ]


def test_more_scoring_verbs_and_chances_that_were_not_goals():
    (match,) = read(
        "Liverpool beat Chelsea 3-1. Darwin Nunez nodded in a cross in the 12th minute. Cole "
        "Palmer should have equalized in the 20th minute but shot wide, and Nicolas Jackson "
        "failed to convert a chance in the 30th. Palmer tucked home a rebound in the 50th "
        "minute. Mohamed Salah restored the lead in the 70th minute and Luis Diaz sealed the "
        "win in the 88th minute.",
        Match("liverpool", "chelsea", (3, 1)),
    )
    assert [(g.minute, g.player) for g in match.goals] == [
        (12, "Darwin Nunez"),
        (50, "Cole Palmer"),
        (70, "Mohamed Salah"),
        (88, "Luis Diaz"),
    ]


def test_round_up_paragraphs_give_each_match_its_own_goals():
    first = Match("spain", "georgia", (4, 1))
    second = Match("romania", "netherlands", (0, 3))
    third = Match("austria", "turkey", (1, 2))
    read(
        "Round of 16 at a glance\n\nCologne: Spain 4, Georgia 1 — Robin Le Normand turned the "
        "ball into his own net in the 18th minute. Rodri (39th), Fabian Ruiz (51st), Nico "
        "Williams (75th) and Dani Olmo (83rd) replied.\n\nMunich: Romania 0, Netherlands 3 — "
        "Cody Gakpo scored in the 20th minute, and Donyell Malen added goals in the 83rd minute "
        "and the third minute of stoppage time.\n\nLeipzig: Austria 1, Turkey 2 — Merih Demiral "
        "scored in the first minute and again in the 59th. Michael Gregoritsch pulled one back "
        "for Austria in the 66th.",
        first,
        second,
        third,
    )
    assert [(g.minute, g.player, g.own_goal) for g in first.goals] == [
        (18, "Robin Le Normand", True),
        (39, "Rodri", False),
        (51, "Fabian Ruiz", False),
        (75, "Nico Williams", False),
        (83, "Dani Olmo", False),
    ]
    assert first.goals[0].team in (None, "georgia")
    assert {g.team for g in first.goals[1:]} <= {None, "spain"}
    assert rows(second) == [
        (20, None, "Cody Gakpo", "netherlands"),
        (83, None, "Donyell Malen", "netherlands"),
        (90, 3, "Donyell Malen", "netherlands"),
    ]
    assert [(g.minute, g.player) for g in third.goals] == [
        (1, "Merih Demiral"),
        (59, "Merih Demiral"),
        (66, "Michael Gregoritsch"),
    ]


def test_first_minute_of_extra_time_and_a_past_season_aside():
    (match,) = read(
        "England beat Slovakia 2-1 after extra time. Ivan Schranz put Slovakia ahead in the 25th "
        "minute, Jude Bellingham equalized in the fifth minute of stoppage time, and Harry Kane "
        "headed the winner in the first minute of extra time. Kane, last season's top scorer in "
        "Germany, was the hero.",
        Match("england", "slovakia", (2, 1), extra_time=True),
    )
    assert rows(match) == [
        (25, None, "Ivan Schranz", "slovakia"),
        (90, 5, "Jude Bellingham", "england"),
        (91, None, "Harry Kane", "england"),
    ]
