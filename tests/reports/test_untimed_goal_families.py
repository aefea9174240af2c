"""Goals told without a minute (round hG): `almost straight after the interval` is a time,
not a near miss; `the same player` scoring again is a second goal; a sentence whose running
score the final rules out tells another match; `One Forest goal` names nobody. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "when",
    ["almost straight after the interval", "nearly on half-time", "almost on the hour"],
)
def test_almost_before_a_time_is_no_near_miss(when: str) -> None:
    body = (
        "Getafe won 2-1 at Sevilla on Sunday. Borja Mayoral put Getafe ahead, and although "
        f"Youssef En-Nesyri equalised {when}, Mason Greenwood restored the lead late on."
    )
    (m,) = goals_for(body, Match("sevilla", "getafe", (1, 2)), lang="en")
    assert sorted(g.player for g in m.goals or []) == [
        "Borja Mayoral",
        "Mason Greenwood",
        "Youssef En-Nesyri",
    ]


def test_almost_scoring_is_still_no_goal() -> None:
    body = (
        "Getafe won 1-0 at Sevilla on Sunday. Youssef En-Nesyri almost equalised after "
        "the interval, but Mason Greenwood scored the only goal."
    )
    (m,) = goals_for(body, Match("sevilla", "getafe", (0, 1)), lang="en")
    assert "Youssef En-Nesyri" not in [g.player for g in m.goals or []]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Nagoya Grampus beat Gamba Osaka 2-1 on Saturday. Hiroto Yamami put Gamba in "
            "front, but Kensuke Nagai levelled before the break and the same player "
            "settled it from the penalty spot in the second half.",
            "en",
        ),
        (
            "Nagoya Grampus schlug Gamba Osaka am Samstag 2:1. Hiroto Yamami brachte Gamba "
            "in Führung, doch Kensuke Nagai glich vor der Pause aus und derselbe Spieler "
            "entschied die Partie nach dem Wechsel per Elfmeter.",
            "de",
        ),
    ],
)
def test_the_same_player_scoring_again_is_his_second(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("nagoya-grampus", "gamba-osaka", (2, 1)), lang=lang)
    got = sorted((g.player, g.penalty) for g in m.goals or [])
    assert got == [
        ("Hiroto Yamami", False),
        ("Kensuke Nagai", False),
        ("Kensuke Nagai", True),
    ]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Bayern won the replay 3-0 against Porto on Friday. Serge Gnabry and Jamal "
            "Musiala both scored, Harry Kane once. Two days earlier Pepe had put Porto ahead "
            "(100.) before Joshua Kimmich made it 1-1 in the 119th minute.",
            "en",
        ),
        (
            "Bayern gewann das Wiederholungsspiel gegen Porto am Freitag 3:0. Am Mittwoch "
            "war Porto durch Pepe (100.) in Führung gegangen, ehe Joshua Kimmich in der "
            "letzten Minute (119.) zum 1:1 traf.",
            "de",
        ),
    ],
)
def test_a_running_score_the_final_rules_out_tells_another_match(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("bayern-munich", "porto", (3, 0)), lang=lang)
    assert all(g.minute is None for g in m.goals or [])
    assert "Joshua Kimmich" not in [g.player for g in m.goals or []]


def test_a_number_word_is_no_first_name() -> None:
    body = (
        "Celtic won the first leg 2-0 against Rangers. One Rangers goal at Ibrox would "
        "leave Celtic needing two."
    )
    (m,) = goals_for(body, Match("celtic", "rangers", (2, 0)), lang="en")
    assert all(g.player != "One Rangers" for g in m.goals or [])


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Chile beat Peru 1-0 on Tuesday. Alexis Sanchez met a cross with his head in "
            "the 70th minute and Pedro Gallese had no chance.",
            "en",
        ),
        (
            "Chile schlug Peru am Dienstag 1:0. Alexis Sanchez köpfte in der 70. Minute ein, "
            "Pedro Gallese war machtlos.",
            "de",
        ),
    ],
)
def test_the_keeper_who_had_no_chance_is_no_scorer(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("chile", "peru", (1, 0)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == [("Alexis Sanchez", 70)]


def test_a_foul_or_a_free_kick_off_target_is_no_goal() -> None:
    body = (
        "Chile beat Peru 2-1 on Tuesday. Alexis Sanchez scored in the 10th minute and "
        "Ben Brereton in the 50th. Renato Tapia bundled into the back of Arturo Vidal "
        "later on. Gianluca Lapadula's free kick in stoppage time flew narrowly off target."
    )
    (m,) = goals_for(body, Match("chile", "peru", (2, 1)), lang="en")
    players = [g.player for g in m.goals or []]
    assert "Renato Tapia" not in players
    assert "Gianluca Lapadula" not in players


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Chile drew 1-1 with Peru on Tuesday. After a first half in which Pedro Aquino "
            "had a goal ruled out for offside, Peru went ahead: Gianluca Lapadula turned in "
            "a cross in the 62nd minute.",
            "en",
        ),
        (
            "Chile spielte am Dienstag 1:1 gegen Peru. Nach einer ersten Hälfte, in der Pedro "
            "Aquino ein Tor wegen Abseits aberkannt wurde, ging Peru in Führung: Gianluca "
            "Lapadula lenkte eine Flanke in der 62. Minute ins Tor.",
            "de",
        ),
    ],
)
def test_a_denial_before_a_colon_keeps_the_goal_after_it(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("chile", "peru", (1, 1)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == [("Gianluca Lapadula", 62)]


def test_a_description_before_a_colon_is_the_goal_named_after_it() -> None:
    body = (
        "Deutschland spielte am Sonntag 1:1 gegen Spanien. Flick brachte unter anderem "
        "Niclas Füllkrug und Leroy Sané, und der Bremer Angreifer belohnte das Anrennen: "
        "Nach Vorarbeit von Jamal Musiala traf Füllkrug in der 83. Minute aus kurzer Distanz."
    )
    (m,) = goals_for(body, Match("germany", "spain", (1, 1)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Niclas Füllkrug", 83)]


def test_a_german_relative_clause_about_the_first_leg_is_an_aside() -> None:
    body = (
        "Der FC Porto gewann das Rückspiel am Mittwoch gegen Benfica mit 2:0 und zog nach "
        "dem 1:1 im Hinspiel ins Halbfinale ein. Mehdi Taremi traf zum 1:0. Wenderson Galeno, der "
        "schnelle Flügelspieler, der Benfica schon im Hinspiel Probleme bereitet hatte, "
        "erhöhte kurz darauf auf 2:0."
    )
    (m,) = goals_for(body, Match("porto", "benfica", (2, 0), leg=2), lang="de")
    assert sorted(g.player for g in m.goals or []) == ["Mehdi Taremi", "Wenderson Galeno"]


def test_beating_a_named_countrys_goalkeeper_scores() -> None:
    body = (
        "Chile beat Peru 1-0 on Tuesday. Alexis Sanchez beat Peru goalkeeper Pedro Gallese "
        "with a low shot in the second minute."
    )
    (m,) = goals_for(body, Match("chile", "peru", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Alexis Sanchez", 2)]


def test_made_the_tie_safe_at_a_time_is_a_goal() -> None:
    body = (
        "Chile beat Peru 1-0 on Tuesday. Alexis Sanchez made the tie safe in the 65th "
        "minute, forcing the ball in from close range."
    )
    (m,) = goals_for(body, Match("chile", "peru", (1, 0)), lang="en")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Alexis Sanchez", 65)]


def test_made_the_lead_safe_without_a_time_is_no_goal() -> None:
    body = "Chile beat Peru 1-0 on Tuesday. Claudio Bravo made the lead safe with a late save."
    (m,) = goals_for(body, Match("chile", "peru", (1, 0)), lang="en")
    assert m.goals is None or all(g.player != "Claudio Bravo" for g in m.goals)


def test_alles_klar_machte_at_the_end_of_a_clause_is_a_goal() -> None:
    body = (
        "Der SSC Neapel gewann das Endspiel gegen die Fiorentina 3:1. Lorenzo Insigne traf "
        "doppelt, Juan Manuel Vargas verkürzte, ehe Dries Mertens alles klar machte."
    )
    (m,) = goals_for(body, Match("napoli", "fiorentina", (3, 1)), lang="de")
    assert sorted(g.player for g in m.goals or []) == [
        "Dries Mertens",
        "Juan Manuel Vargas",
        "Lorenzo Insigne",
        "Lorenzo Insigne",
    ]


def test_joined_possessive_goal_nouns_are_each_a_goal() -> None:
    body = (
        "Chile beat Peru 2-0 on Tuesday. Alexis Sanchez's penalty and Ben Brereton's late "
        "header settled it."
    )
    (m,) = goals_for(body, Match("chile", "peru", (2, 0)), lang="en")
    assert sorted((g.player, g.penalty) for g in m.goals or []) == [
        ("Alexis Sanchez", True),
        ("Ben Brereton", False),
    ]


def test_a_joined_possessive_cross_is_no_goal() -> None:
    body = (
        "Chile beat Peru 1-0 on Tuesday. Alexis Sanchez's penalty and Ben Brereton's cross "
        "set up the win."
    )
    (m,) = goals_for(body, Match("chile", "peru", (1, 0)), lang="en")
    assert [g.player for g in m.goals or []] == ["Alexis Sanchez"]


@pytest.mark.parametrize(
    "told",
    [
        "Alexis Sanchez and Ben Brereton were on target.",
        "Alexis Sanchez got on the scoresheet, and Ben Brereton was on target too.",
    ],
)
def test_on_target_and_on_the_scoresheet_tell_a_goal(told: str) -> None:
    body = f"Chile beat Peru 2-0 on Tuesday. {told}"
    (m,) = goals_for(body, Match("chile", "peru", (2, 0)), lang="en")
    assert sorted(g.player for g in m.goals or []) == ["Alexis Sanchez", "Ben Brereton"]


def test_a_side_on_target_with_shots_tells_no_goal() -> None:
    body = "Chile beat Peru 1-0 on Tuesday. Peru were on target with only two shots."
    (m,) = goals_for(body, Match("chile", "peru", (1, 0)), lang="en")
    assert not m.goals
