"""An ambiguous short name (`die Mailänder`, `City`) in a text that names more than one
of its teams plainly stands for the one of them named just before it. Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_german_town_plural_after_one_of_its_clubs():
    facts = read(
        " date 2023-04-12 Mailand (dpa) - Die AC Mailand hat am Mittwoch gegen den SSC "
        "Neapel 1:0 gewonnen. Inter Mailand ist dagegen schon im Halbfinale. Im "
        "Viertelfinale hatten die Mailänder den FC Porto mit einem torlosen Remis in Porto "
        "aus dem Wettbewerb geworfen."
    )
    assert match(facts, "porto", "inter-milan").score == (0, 0)


def test_an_english_short_name_after_one_of_its_clubs():
    facts = read(
        " date 2024-03-17 MANCHESTER, England (AP) - Leicester City lost 4-2 at Chelsea on "
        "Sunday. Manchester City are through as well. City beat Newcastle United 2-0 at "
        "the Etihad on Saturday."
    )
    assert match(facts, "manchester-city", "newcastle-united").score == (2, 0)


def test_a_short_name_after_both_of_its_clubs_stays_open():
    facts = read(
        " date 2024-03-17 MANCHESTER, England (AP) - Leicester City lost 4-2 at Chelsea on "
        "Sunday while Manchester City drew. City beat Newcastle United 2-0 at home on "
        "Saturday."
    )
    assert not [m for m in facts.matches if "newcastle-united" in (m.home, m.away)]
