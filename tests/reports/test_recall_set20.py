"""Facts missed on unseen set 20, each a phrase family with sentences written for the
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_ground_told_as_one_sides_gives_the_home_side():
    facts = read(
        " date 2019-04-18 Manchester City went out of the Champions League on Wednesday. "
        "The tie had been settled eight days earlier at Tottenham's new stadium, where Son's "
        "late goal gave Spurs a 1-0 win over Manchester City in the first leg."
    )
    first = match(facts, "tottenham", "manchester-city")
    assert (first.score, first.leg) == ((1, 0), 1)


def test_a_draw_between_two_named_sides_after_a_german_date_is_theirs():
    facts = read(
        " date 2019-10-23 Das andere Halbfinale wird am Mittwoch entschieden. Das Hinspiel "
        "zwischen Grêmio und Flamengo in Porto Alegre war am 2. Oktober 1:1 ausgegangen."
    )
    first = match(facts, "gremio", "flamengo")
    assert (first.score, first.leg, first.date) == ((1, 1), 1, "2019-10-02")


def test_a_draw_between_two_named_sides_in_english():
    facts = read(
        " date 2019-04-17 Juventus play Ajax on Tuesday. The first leg between Ajax and "
        "Juventus in Amsterdam finished 1-1."
    )
    assert match(facts, "ajax", "juventus").score == (1, 1)


def test_a_decided_score_between_two_named_sides_names_no_winner():
    facts = read(
        " date 2019-10-23 Das andere Halbfinale wird am Mittwoch entschieden. Das Hinspiel "
        "zwischen Grêmio und Flamengo in Porto Alegre war am 2. Oktober 2:1 ausgegangen."
    )
    assert not [m for m in facts.matches if m.score in ((2, 1), (1, 2))]


def test_a_time_told_before_the_subject_leaves_it_the_subject():
    facts = read(
        " date 2020-10-05 Tottenham won 6-1 at Old Trafford on Sunday. A few hours later "
        "Aston Villa thrashed champions Liverpool 7-2 at Villa Park."
    )
    assert match(facts, "aston-villa", "liverpool").score == (7, 2)
