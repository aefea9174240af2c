"""`Referee Michael Oliver sent off James Tarkowski in the 60th minute`, `Schiedsrichter
Zwayer schickte Tarkowski in der 60. Minute vom Platz`: the one sent off is named after
the active verb, not the referee before it; and a German `flog`/`schickte` ... `vom
Platz` with a minute (its dot) between is a dismissal. A coach who sends his players back
on the pitch sends no one off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.cards.dismissals import attach_dismissals
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER

LEAD = {
    "en": "Arsenal beat Everton 1-0 on Sunday. Bukayo Saka scored in the 20th minute. ",
    "de": "Arsenal gewann am Sonntag 1:0 gegen Everton. Bukayo Saka traf in der 20. Minute. ",
}


def cards(lang: str, told: str) -> list[tuple]:
    match = Match("arsenal", "everton", (1, 0))
    doc = build_document(" date 2025-03-13 " + LEAD[lang] + told, RESOLVER, lang)
    attach_goals(doc, [match])
    attach_dismissals(doc, [match])
    return [(d.player, d.minute) for d in match.dismissals or []]


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        ("en", "Referee Michael Oliver sent off James Tarkowski in the 60th minute."),
        ("de", "Schiedsrichter Felix Zwayer schickte James Tarkowski in der 60. Minute vom Platz."),
        ("de", "James Tarkowski flog in der 60. Minute vom Platz."),
    ],
)
def test_the_one_sent_off(lang, told) -> None:
    assert cards(lang, told) == [("James Tarkowski", 60)]


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        ("en", "James Tarkowski was sent off in the 60th minute."),
        ("de", "Trainer Sean Dyche schickte seine Spieler in der Pause wieder auf den Platz."),
    ],
)
def test_no_referee_or_coach_is_carded(lang, told) -> None:
    assert all(name != "Michael Oliver" and name != "Sean Dyche" for name, _ in cards(lang, told))
