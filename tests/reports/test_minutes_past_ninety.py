"""`four minutes after the 90 had passed`, `drei Minuten nach Ablauf der regulären
Spielzeit`: a stoppage-time goal told as minutes past the 90th is 90+N, not a goal with no
minute. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def test_minutes_after_the_ninety_english() -> None:
    body = (
        "Sevilla beat Roma 2-0 in the final. Youssef En-Nesyri scored in the 60th minute, and "
        "Lucas Ocampos sealed it deep into stoppage time — three minutes after the 90 had "
        "passed — by turning the ball in from close range."
    )
    (m,) = goals_for(body, Match("sevilla", "roma", (2, 0), extra_time=False), lang="en")
    assert [(g.player, g.minute, g.added) for g in m.goals or []] == [
        ("Youssef En-Nesyri", 60, None),
        ("Lucas Ocampos", 90, 3),
    ]


def test_minutes_after_the_ninety_german() -> None:
    body = (
        "Der FC Sevilla gewann das Finale gegen die AS Rom mit 2:0. Youssef En-Nesyri traf in "
        "der 60. Minute, drei Minuten nach Ablauf der regulären Spielzeit schob Lucas Ocampos "
        "zum 2:0 ein."
    )
    (m,) = goals_for(body, Match("sevilla", "roma", (2, 0), extra_time=False), lang="de")
    assert [(g.player, g.minute, g.added) for g in m.goals or []] == [
        ("Youssef En-Nesyri", 60, None),
        ("Lucas Ocampos", 90, 3),
    ]
