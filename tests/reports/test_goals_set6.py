"""Goal phrase families met in the sixth and fifth dev sets: stoppage time in words,
extra-time clocks, time left before the end, goal verbs missed before, names a place or a
club could take, and clauses that belong to another leg. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.clauses.minutes import find_minutes
from tests.reports.helpers import goals_for as read


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He scored four minutes into stoppage time.", [(90, 4)]),
        ("He scored two minutes into first-half stoppage time.", [(45, 2)]),
        (
            "He scored in the second minute of stoppage time at the end of the first "
            "period of extra time.",
            [(105, 2)],
        ),
        ("With two minutes of extra time left he scored.", [(118, None)]),
        ("With four minutes of normal time left he scored.", [(86, None)]),
        ("Six minutes from time he scored.", [(84, None)]),
        ("He scored on the hour.", [(60, None)]),
        ("He scored 20 minutes in, when the keeper slipped.", [(20, None)]),
        ("He played 20 minutes in the second half.", []),
    ],
)
def test_time_phrases_en(text, expected):
    assert [(m.minute, m.added) for m in find_minutes(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In der 67. Spielminute traf er.", [(67, None)]),
        ("In Minute 67 traf er.", [(67, None)]),
    ],
)
def test_minute_words_de(text, expected):
    assert [(m.minute, m.added) for m in find_minutes(text, "de")] == expected


def test_time_left_in_extra_time_de():
    found = find_minutes("Zwei Minuten vor dem Ende der Verlängerung traf er.", "de")
    assert [(m.minute, m.added) for m in found] == [(118, None)]


def test_stoppage_winner_told_by_a_description_not_a_place():
    match = Match("sevilla", "real-betis", (1, 1))
    read(
        "Sevilla drew 1-1 with Real Betis on Sunday.\n"
        "Lucas Ocampos waited until the last moment to send Sevilla to Lisbon. The winger "
        "curled a shot into the top corner two minutes into stoppage time.\n"
        "Isco had given the visitors the lead in the 14th minute with a low drive.",
        match,
    )
    assert sorted(scorers(match)) == [(14, None, "Isco"), (90, 2, "Lucas Ocampos")]


def test_extra_time_goal_into_the_roof_of_the_net():
    match = Match("portugal", "spain", (1, 1), extra_time=True, penalties=(3, 5))
    read(
        "Spain won 5-3 on penalties after a 1-1 draw.\n"
        "Pedri played a one-two with Dani Olmo, "
        "rounded Diogo Costa and lifted the ball into the roof of the net in the first minute "
        "of stoppage time at the end of the first period of extra time. But with four minutes "
        "of extra time left Rafael Leao crossed for Goncalo Ramos, whose header beat Unai "
        "Simon at the far post.",
        match,
    )
    assert sorted(scorers(match)) == [(105, 1, "Pedri"), (116, None, "Goncalo Ramos")]


def test_time_from_the_end_in_a_match_with_extra_time_needs_neighbours():
    sure = Match("roma", "lazio", (2, 2), extra_time=True)
    read(
        "Roma and Lazio drew 2-2 after extra time. Paulo Dybala scored in the 20th minute. "
        "Ciro Immobile headed in nine minutes from time, and Felipe Anderson equalized in "
        "the 90th minute. Lorenzo Pellegrini struck in the 100th minute.",
        sure,
    )
    assert (81, None, "Ciro Immobile") in scorers(sure)
    unsure = Match("roma", "lazio", (1, 0), extra_time=True)
    read(
        "Roma beat Lazio 1-0 after extra time. Paulo Dybala scored five minutes from time.", unsure
    )
    assert unsure.goals is None


def test_running_through_on_goal_in_a_card_sentence_is_no_goal():
    match = Match("arsenal", "everton", (1, 0))
    read(
        "Arsenal beat Everton 1-0. Bukayo Saka scored in the 12th minute. Everton's evening got "
        "worse in the 58th minute, when defender James Tarkowski was shown a straight red card "
        "for pulling down Gabriel Martinelli as he ran through on goal.",
        match,
    )
    assert scorers(match) == [(12, None, "Bukayo Saka")]


def test_penalty_awarded_in_an_earlier_clause_de():
    match = Match("bayern-munich", "vfb-stuttgart", (1, 0))
    read(
        "Nach einem Handspiel von Waldemar Anton zeigte Schiedsrichter Felix Zwayer auf den "
        "Punkt, und Harry Kane verwandelte sicher zum 1:0 (61.).",
        match,
        lang="de",
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [(61, "Harry Kane", True)]


def test_rebound_after_a_saved_penalty_is_no_penalty_goal():
    match = Match("chelsea", "fulham", (1, 0))
    read(
        "Chelsea beat Fulham 1-0. Bernd Leno saved the penalty from Cole Palmer, but "
        "Nicolas Jackson converted the rebound in the 33rd minute.",
        match,
    )
    assert [(g.minute, g.player, g.penalty) for g in match.goals] == [
        (33, "Nicolas Jackson", False)
    ]


def test_far_post_finish_is_no_miss_and_the_post_still_is_de():
    match = Match("borussia-dortmund", "vfl-wolfsburg", (1, 0))
    read(
        "Borussia Dortmund gewann 1:0 gegen Wolfsburg. Karim Adeyemi verwertete eine Flanke "
        "von Julian Ryerson am zweiten Pfosten zur Führung (23.). Später traf Jonas Wind nur "
        "den Pfosten (80.).",
        match,
        lang="de",
    )
    assert scorers(match) == [(23, None, "Karim Adeyemi")]


def test_substitute_adjective_and_inverted_subject_de():
    match = Match("rb-leipzig", "sc-freiburg", (2, 0))
    read(
        "RB Leipzig besiegte den SC Freiburg mit 2:0. Kurz vor der Pause kam Openda nach einer "
        "Ecke an den Ball und traf zum 1:0 (44.). Kurz vor dem Ende machte der eingewechselte "
        "Poulsen mit einem Kopfball alles klar (88.).",
        match,
        lang="de",
    )
    assert scorers(match) == [(44, None, "Openda"), (88, None, "Poulsen")]


def test_when_he_clause_gives_the_claimed_goal_its_minute_de():
    match = Match("bayer-leverkusen", "eintracht-frankfurt", (2, 0))
    read(
        "Leverkusen gewann 2:0 gegen Frankfurt. Florian Wirtz traf früh zum 1:0 (9.). "
        "Victor Boniface machte mit seinem Treffer alles klar, als er Kevin Trapp mit einem "
        "Heber überwand (71.).",
        match,
        lang="de",
    )
    assert scorers(match) == [(9, None, "Florian Wirtz"), (71, None, "Victor Boniface")]


def test_equaliser_in_group_return_game_goes_to_the_earlier_meeting_de():
    main = Match("netherlands", "germany", (0, 2))
    earlier = Match("germany", "netherlands", (1, 1))
    read(
        "Deutschland gewann das Gruppenspiel in Amsterdam mit 2:0. Das Hinspiel in Dortmund "
        "hatte 1:1 geendet. Damals hatte Kai Havertz die deutsche Mannschaft in der 40. Minute "
        "in Führung gebracht, ehe Cody Gakpo in der 80. Minute ausglich.",
        main,
        earlier,
        lang="de",
    )
    assert scorers(earlier) == [(40, None, "Kai Havertz"), (80, None, "Cody Gakpo")]
    assert not main.goals


def test_second_scorer_joined_by_and_completes_the_account():
    leg1 = Match("porto", "benfica", (2, 0), leg=1)
    leg2 = Match("benfica", "porto", (1, 0), leg=2)
    read(
        "Benfica won 1-0 at home but went out. Porto had taken control a week earlier with a "
        "2-0 win at the Dragao, where Pepe scored in the first half and Mehdi Taremi added the "
        "second late on. Rafa Silva scored Benfica's goal.",
        leg2,
        leg1,
    )
    assert sorted(g.player for g in leg1.goals) == ["Mehdi Taremi", "Pepe"]


def test_scorer_who_scored_twice_beside_one_who_added_one():
    match = Match("arsenal", "lens", (3, 0))
    read(
        "Arsenal beat Lens 3-0. Gabriel Jesus scored twice at the Emirates and Kai Havertz "
        "added the third.",
        match,
    )
    assert sorted(g.player for g in match.goals) == [
        "Gabriel Jesus",
        "Gabriel Jesus",
        "Kai Havertz",
    ]


def test_names_then_minutes_tell_which_goal_had_a_time():
    match = Match("napoli", "ac-milan", (1, 1))
    read(
        "Napoli drew 1-1 with Milan. Victor Osimhen and Olivier Giroud had scored, Osimhen in "
        "the 31st minute and Giroud just before halftime.",
        match,
    )
    assert sorted(scorers(match), key=str) == [
        (31, None, "Victor Osimhen"),
        (None, None, "Olivier Giroud"),
    ]


def test_relative_aside_about_other_clubs_keeps_the_match():
    match = Match("west-ham", "bayer-leverkusen", (1, 1))
    read(
        "West Ham drew 1-1 with Bayer Leverkusen. Jarrod Bowen gave West Ham the lead in the "
        "20th minute. Leverkusen, whose run had included wins over Qarabag and Roma, equalized "
        "four minutes after halftime when Jeremie Frimpong slotted the ball past Alphonse "
        "Areola.",
        match,
    )
    assert scorers(match) == [(20, None, "Jarrod Bowen"), (49, None, "Jeremie Frimpong")]


def test_no_goal_and_one_goal_margin_are_not_goals_de():
    match = Match("hamburger-sv", "hertha-bsc", (1, 0))
    read(
        "Der HSV gewann 1:0 gegen Hertha. Den einzigen Treffer hatte Robert Glatzel erzielt. "
        "In der Nachspielzeit traf Marco Richter noch die Latte, in der Verlängerung fiel kein "
        "Tor mehr. Gewinnt Hertha mit einem Tor Unterschied, geht es in die Verlängerung.",
        match,
        lang="de",
    )
    assert scorers(match) == [(None, None, "Robert Glatzel")]


def test_deficit_from_the_first_leg_is_no_first_leg_goal_de():
    leg1 = Match("sporting-cp", "rb-salzburg", (2, 0), leg=1)
    leg2 = Match("rb-salzburg", "sporting-cp", (2, 0), leg=2)
    read(
        "Salzburg gewann das Rückspiel gegen Sporting mit 2:0. Karim Konaté traf zum 1:0 "
        "(30.). Zehn Minuten später war der Rückstand aus dem Hinspiel egalisiert: Oscar "
        "Gloukh schob zum 2:0 ein (40.).",
        leg2,
        leg1,
        lang="de",
    )
    assert scorers(leg2) == [(30, None, "Karim Konaté"), (40, None, "Oscar Gloukh")]
    assert not leg1.goals


def test_verbs_for_levelling_and_turning_in():
    match = Match("liverpool", "everton", (1, 1))
    read(
        "Liverpool drew 1-1 with Everton. Dwight McNeil's drive levelled things in the 44th "
        "minute after Mohamed Salah turned the ball in in the 20th minute.",
        match,
    )
    assert sorted(scorers(match)) == [(20, None, "Mohamed Salah"), (44, None, "Dwight McNeil")]


def test_player_named_like_a_club_with_his_role_de():
    match = Match("brazil", "uruguay", (1, 0))
    read(
        "Brasilien schlug Uruguay 1:0. Everton, der Flügelstürmer von Grêmio, verwertete eine "
        "Hereingabe von Vinícius Júnior zur Führung (25.).",
        match,
        lang="de",
    )
    assert scorers(match) == [(25, None, "Everton")]
