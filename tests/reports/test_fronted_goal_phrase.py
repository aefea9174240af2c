"""A fronted phrase that tells an earlier goal with its minute (`Nach Wirtz' Treffer (9.)
erhöhte Boniface (61.)`, `After Saka's opener (9), Havertz made it 2-0 (61)`): that minute
is the phrase's goal, scored by the name the phrase gives or by no one known, never by the
main clause's scorer; and a name in such a phrase is not the main clause's doer.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. "
)
_EN = " date 2024-02-11 Arsenal beat Brighton 2-0 at the Emirates Stadium on Saturday. "


def _de(sentence: str) -> list[tuple]:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    return [(g.minute, g.player) for g in found.goals or []]


def _en(sentence: str) -> list[tuple]:
    found = match(read(_EN + sentence), "arsenal", "brighton")
    return [(g.minute, g.player) for g in found.goals or []]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach Grimaldos Treffer (9.) erhöhte Boniface (61.).",
        "Nach Grimaldos frühem Führungstreffer (9.) erhöhte Boniface (61.).",
        "Nach dem Führungstor von Grimaldo (9.) erhöhte Boniface (61.).",
        "Nach dem 1:0 durch Grimaldo in der 9. Minute erhöhte Boniface (61.).",
    ],
)
def test_german_fronted_goal_keeps_its_own_scorer(sentence: str) -> None:
    assert _de(sentence) == [(9, "Grimaldo"), (61, "Boniface")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach dem Führungstreffer (9.) erhöhte Boniface (61.).",
        "Nach dem frühen Treffer der Gastgeber (9.) erhöhte Boniface (61.).",
        "Nach Leverkusens Führung (9.) erhöhte Boniface (61.).",
    ],
)
def test_german_fronted_goal_without_a_name_is_nobodys(sentence: str) -> None:
    assert _de(sentence) == [(61, "Boniface")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After Saka's opener (9), Havertz made it 2-0 (61).",
        "Following Saka's opener (9), Havertz made it 2-0 (61).",
        "After Saka's ninth-minute opener, Havertz made it 2-0 in the 61st minute.",
        "After the opener from Saka in the ninth minute, Havertz doubled the lead in the 61st.",
        "After an early goal by Saka (9), Havertz doubled the lead (61).",
    ],
)
def test_english_fronted_goal_keeps_its_own_scorer(sentence: str) -> None:
    assert _en(sentence) == [(9, "Saka"), (61, "Havertz")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the opener (9), Havertz made it 2-0 (61).",
        "After the opener in the ninth minute, Havertz doubled the lead in the 61st.",
    ],
)
def test_english_fronted_goal_without_a_name_is_nobodys(sentence: str) -> None:
    assert _en(sentence) == [(61, "Havertz")]


@pytest.mark.parametrize(
    ("lang", "sentence", "scorer"),
    [
        ("de", "Nach dem Treffer von Grimaldo erhöhte Boniface (61.).", "Boniface"),
        ("de", "Nach Grimaldos Treffer erhöhte Boniface (61.).", "Boniface"),
        ("de", "Nach Álex Grimaldos Freistoß (61.) köpfte Boniface ein.", "Boniface"),
        ("en", "After Saka's opener Havertz made it 2-0 in the 61st minute.", "Havertz"),
    ],
)
def test_a_name_in_a_fronted_phrase_is_not_the_main_scorer(lang, sentence, scorer) -> None:
    minutes = _de(sentence) if lang == "de" else _en(sentence)
    assert (61, scorer) in minutes
    assert all(player == scorer for minute, player in minutes if minute == 61)


def test_fronted_own_goal_and_penalty_keep_their_kind() -> None:
    found = match(
        read(_DE + "Nach dem Eigentor von Hanche-Olsen (9.) erhöhte Boniface (61.)."),
        "bayer-leverkusen",
        "mainz-05",
    )
    assert [(g.minute, g.player, g.own_goal) for g in found.goals] == [
        (9, "Hanche-Olsen", True),
        (61, "Boniface", False),
    ]
    found = match(
        read(_DE + "Nach Grimaldos Elfmetertor (9.) erhöhte Boniface (61.)."),
        "bayer-leverkusen",
        "mainz-05",
    )
    assert [(g.minute, g.player, g.penalty) for g in found.goals] == [
        (9, "Grimaldo", True),
        (61, "Boniface", False),
    ]


def test_the_goal_of_a_fronted_genitive_alone_is_the_name_s() -> None:
    assert _de("Nach Grimaldos Treffer (9.) war die Partie früh entschieden.") == [(9, "Grimaldo")]
