"""Dates relative to a report's dateline, in German and English, as the reader gets them."""

from __future__ import annotations

import pytest

from bot.reports.text.dates import parse_dateline, rebase, resolve_dates


def values(text: str, published: str | None, lang: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], m.value, m.precision) for m in resolve_dates(text, published, lang)
    ]


# 2025-04-10 is a Thursday.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miami beat Toronto on Wednesday night.", ("Wednesday night", "2025-04-09")),
        ("The sides drew Tuesday in Seattle.", ("Tuesday", "2025-04-08")),
        ("Orlando host Dallas on Thursday.", ("Thursday", "2025-04-10")),
        ("They lost on Friday evening.", ("Friday evening", "2025-04-04")),
        ("Kickoff is next Sunday.", ("next Sunday", "2025-04-13")),
        ("He scored twice yesterday.", ("yesterday", "2025-04-09")),
        ("They play again tonight.", ("tonight", "2025-04-10")),
        ("He was hurt three days ago.", ("three days ago", "2025-04-07")),
    ],
)
def test_english_relative_days(text, expected):
    assert values(text, "2025-04-10", "en") == [(*expected, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Klub siegte am Dienstag.", ("am Dienstag", "2025-04-08")),
        ("Am Mittwochabend fiel die Entscheidung.", ("Am Mittwochabend", "2025-04-09")),
        ("Das Spiel am Freitagabend war zäh.", ("am Freitagabend", "2025-04-04")),
        ("Gestern gewann Köln.", ("Gestern", "2025-04-09")),
        ("Am kommenden Samstag geht es weiter.", ("Am kommenden Samstag", "2025-04-12")),
    ],
)
def test_german_relative_days(text, expected):
    assert values(text, "2025-04-10", "de") == [(*expected, "day")]


def test_early_morning_in_central_europe_is_the_evening_before_in_the_americas():
    text = "Am frühen Donnerstagmorgen (MESZ) schied Miami in Monterrey aus."
    assert values(text, "2025-04-10", "de") == [
        ("Am frühen Donnerstagmorgen (MESZ)", "2025-04-09", "day")
    ]
    night = "In der Nacht zu Donnerstag verlor Miami."
    assert values(night, "2025-04-10", "de")[0][1] == "2025-04-09"
    english = "Miami lost early Thursday morning CEST in Monterrey."
    assert values(english, "2025-04-10", "en")[0][1] == "2025-04-09"


def test_a_plain_morning_is_not_shifted():
    text = "Am Donnerstagmorgen stellte der Klub den Trainer vor."
    assert values(text, "2025-04-10", "de")[0][1] == "2025-04-10"


def test_month_precision_dateline_gives_months_or_nothing():
    text = (
        "Am frühen Donnerstagmorgen (MESZ) schied Miami aus. Nach der Heimniederlage im "
        "Hinspiel vor einer Woche war wenig zu holen."
    )
    assert values(text, "2024-04", "de") == [
        ("Am frühen Donnerstagmorgen (MESZ)", "2024-04", "month")
    ]


@pytest.mark.parametrize(
    ("text", "published", "lang", "expected"),
    [
        ("Das Hinspiel am 23. April endete 4:0.", "2013-05-02", "de", "2013-04-23"),
        ("Am 9. April 2025 traf Messi.", "2025-06-01", "de", "2025-04-09"),
        ("Das Spiel vom 14.02.2017 bleibt unvergessen.", "2017-03-09", "de", "2017-02-14"),
        ("Seit dem 3.3. ist er verletzt.", "2024-04-01", "de", "2024-03-03"),
        ("after losing the first leg on Feb. 14.", "2017-03-09", "en", "2017-02-14"),
        ("The draw is on April 9.", "2025-04-02", "en", "2025-04-09"),
        ("He last scored on Dec. 20 at home.", "2025-01-05", "en", "2024-12-20"),
        ("The first leg on February 14, 2017, was one-sided.", "2019-01-01", "en", "2017-02-14"),
        ("It was 14 February 2017 in Paris.", "2019-01-01", "en", "2017-02-14"),
        ("The final in Madrid on June 1 will be all-English.", "2019-05-09", "en", "2019-06-01"),
    ],
)
def test_explicit_dates_take_the_year_nearest_the_dateline(text, published, lang, expected):
    assert [v for _, v, _ in values(text, published, lang)] == [expected]


