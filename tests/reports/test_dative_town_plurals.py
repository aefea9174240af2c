"""A club's German town plural in the dative (`den Leverkusenern`, `den Dortmundern`) is
that club, as `die Leverkusener` is; after `reichte`, `gelang` it is the side the result
is told from, as `dem FC Bayern` is. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

LEAD = (
    " date 2023-03-16 Leverkusen (dpa) - Bayer Leverkusen hat am Mittwochabend im "
    "Achtelfinal-Rückspiel der Europa League gegen Juventus Turin 1:1 gespielt. "
)


def test_a_dative_town_plural_after_reichten_is_the_results_side():
    facts = read(
        LEAD + "Dank des 2:0-Sieges im Hinspiel in Turin reichte den Leverkusenern das Remis."
    )
    assert match(facts, "juventus", "bayer-leverkusen").score == (0, 2)
    assert tie(facts, "juventus", "bayer-leverkusen").winner == "bayer-leverkusen"


def test_a_dative_town_plural_as_the_object():
    facts = read(
        " date 2023-03-16 Turin (dpa) - Juventus Turin hat am Mittwochabend gegen Bayer "
        "Leverkusen 1:1 gespielt. Im Hinspiel war Juventus in Leverkusen den "
        "Leverkusenern mit 0:2 unterlegen."
    )
    assert match(facts, "bayer-leverkusen", "juventus").score == (2, 0)
