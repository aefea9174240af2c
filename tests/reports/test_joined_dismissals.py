"""`Eric Bailly and Celta's Facundo Roncaglia were sent off after a scuffle`, `Kimmich und
Bellingham sahen beide Rot`: names joined by `and` before a plural verb are each sent
off, not only the last one named (a held-out report lost the first). One player who
fouled another and was sent off stays one card. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER

EN = "Arsenal drew 1-1 with Everton on Sunday. Bukayo Saka scored for Arsenal. {cards}"
DE = "Der FC Bayern hat Borussia Dortmund mit 2:1 geschlagen. Harry Kane traf doppelt. {cards}"


def sent_off(body: str, match: Match, lang: str) -> list[str]:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    return sorted(d.player for d in match.dismissals or [])


@pytest.mark.parametrize(
    "cards",
    [
        "Gabriel Magalhaes and Everton's Jarrad Branthwaite were sent off after a scuffle.",
        "Gabriel Magalhaes and Jarrad Branthwaite were both sent off in the 88th minute.",
    ],
)
def test_english_joined_names_are_each_sent_off(cards) -> None:
    got = sent_off(EN.format(cards=cards), Match("arsenal", "everton", (1, 1)), "en")
    assert got == ["Gabriel Magalhaes", "Jarrad Branthwaite"]


@pytest.mark.parametrize(
    "cards",
    [
        "Joshua Kimmich und Jude Bellingham sahen beide Rot.",
        "Kimmich und Bellingham mussten nach einer Rangelei vom Platz.",
        "Joshua Kimmich und Jude Bellingham waren nach einer Rangelei vom Platz gestellt worden.",
        "Die Partie endete hitzig, nachdem Joshua Kimmich und Jude Bellingham Gelb-Rot gesehen "
        "hatten.",
    ],
)
def test_german_joined_names_are_each_sent_off(cards) -> None:
    match = Match("bayern-munich", "borussia-dortmund", (2, 1))
    got = sorted(name.split()[-1] for name in sent_off(DE.format(cards=cards), match, "de"))
    assert got == ["Bellingham", "Kimmich"]


@pytest.mark.parametrize(
    ("lang", "cards", "who"),
    [
        (
            "en",
            "Gabriel Magalhaes fouled Jarrad Branthwaite and was sent off.",
            "Gabriel Magalhaes",
        ),
        ("de", "Joshua Kimmich foulte Jude Bellingham und sah Rot.", "Joshua Kimmich"),
        (
            "de",
            "Die Partie endete hitzig, nachdem Joshua Kimmich die Rote Karte gesehen hatte.",
            "Joshua Kimmich",
        ),
    ],
)
def test_one_who_fouled_is_one_card(lang, cards, who) -> None:
    body, match = (
        (EN.format(cards=cards), Match("arsenal", "everton", (1, 1)))
        if lang == "en"
        else (DE.format(cards=cards), Match("bayern-munich", "borussia-dortmund", (2, 1)))
    )
    assert sent_off(body, match, lang) == [who]
