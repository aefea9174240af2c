"""The scorer is the doer of the finishing verb: not the player whose shot was saved or
who headed a corner on, not the goalkeeper who let a shot in, not the one a pass was
exchanged with, and no one when the sentence does not say who finished. Sentences
written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(body: str, match: Match, lang: str | None = None) -> list[tuple]:
    (read,) = goals_for(body, match, lang=lang)
    return [(g.minute, g.player) for g in read.goals or []]


def test_finisher_after_a_header_flicked_on_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. The goal came in the 55th minute, when Virgil van Dijk "
        "headed on a free kick and Mohamed Salah bundled in from close range.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert found == [(55, "Mohamed Salah")]


def test_finisher_after_a_header_flicked_on_de():
    found = scorers(
        "Liverpool gewann 1:0 gegen Arsenal. In der 55. Minute köpfte Virgil van Dijk einen "
        "Freistoß weiter und Mohamed Salah schob aus kurzer Distanz ein.",
        Match("liverpool", "arsenal", (1, 0)),
        lang="de",
    )
    assert found == [(55, "Mohamed Salah")]


def test_two_goal_verbs_of_two_players_give_no_scorer_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. In the 55th minute Virgil van Dijk headed goalwards and "
        "Mohamed Salah scored from the rebound.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert found == []


def test_two_goal_verbs_of_two_players_give_no_scorer_de():
    found = scorers(
        "Liverpool gewann 1:0 gegen Arsenal. In der 55. Minute köpfte Virgil van Dijk aufs "
        "Tor und Mohamed Salah schob den Abpraller ein.",
        Match("liverpool", "arsenal", (1, 0)),
        lang="de",
    )
    # `aufs Tor` is a try and `den Abpraller` the rebound of it: the one who put the
    # rebound in scored (test_rebound_after_save.py); never the header's player.
    assert found in ([], [(55, "Mohamed Salah")])


def test_minute_after_the_first_scorer_stays_his_en():
    found = scorers(
        "Manchester City beat Everton 2-0. Erling Haaland put City ahead in the 12th minute "
        "and Phil Foden doubled the lead just before half-time, in the 44th.",
        Match("manchester-city", "everton", (2, 0)),
    )
    assert found == [(12, "Erling Haaland"), (44, "Phil Foden")]


def test_shot_let_in_by_the_keeper_is_the_shooters_en():
    found = scorers(
        "Arsenal beat Everton 1-0. The only goal came in the 83rd minute, when Bukayo Saka "
        "tried his luck from 25 yards and Jordan Pickford let the ball squirm under his body "
        "and into the net.",
        Match("arsenal", "everton", (1, 0)),
    )
    assert found == [(83, "Bukayo Saka")]


def test_shot_let_in_by_the_keeper_is_the_shooters_de():
    found = scorers(
        "Arsenal gewann 1:0 gegen Everton. Bukayo Saka zog aus 25 Metern ab und Jordan "
        "Pickford ließ den Ball durch die Hände ins Netz rutschen (83.).",
        Match("arsenal", "everton", (1, 0)),
        lang="de",
    )
    assert found == [(83, "Bukayo Saka")]


def test_keeper_error_without_a_shot_gives_no_scorer_en():
    found = scorers(
        "Arsenal beat Everton 1-0. The only goal came in the 83rd minute, when Bukayo Saka "
        "ran down the wing and Jordan Pickford let the ball slip into the net.",
        Match("arsenal", "everton", (1, 0)),
    )
    assert found == []


def test_finish_after_a_one_two_is_the_subjects_en():
    found = scorers(
        "Manchester City beat Everton 1-0. Kevin De Bruyne exchanged passes with Erling "
        "Haaland and finished low in the 70th minute.",
        Match("manchester-city", "everton", (1, 0)),
    )
    assert found == [(70, "Kevin De Bruyne")]


def test_finish_after_a_one_two_is_the_subjects_de():
    found = scorers(
        "Manchester City gewann 1:0 gegen Everton. Kevin De Bruyne spielte einen Doppelpass "
        "mit Erling Haaland und vollendete zum 1:0 (70.).",
        Match("manchester-city", "everton", (1, 0)),
        lang="de",
    )
    assert found == [(70, "Kevin De Bruyne")]


def test_name_before_an_apposition_is_the_scorer_en():
    found = scorers(
        "Arsenal beat Chelsea 1-0. Bukayo Saka's shot was parried by Robert Sanchez and "
        "Gabriel Martinelli, the Brazilian winger, tapped in the rebound in the 55th minute.",
        Match("arsenal", "chelsea", (1, 0)),
    )
    assert found == [(55, "Gabriel Martinelli")]


def test_name_before_an_apposition_is_the_scorer_de():
    found = scorers(
        "Arsenal gewann 1:0 gegen Chelsea. Den Schuss von Bukayo Saka parierte Robert "
        "Sanchez, doch Gabriel Martinelli, der brasilianische Flügelspieler, staubte zum 1:0 "
        "ab (55.).",
        Match("arsenal", "chelsea", (1, 0)),
        lang="de",
    )
    assert found == [(55, "Gabriel Martinelli")]


def test_and_after_an_apposition_goes_on_from_the_subject_en():
    found = scorers(
        "Arsenal beat Chelsea 1-0. Kai Havertz met a cross from Bukayo Saka, the England "
        "winger, and headed in on 55 minutes.",
        Match("arsenal", "chelsea", (1, 0)),
    )
    assert found == [(55, "Kai Havertz")]


def test_unnamed_player_of_a_club_takes_no_earlier_name_de():
    found = scorers(
        "Dortmund und Schalke trennten sich 1:1. Pierre-Emerick Aubameyang traf zum 1:0 "
        "(12.), wenig später lenkte ein Schalker eine Flanke ins eigene Netz (18.).",
        Match("borussia-dortmund", "schalke-04", (1, 1)),
        lang="de",
    )
    assert (18, "Pierre-Emerick Aubameyang") not in found
    assert (12, "Pierre-Emerick Aubameyang") in found


def test_unnamed_player_of_a_club_takes_no_earlier_name_en():
    found = scorers(
        "Dortmund and Schalke drew 1-1. Pierre-Emerick Aubameyang opened the scoring in the "
        "12th minute, and six minutes later a Schalke defender turned a cross into his own "
        "net.",
        Match("borussia-dortmund", "schalke-04", (1, 1)),
    )
    assert (18, "Pierre-Emerick Aubameyang") not in found
    assert (12, "Pierre-Emerick Aubameyang") in found


def test_own_subject_keeps_both_goals_de():
    found = scorers(
        "Dortmund und Schalke trennten sich 2:2. Pierre-Emerick Aubameyang traf zum 1:0 "
        "(12.), wenig später erhöhte Marco Reus auf 2:0 (18.).",
        Match("borussia-dortmund", "schalke-04", (2, 2)),
        lang="de",
    )
    assert found == [(12, "Pierre-Emerick Aubameyang"), (18, "Marco Reus")]


def test_minute_of_another_players_action_is_not_the_next_goals_en():
    found = scorers(
        "Chelsea beat Arsenal 2-0. Bukayo Saka hit the bar from distance in the 60th minute. "
        "Soon after, Cole Palmer exchanged passes with Nicolas Jackson and finished.",
        Match("chelsea", "arsenal", (2, 0)),
    )
    assert (60, "Cole Palmer") not in found


def test_the_player_whose_cross_it_was_is_no_scorer_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. Mohamed Salah had put Liverpool ahead after five minutes "
        "with a first-time finish from Andrew Robertson's cross.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert found == [(5, "Mohamed Salah")]


def test_a_header_from_someones_corner_names_no_scorer_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. Liverpool went ahead in the fifth minute with a header "
        "from Trent Alexander-Arnold's corner.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert found == []


def test_a_finish_from_the_scorers_own_penalty_still_names_him_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. The only goal was a calm finish from Mohamed Salah's "
        "penalty in the 64th minute.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert found == [(64, "Mohamed Salah")]


def test_the_strikers_goal_is_the_goal_of_the_player_told_before_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. Mohamed Salah rose above the defense and headed Liverpool "
        "into the final. The striker's goal in the 42nd minute settled it.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert found == [(42, "Mohamed Salah")]


def test_a_nationality_after_the_is_no_scorer_name_en():
    found = scorers(
        "Liverpool beat Arsenal 1-0. Mohamed Salah rose above the defense and headed Liverpool "
        "into the final. The Egyptian's goal in the 42nd minute settled it.",
        Match("liverpool", "arsenal", (1, 0)),
    )
    assert all(player != "Egyptian" for _, player in found)
