"""`gewann durch Tore von Ronaldo und James mit 2:0, nachdem er schon das Hinspiel mit 2:0
gewonnen hatte`: goals told before a closing nachdem/after clause about the other leg are
the return's; the clause's pluperfect and leg word are its own (a held-out report lost both
goals). Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _read(body: str, lang: str) -> tuple[list, list]:
    second = Match(home="bayern-munich", away="arsenal", score=(2, 0), leg=2)
    first = Match(home="arsenal", away="bayern-munich", score=(1, 3), leg=1)
    goals_for(body, second, first, lang=lang)
    return (
        [g.player for g in second.goals or []],
        [g.player for g in first.goals or []],
    )


def test_goals_before_a_nachdem_clause_on_the_first_leg() -> None:
    body = (
        "Der FC Bayern gewann am Mittwoch gegen den FC Arsenal durch Tore von Thomas Müller "
        "und Arjen Robben mit 2:0, nachdem er schon das Hinspiel in London mit 3:1 gewonnen hatte."
    )
    assert _read(body, "de") == (["Thomas Müller", "Arjen Robben"], [])


def test_goals_before_an_after_clause_on_the_first_leg() -> None:
    body = (
        "Bayern Munich beat Arsenal 2-0 on Wednesday with goals from Thomas Müller and Arjen "
        "Robben, after they had won the first leg in London 3-1."
    )
    assert _read(body, "en") == (["Thomas Müller", "Arjen Robben"], [])


def test_a_goal_inside_the_closing_clause_stays_off_the_return() -> None:
    body = (
        "Der FC Bayern gewann das Rückspiel gegen den FC Arsenal mit 2:0, nachdem Thomas Müller "
        "schon im Hinspiel in London getroffen hatte."
    )
    assert _read(body, "de")[0] == []
