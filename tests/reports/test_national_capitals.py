"""A capital whose clubs the team list does not place there (`Dublin`, `Wien`, `Prag`) is
still its country's town: a national team plays at home there. Texts written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_a_two_legged_play_off_told_by_its_capitals():
    facts = read(
        " date 2021-11-17 LONDON (Reuters) - England beat Wales 2-0 on Tuesday. Norway also "
        "qualified on Tuesday, on the away goals rule. They drew 0-0 with Slovakia in "
        "Oslo after the first leg in Bratislava had finished 1-1."
    )
    assert match(facts, "slovakia", "norway").score == (1, 1)
    assert match(facts, "norway", "slovakia").score == (0, 0)
    assert tie(facts, "norway", "slovakia").winner == "norway"


def test_a_german_result_in_a_capital():
    facts = read(
        " date 2021-11-17 Kopenhagen (dpa) - Dänemark hat am Dienstag gegen Schweden 2:0 "
        "gewonnen. Im März hatte Dänemark in Oslo gegen Norwegen 1:2 verloren."
    )
    assert match(facts, "norway", "denmark").score == (2, 1)


def test_a_capital_is_no_ground_of_two_other_teams():
    facts = read(
        " date 2021-11-17 LONDON (Reuters) - England beat Wales 2-0 on Tuesday. Earlier in "
        "the day Spain drew 1-1 with Italy in Prague."
    )
    assert not [m for m in facts.matches if {m.home, m.away} == {"spain", "italy"}]


def test_a_play_off_outside_europe_told_by_its_capitals():
    """Capitals of Asian, Oceanian and CONCACAF sides (`Wellington`, `Manama`, `Muscat`):
    a dateline town and a first leg placed in the other's capital give both homes."""
    facts = read(
        " date 2013-11-21 WELLINGTON, New Zealand (AP) - New Zealand beat Oman 2-0 on "
        "Wednesday to win their intercontinental playoff. The first leg in Muscat last "
        "month had ended 1-1."
    )
    assert match(facts, "new-zealand", "oman").score == (2, 0)
    assert match(facts, "oman", "new-zealand").score == (1, 1)
    assert tie(facts, "new-zealand", "oman").winner == "new-zealand"


def test_a_german_play_off_leg_in_manama():
    facts = read(
        " date 2013-11-21 Wellington (dpa) - Neuseeland hat am Mittwoch gegen Bahrain 2:0 "
        "gewonnen und die WM erreicht. Das Hinspiel in Manama war 1:1 ausgegangen."
    )
    assert match(facts, "new-zealand", "bahrain").score == (2, 0)
    assert match(facts, "bahrain", "new-zealand").score == (1, 1)
