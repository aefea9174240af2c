"""`Kurz vor der Pause schlug Tousart zu: Der Franzose traf zum 1:0 (44.)`: a lone name right
after the verb of a clause that opens on an adverbial and ends on the verb's particle is
that clause's subject, so the role after the colon points back to him, not to a player
named in an earlier sentence. A name that is the object of such a verb is not taken.
Sentences written for this test."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

BEFORE = (
    "Hertha gewann am Samstag gegen Bochum mit 2:0. Lange hielt Riemann gegen Tousart und "
    "Cigerci alles, was auf sein Tor kam. "
)


def _scorers(m: Match) -> list[tuple[str | None, int | None]]:
    return [(g.player, g.minute) for g in m.goals or []]


def test_the_role_after_the_colon_is_the_inverted_subject() -> None:
    body = BEFORE + (
        "Kurz vor der Pause schlug Kempf zu: Der Verteidiger nutzte eine Unachtsamkeit und "
        "traf zum 1:0 (44.)."
    )
    (m,) = goals_for(body, Match("hertha-bsc", "vfl-bochum", (2, 0)), lang="de")
    assert ("Kempf", 44) in _scorers(m)
    assert all(player != "Cigerci" for player, _ in _scorers(m))


def test_an_object_after_the_verb_is_not_the_role() -> None:
    body = BEFORE + (
        "Kurz danach spielte Kaminski den Ball dem Dänen vor die Füße, und der 30-Jährige "
        "traf zum 2:0 (60.)."
    )
    (m,) = goals_for(body, Match("hertha-bsc", "vfl-bochum", (2, 0)), lang="de")
    assert all(player != "Kaminski" for player, _ in _scorers(m))
