"""Goals missed in sets 61-64 (round hG of session 20), by family: a goal slipped between
the keeper's legs or driven across him and in, a keeper's own goal, a side's goal told
`through` a name and `on the night` beside the first leg, a plural German goal verb before
two names, `Ergebniskosmetik`, `schlug durch X zurück`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


def _got(m: Match) -> list[tuple[str | None, int | None]]:
    return sorted(
        ((g.player, g.minute) for g in m.goals or []), key=lambda x: (x[0] or "", x[1] or -1)
    )


def test_goal_slipped_between_the_keepers_legs() -> None:
    body = (
        "Getafe beat Sevilla 2-0 on Sunday. Getafe took the lead in the 19th minute when "
        "Borja Mayoral slipped the ball between the legs of goalkeeper Marko Dmitrovic. "
        "They doubled it on the hour when Mason Greenwood bundled the ball in."
    )
    (m,) = goals_for(body, Match("getafe", "sevilla", (2, 0)), lang="en")
    assert _got(m) == [("Borja Mayoral", 19), ("Mason Greenwood", 60)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Getafe beat Sevilla 4-0 on Sunday. Borja Mayoral helped himself to a hat-trick, "
            "and Sevilla's goalkeeper Marko Dmitrovic turned the fourth into his own net.",
            "en",
        ),
        (
            "Getafe schlug Sevilla am Sonntag 4:0. Borja Mayoral traf dreimal, und Sevillas "
            "Torhüter Marko Dmitrovic lenkte eine Flanke ins eigene Tor.",
            "de",
        ),
    ],
)
def test_a_keepers_own_goal_is_his(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("getafe", "sevilla", (4, 0)), lang=lang)
    got = sorted((g.player, g.own_goal) for g in m.goals or [])
    assert got == [("Borja Mayoral", False)] * 3 + [("Marko Dmitrovic", True)]


def test_a_keeper_beaten_is_still_no_scorer() -> None:
    body = (
        "Getafe beat Sevilla 1-0 on Sunday. Borja Mayoral fired past goalkeeper Marko "
        "Dmitrovic in the 30th minute."
    )
    (m,) = goals_for(body, Match("getafe", "sevilla", (1, 0)), lang="en")
    assert _got(m) == [("Borja Mayoral", 30)]


def test_goal_told_on_the_night_beside_the_first_leg() -> None:
    body = (
        "SEVILLE - Getafe won the tie on Thursday night, holding Sevilla to a 1-1 draw in the "
        "second leg to go through 2-1 on aggregate. The visitors arrived with the 1-0 lead "
        "they had earned in the first leg in Madrid a week earlier, when Mason Greenwood "
        "scored the only goal, and they extended it on the night through Borja Mayoral. "
        "Youssef En-Nesyri levelled for Sevilla after the interval."
    )
    (m,) = goals_for(body, Match("sevilla", "getafe", (1, 1), leg=2), lang="en")
    assert _got(m) == [("Borja Mayoral", None), ("Youssef En-Nesyri", None)]


def test_plural_goal_verb_before_two_names() -> None:
    body = (
        "Getafe gewann am Sonntag 3:0 gegen Sevilla. Youssef En-Nesyri traf per Eigentor "
        "zum 1:0, kurz nach Wiederanpfiff erhöhten Borja Mayoral und Mason Greenwood."
    )
    (m,) = goals_for(body, Match("getafe", "sevilla", (3, 0)), lang="de")
    assert _got(m) == [
        ("Borja Mayoral", None),
        ("Mason Greenwood", None),
        ("Youssef En-Nesyri", None),
    ]


def test_shot_across_the_keeper_and_in() -> None:
    body = (
        "Getafe beat Sevilla 1-0 on Sunday. It turned in the 55th minute. Borja Mayoral, "
        "moved into midfield, ran on to the ball and drove a low shot across Dmitrovic and in."
    )
    (m,) = goals_for(body, Match("getafe", "sevilla", (1, 0)), lang="en")
    assert _got(m) == [("Borja Mayoral", 55)]


def test_ergebniskosmetik_is_a_consolation_goal() -> None:
    body = (
        "Real Madrid gewann am Dienstag 2:1 in Barcelona. Cristiano Ronaldo traf in der 13. "
        "und in der 57. Minute. Jordi Alba gelang in der 89. Minute nur noch Ergebniskosmetik."
    )
    (m,) = goals_for(body, Match("barcelona", "real-madrid", (1, 2)), lang="de")
    assert _got(m) == [("Cristiano Ronaldo", 13), ("Cristiano Ronaldo", 57), ("Jordi Alba", 89)]


def test_side_hit_back_through_a_player() -> None:
    body = (
        "Roma gewann am Montag 2:1 bei Lazio. Nach der Pause brachte Juan Manuel Iturbe die "
        "Roma in Führung. Lazio schlug durch den Serben Filip Djordjević zurück, doch kurz "
        "vor dem Ende köpfte Verteidiger Mapou Yanga-Mbiwa die Roma zum Sieg."
    )
    (m,) = goals_for(body, Match("lazio", "roma", (1, 2)), lang="de")
    assert _got(m) == [
        ("Filip Djordjević", None),
        ("Juan Manuel Iturbe", None),
        ("Mapou Yanga-Mbiwa", None),
    ]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Getafe gewann am Donnerstag das Wiederholungsspiel gegen Sevilla mit 1:0. Borja "
            "Mayoral erzielte in der 59. Minute das einzige Tor.\n\nDas erste Spiel hatte am "
            "Samstag nach Verlängerung 2:2 geendet. Youssef En-Nesyri (19.) hatte Sevilla in "
            "Führung gebracht, Mason Greenwood (35.) glich aus. Dann traf Lukebakio (92.), "
            "ehe Mayoral (113.) noch ausglich.",
            "de",
        ),
        (
            "Getafe beat Sevilla 1-0 in Thursday's replay. Borja Mayoral scored the only goal "
            "in the 59th minute.\n\nThe first game on Saturday had ended 2-2 after extra time. "
            "Youssef En-Nesyri put Sevilla ahead in the 19th minute and Mason Greenwood "
            "levelled in the 35th. Dodi Lukebakio scored in the 92nd minute before Mayoral "
            "equalised in the 113th.",
            "en",
        ),
    ],
)
def test_goals_of_an_earlier_game_told_in_its_own_paragraph(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("getafe", "sevilla", (1, 0)), lang=lang)
    assert _got(m) == [("Borja Mayoral", 59)]


def test_header_beyond_the_keeper() -> None:
    body = (
        "Getafe beat Sevilla 1-0 on Sunday. Getafe went ahead a minute before half-time. "
        "Carles Alena crossed from the right and Borja Mayoral got in front of his marker to "
        "head beyond Marko Dmitrovic."
    )
    (m,) = goals_for(body, Match("getafe", "sevilla", (1, 0)), lang="en")
    assert _got(m) == [("Borja Mayoral", 44)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Getafe beat Sevilla 1-0 on Sunday. David Soria made a string of saves, the most "
            "important of them from the penalty spot. Borja Mayoral forced the ball over the "
            "line after a corner.",
            "en",
        ),
        (
            "Getafe schlug Sevilla am Sonntag 1:0. David Soria zeigte mehrere Paraden, die "
            "wichtigste davon gegen einen Foulelfmeter. Borja Mayoral traf nach einer Ecke.",
            "de",
        ),
    ],
)
def test_one_of_the_saves_is_no_goal(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("getafe", "sevilla", (1, 0)), lang=lang)
    assert _got(m) == [("Borja Mayoral", None)]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Getafe beat Sevilla 1-0 on Sunday. Borja Mayoral forced the ball over the line "
            "after a corner. They also won 2-0 in Seville in September, when Mason Greenwood "
            "and Carles Alena scored.",
            "en",
        ),
        (
            "Getafe schlug Sevilla am Sonntag 1:0. Borja Mayoral traf nach einer Ecke. Schon "
            "im September gewann Getafe 2:0 in Sevilla, damals trafen Mason Greenwood und "
            "Carles Alena.",
            "de",
        ),
    ],
)
def test_goals_told_with_another_result_are_that_games(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("getafe", "sevilla", (1, 0)), lang=lang)
    assert _got(m) == [("Borja Mayoral", None)]
