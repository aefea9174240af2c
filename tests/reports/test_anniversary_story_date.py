"""An anniversary piece (`Forty years ago tonight`, `Heute vor 30 Jahren`, a dateline of
2024-07-07 over `am 7. Juli 1994`) dates its matches from the story's day, not from the
publication date decades later; met on set 57's retrospective pieces, sentences written
for these tests."""

from __future__ import annotations

from bot.reports.text.anniversary import story_date
from tests.reports.helpers import match, read


def test_years_ago_tonight_moves_the_story_back_en():
    facts = read(
        " date 2019-05-16 Thirty years ago tonight Chelsea lost 1-3 to Arsenal at Stamford "
        "Bridge. On the Saturday before, Chelsea had beaten Everton 2-0 in the FA Cup."
    )
    assert facts.report.published == "2019-05-16"
    main = match(facts, "chelsea", "arsenal")
    assert main.date == "1989-05-16"
    assert main.season == "1988-89"


def test_heute_vor_jahren_moves_the_story_back_de():
    facts = read(
        " date 2022-06-10 Heute vor 30 Jahren gewann Werder Bremen in der Bundesliga 2:0 "
        "gegen den VfB Stuttgart. Am 3. Juni hatte Bremen 1:1 beim 1. FC Köln gespielt."
    )
    earlier = match(facts, "fc-koln", "werder-bremen")
    assert earlier.date == "1992-06-03"
    assert earlier.season == "1991-92"


def test_a_full_date_on_the_datelines_day_in_an_earlier_year():
    assert story_date("Am 7. Juli 1994 gewann Bayern.", "2024-07-07") == "1994-07-07"
    assert story_date("What happened on May 25, 1977 was remarkable.", "2017-05-25") == (
        "1977-05-25"
    )
    assert story_date("Fünfzig Jahre ist es heute her, dass ...", "2024-07-07") == "1974-07-07"
    assert story_date("Forty-five years ago today, ...", "2020-03-01") == "1975-03-01"


def test_no_anniversary_without_a_count_from_today():
    assert story_date("Fifty years ago, Everton won the league.", "2020-11-04") is None
    assert story_date("On 7 July 1974 Germany won the final.", "2024-07-08") is None
    assert story_date("Two years ago today, ...", "2024-07-08") == "2022-07-08"
    assert story_date("A year ago today, ...", "2024-07-08") is None
    assert story_date("Heute vor 30 Jahren ...", None) is None
