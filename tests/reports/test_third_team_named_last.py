"""`Mit den Bayern zog auch der FC Liverpool in die Runde der letzten Acht ein. Die Reds
verloren ihr Rückspiel an der Anfield Road gegen Inter Mailand mit 0:1` in a story about
Bayern: where the sentence before names a third team after the story's one (and not as
an opponent), that team is the one the unnamed subject is, so the story's side is no
guess for it. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_german_third_team_named_last_before_the_result() -> None:
    facts = read(
        " date 2019-03-14 Am Tag nach dem 5:1 gegen den FC Porto ist die Stimmung beim FC "
        "Bayern gelöst. Der deutsche Rekordmeister hatte am Dienstagabend das "
        "Achtelfinal-Rückspiel der Champions League in der Allianz Arena deutlich gewonnen "
        "und ist ins Viertelfinale eingezogen.\n\nIn Portugal hatte es im Hinspiel noch ein "
        "1:1 gegeben. Diesmal ließ die Mannschaft keine Zweifel aufkommen.\n\nMit den Bayern "
        "zog am Dienstagabend auch der FC Everton in die Runde der letzten Acht ein, "
        "allerdings mit Mühe. Die Blues verloren ihr Rückspiel im Goodison Park gegen Lazio "
        "Rom mit 0:1."
    )
    assert not [p for p in pairs(facts) if "lazio" in p[:2] and "bayern-munich" in p[:2]]


def test_an_english_third_team_named_last_before_the_result() -> None:
    facts = read(
        " date 2019-03-14 MUNICH (AP) — A day after the 5-1 against Porto the mood at Bayern "
        "Munich is relaxed. The German champions won the second leg at the Allianz Arena on "
        "Tuesday night and are in the quarterfinals.\n\nIn Portugal the first leg had ended "
        "1-1. This time there was no doubt.\n\nJoining Bayern in the last eight on Tuesday "
        "were Everton, if only just. The Blues lost their second leg at Goodison Park to Lazio "
        "1-0."
    )
    assert not [p for p in pairs(facts) if "lazio" in p[:2] and "bayern-munich" in p[:2]]
