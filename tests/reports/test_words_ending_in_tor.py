"""A German word that ends in `tor` is no goal word unless it is one (`Tor`, `Siegtor`,
`Kopfballtor`): not a name (`Vitor Pereira`), nor a role (`Investor`, `Sportdirektor`).
Texts written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def _one() -> Match:
    return Match(home="hamburger-sv", away="hannover-96", score=(0, 2), competition=None,
                 season=None)  # fmt: skip


def test_a_coach_named_vitor_scores_nothing():
    (found,) = goals_for(
        "Der Hamburger SV verlor am Samstag im Volksparkstadion mit 0:2 gegen Hannover 96.\n\n"
        "Vitor Pereira, im Winter als große Lösung präsentiert, stand mit verschränkten Armen "
        "an der Seitenlinie. Investor Klaus-Michael Kühne muss nun entscheiden, wie es "
        "weitergeht, und Sportdirektor Jonas Boldt schwieg.",
        _one(),
        lang="de",
    )
    assert not found.goals


def test_a_compound_goal_word_still_tells_a_goal():
    (found,) = goals_for(
        "Der Hamburger SV verlor am Samstag im Volksparkstadion mit 0:2 gegen Hannover 96. "
        "Das Siegtor erzielte Cedric Teuchert in der 30. Minute.",
        _one(),
        lang="de",
    )
    assert ("Cedric Teuchert", 30) in {(g.player, g.minute) for g in found.goals or ()}
