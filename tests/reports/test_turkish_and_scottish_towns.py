"""Home towns of Turkish clubs whose names do not carry them as a word of their own
(`Bursa` for Bursaspor, `Trabzon`), and Edinburgh for Hearts and Hibernian: a result
placed there is at that club's home. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_an_english_result_in_trabzon():
    facts = read(
        " date 2011-05-23 (AP) - Galatasaray lost 2-0 to Trabzonspor in Trabzon on Sunday."
    )
    assert match(facts, "trabzonspor", "galatasaray").score == (2, 0)


def test_a_german_result_in_bursa():
    facts = read(
        " date 2011-05-23 (dpa) - Fenerbahce hat am Sonntag in Bursa gegen Bursaspor "
        "mit 1:2 verloren."
    )
    assert match(facts, "bursaspor", "fenerbahce").score == (2, 1)
