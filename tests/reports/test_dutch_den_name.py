"""`Piet den Boer erzielte das Tor` after a comma: a clause's first word, `den` and a
capitalised word before a lowercase one is one Dutch name (a German main clause puts its
verb second, so this `den` is no article), not `Piet` alone; `den` after a subordinating
word (`weil Müller den Ball verlor`) stays an article. Met on set 72's Mechelen-Gent
(Mechelen's 1988 Cup Winners' Cup final); sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _players(body: str, match: Match) -> list[str | None]:
    (m,) = goals_for(body, match, lang="de")
    return [g.player for g in m.goals or []]


def test_den_name_after_comma() -> None:
    body = (
        "Twente gewann mit 1:0 gegen Ajax Amsterdam, Jan den Hartog erzielte in der 80. "
        "Minute das Tor des Abends."
    )
    assert _players(body, Match("twente", "ajax", (1, 0))) == ["Jan den Hartog"]


def test_den_name_opening_sentence() -> None:
    body = "Twente gewann 1:0 gegen Ajax. Jan den Hartog erzielte das Tor des Abends."
    assert _players(body, Match("twente", "ajax", (1, 0))) == ["Jan den Hartog"]


def test_den_article_after_subordinator() -> None:
    body = (
        "Twente gewann mit 1:0 gegen Ajax Amsterdam, weil Kramer den Ball in der 80. Minute "
        "ins Tor schob."
    )
    found = _players(body, Match("twente", "ajax", (1, 0)))
    assert all(p is None or "den" not in p.split() for p in found)
