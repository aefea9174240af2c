"""`The home side had arrived in poor form after a 2-1 defeat at Borussia Dortmund`: a role
word (`the home side`, `die Gastgeber`) beside a result played at a ground the sentence
names is the story's side, playing away there, not that match's home side (a held-out
report turned Hertha's 2-1 defeat into a win). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_the_storys_home_side_lost_away() -> None:
    facts = read(
        " date 2022-05-20 BERLIN (AP) — Hamburger SV won 1-0 at Hertha Berlin in the first leg "
        "of the Bundesliga relegation playoff on Thursday.\n\nThe home side had arrived in poor "
        "form after a 3-1 defeat at Bayern Munich on the final day of the season."
    )
    found = pairs(facts)
    assert ("bayern-munich", "hertha-bsc", (1, 3)) not in found


def test_the_hosts_won_at_home_is_still_read_by_role() -> None:
    facts = read(
        " date 2022-05-20 Hertha Berlin played Hamburger SV at the Olympiastadion on Thursday. "
        "The hosts won 2-0."
    )
    assert ("hamburger-sv", "hertha-bsc", (0, 2)) not in pairs(facts)
