"""A weekday in the opening that is not the main match's: one a side was `still
hungover from` (`seit Mittwoch`), another game's, or the day the papers wrote about
the match (`schrieben die englischen Zeitungen am Montag`). Texts written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_day_a_side_carried_over_is_another_games():
    facts = read(
        " date 2009-05-24 FINAL DAY\n\nHamburg 4 Hertha Berlin 0\nHamburg finished in "
        "style. Hertha, still tired from Wednesday, never competed."
    )
    assert match(facts, "hamburger-sv", "hertha-bsc").date is None


def test_the_day_the_papers_wrote_is_not_the_matchs():
    facts = read(
        " date 2024-02-27 Der FC Arsenal hat das Londoner Derby gegen den FC Chelsea mit "
        "3:1 gewonnen. Die Gunners siegten im Emirates Stadium verdient. „Arteta's boys“, "
        "schrieben die englischen Zeitungen am Montag."
    )
    assert match(facts, "arsenal", "chelsea").date is None


def test_a_day_told_of_the_match_still_dates_it():
    facts = read(
        " date 2024-02-27 Der FC Arsenal hat am Montag das Londoner Derby gegen den FC "
        "Chelsea mit 3:1 gewonnen. Die Gunners siegten im Emirates Stadium verdient."
    )
    assert match(facts, "arsenal", "chelsea").date == "2024-02-26"
