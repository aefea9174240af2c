"""`Schiedsrichter X schickte drei Spieler vom Platz, A und B bei Celtic sowie C bei den
Rangers`, `the referee sent off three players: A, B and C`: as many names as the count,
each sent off; a list that does not hold that many names tells nothing this way.
Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_DE = (
    " date 2000-03-27 Glasgow (dpa) - Die Glasgow Rangers sind dem Titel nahe. Sie gewannen am "
    "Sonntag bei Celtic mit 4:0. "
)
_EN = (
    " date 2000-03-27 GLASGOW, Scotland (AP) - Rangers won 4-0 at Celtic on Sunday in the "
    "Scottish league. "
)


def _cards(text: str) -> list[str]:
    return [d.player for d in match(read(text), "celtic", "rangers").dismissals or []]


def test_german_counted_list() -> None:
    text = _DE + (
        "Schiedsrichter Kenny Clark schickte drei Spieler vom Platz, Johan Mjallby und Bobby "
        "Petta bei Celtic sowie Barry Ferguson bei den Rangers."
    )
    assert _cards(text) == ["Johan Mjallby", "Bobby Petta", "Barry Ferguson"]


def test_english_counted_list() -> None:
    text = _EN + ("Referee Kenny Clark sent off two players: Johan Mjallby and Barry Ferguson.")
    assert _cards(text) == ["Johan Mjallby", "Barry Ferguson"]


def test_count_that_does_not_fit_tells_nothing() -> None:
    text = _EN + "Referee Kenny Clark sent off three players: Johan Mjallby and Barry Ferguson."
    assert len(_cards(text)) < 3
