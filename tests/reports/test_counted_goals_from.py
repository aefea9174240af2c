"""A counted goals-from list with one name (set 22: `two goals from X, in the 38th and
60th minutes, and a late third from Y`): the counted name's minutes are each a goal of
that name, and the rest of the list keeps its own scorer. `goals from` and `a third
from` name the scorer as `goal from` did. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def goals(match: Match) -> list[tuple[str | None, int | None]]:
    return sorted(((g.player, g.minute) for g in match.goals or []), key=lambda g: g[1] or 0)


def test_two_goals_from_one_name_with_minutes_then_a_third_en():
    (match,) = goals_for(
        "Sevilla beat Real Betis 3-0 on Sunday, with two goals from Youssef En-Nesyri, in "
        "the 14th and 55th minutes, and a late third from Lucas Ocampos in the 88th.",
        Match("sevilla", "real-betis", (3, 0)),
    )
    assert goals(match) == [
        ("Youssef En-Nesyri", 14),
        ("Youssef En-Nesyri", 55),
        ("Lucas Ocampos", 88),
    ]


def test_the_third_from_another_name_is_not_the_counted_names_en():
    (match,) = goals_for(
        "Sevilla beat Real Betis 3-0 on Sunday. Two goals from Youssef En-Nesyri, in the "
        "14th and 55th minutes, and a late third from Lucas Ocampos in the 88th sealed it.",
        Match("sevilla", "real-betis", (3, 0)),
    )
    assert goals(match) == [
        ("Youssef En-Nesyri", 14),
        ("Youssef En-Nesyri", 55),
        ("Lucas Ocampos", 88),
    ]


def test_a_brace_from_one_name_en():
    (match,) = goals_for(
        "Lyon won 2-0 at Nantes on Friday thanks to a brace from Alexandre Lacazette in "
        "the 21st and 64th minutes.",
        Match("nantes", "lyon", (0, 2)),
    )
    assert goals(match) == [("Alexandre Lacazette", 21), ("Alexandre Lacazette", 64)]


def test_zwei_tore_von_with_bracketed_minutes_and_another_name_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann mit 3:1 gegen den VfL Bochum. Zwei Tore von Vincenzo "
        "Grifo (12., 50.) und ein Treffer von Michael Gregoritsch (77.) entschieden die Partie.",
        Match("sc-freiburg", "vfl-bochum", (3, 1)),
        lang="de",
    )
    assert goals(match) == [
        ("Vincenzo Grifo", 12),
        ("Vincenzo Grifo", 50),
        ("Michael Gregoritsch", 77),
    ]


def test_ein_doppelpack_von_in_der_minute_de():
    (match,) = goals_for(
        "Der SC Freiburg gewann mit 2:0 gegen den VfL Bochum. Ein Doppelpack von Vincenzo "
        "Grifo in der 12. und 50. Minute entschied die Partie.",
        Match("sc-freiburg", "vfl-bochum", (2, 0)),
        lang="de",
    )
    assert goals(match) == [("Vincenzo Grifo", 12), ("Vincenzo Grifo", 50)]


def test_a_names_two_goals_with_minutes_in_an_apposition_en():
    (match,) = goals_for(
        "Sevilla beat Real Betis 3-0 on Sunday. Youssef En-Nesyri's two goals, in the 14th "
        "and 55th minutes, were followed by Lucas Ocampos's header in the 88th.",
        Match("sevilla", "real-betis", (3, 0)),
    )
    assert goals(match) == [
        ("Youssef En-Nesyri", 14),
        ("Youssef En-Nesyri", 55),
        ("Lucas Ocampos", 88),
    ]


def test_a_names_two_goals_came_in_minutes_en():
    (match,) = goals_for(
        "Lyon won 2-0 at Nantes on Friday. Alexandre Lacazette's two goals came in the 21st "
        "and 64th minutes.",
        Match("nantes", "lyon", (0, 2)),
    )
    assert goals(match) == [("Alexandre Lacazette", 21), ("Alexandre Lacazette", 64)]
