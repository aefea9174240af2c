"""Local times to instants: digests and quiet hours keep to the wall clock across DST changes."""

from __future__ import annotations

from datetime import time

from bot.schedule.timing import Plan, Quiet, next_local, parse_hhmm, zone
from tests.schedule.support import utc

BERLIN = zone("Europe/Berlin")


def test_digest_at_eight_is_six_utc_in_summer_and_seven_after_the_october_change():
    assert next_local(utc(2025, 10, 24, 12, 0), time(8), BERLIN) == utc(2025, 10, 25, 6, 0)
    assert next_local(utc(2025, 10, 25, 12, 0), time(8), BERLIN) == utc(2025, 10, 26, 7, 0)


def test_march_change_moves_utc_the_other_way():
    assert next_local(utc(2025, 3, 29, 12, 0), time(8), BERLIN) == utc(2025, 3, 30, 6, 0)


def test_a_time_skipped_in_spring_comes_an_hour_later():
    assert next_local(utc(2025, 3, 29, 20, 0), time(2, 30), BERLIN) == utc(2025, 3, 30, 1, 30)


def test_a_time_that_happens_twice_in_autumn_is_its_first_occurrence():
    assert next_local(utc(2025, 10, 25, 20, 0), time(2, 30), BERLIN) == utc(2025, 10, 26, 0, 30)


def test_a_digest_time_just_reached_means_the_next_day():
    assert next_local(utc(2025, 6, 1, 6, 0), time(8), BERLIN) == utc(2025, 6, 2, 6, 0)


def test_quiet_hours_over_midnight_hold_until_they_end():
    plan = Plan(tz=BERLIN, quiet=Quiet(time(22), time(7)))
    assert plan.due(utc(2025, 6, 1, 21, 30)) == utc(2025, 6, 2, 5, 0)
    assert plan.due(utc(2025, 6, 2, 3, 0)) == utc(2025, 6, 2, 5, 0)
    assert plan.due(utc(2025, 6, 2, 12, 0)) == utc(2025, 6, 2, 12, 0)


def test_digest_wins_over_quiet_hours_and_instant_is_now():
    digest = Plan(tz=BERLIN, mode="digest", digest_at=time(8), quiet=Quiet(time(22), time(7)))
    assert digest.due(utc(2025, 6, 1, 21, 30)) == utc(2025, 6, 2, 6, 0)
    assert Plan(tz=BERLIN).due(utc(2025, 6, 1, 21, 30)) == utc(2025, 6, 1, 21, 30)


def test_hhmm_parsing():
    assert parse_hhmm("8:05") == time(8, 5)
    assert parse_hhmm("20.30") == time(20, 30)
    for bad in ("24:00", "8", "08:60", "eight", "", "08:00:00"):
        assert parse_hhmm(bad) is None