def test_a_weekday_before_an_explicit_date_is_one_mention():
    text = "Tuesday, Feb. 12\nRoma 2, Porto 1"
    assert values(text, "2019-03-14", "en") == [("Tuesday, Feb. 12", "2019-02-12", "day")]
    german = "Samstag, 25. Mai 2013, London"
    assert values(german, "2013-05-26", "de") == [("Samstag, 25. Mai 2013", "2013-05-25", "day")]


def test_last_week_gives_a_month_only_when_the_week_lies_in_one_month():
    assert values("City won 4-3 last week.", "2025-04-17", "en") == [
        ("last week", "2025-04", "month")
    ]
    assert values("City won 4-3 last week.", "2022-05-05", "en") == []


def test_minutes_scores_and_crowds_are_not_dates():
    text = "Müller traf (31.) und (90.+1), 3:1 vor 86.298 Zuschauern, in der 16. Minute."
    assert values(text, "2024-05-26", "de") == []
    english = "He scored in the 84th minute to make it 3-1 on May night."
    assert values(english, "2025-04-10", "en") == []


def test_month_and_year_alone_give_month_precision():
    assert values("Im Mai 2013 gewann Bayern.", "2020-01-01", "de") == [
        ("Mai 2013", "2013-05", "month")
    ]


def test_without_a_dateline_only_full_dates_resolve():
    text = "Am Mittwoch, 23. April, und am 9. April 2025."
    assert values(text, None, "de") == [("9. April 2025", "2025-04-09", "day")]


def test_weeks_give_the_month_and_an_offset_to_count_from_the_match():
    (mention,) = resolve_dates("Das Hinspiel vor einer Woche ging verloren.", "2025-04-10", "de")
    assert (mention.value, mention.precision, mention.relative) == ("2025-04", "month", -7)
    assert rebase(mention, "2025-04-09") == "2025-04-02"
    (english,) = resolve_dates("PSG, so dominant three weeks ago.", "2017-03-09", "en")
    assert (english.value, english.precision, english.relative) == ("2017-02", "month", -21)


def test_weeks_that_straddle_a_month_give_nothing():
    assert resolve_dates("Vor zwei Wochen gab es ein 2:2.", "2025-04-15", "de") == []
    assert resolve_dates("It happened a week ago.", "2025-04-08", "en") == []


def test_rebase_needs_an_offset_and_a_day():
    (explicit,) = resolve_dates("am 23. April", "2013-05-02", "de")
    assert rebase(explicit, "2013-05-01") is None
    (weekly,) = resolve_dates("vor einer Woche", "2025-04-10", "de")
    assert rebase(weekly, "2025-04") is None


@pytest.mark.parametrize("published", ["2025-04-10", "2024-04", None, "garbage", "2025-02-30"])
def test_datelines(published):
    day, precision = parse_dateline(published)
    if published == "2025-04-10":
        assert (day.isoformat(), precision) == ("2025-04-10", "day")
    elif published == "2024-04":
        assert (day.isoformat(), precision) == ("2024-04-01", "month")
    else:
        assert (day, precision) == (None, None)


def test_a_month_written_with_a_dotted_capital_i_is_still_a_month():
    """`MAİ` lower-cases to `mai` plus a combining dot: it once raised KeyError."""
    from bot.reports.reader import read_report

    text = (
        " date 2025-06-10 München - Der FC Bayern München hat am Mittwochabend mit 3:1 gegen"
        " Borussia Dortmund gewonnen. Harry Kane traf zweimal. Im MAİ hatten die Münchner"
        " 0:2 beim VfB Stuttgart verloren."
    )
    read = [(m.home, m.away, m.score, m.date) for m in read_report(text, "mai").matches]
    assert ("vfb-stuttgart", "bayern-munich", (2, 0), "2025-05") in read
