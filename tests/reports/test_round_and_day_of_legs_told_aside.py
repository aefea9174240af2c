"""Legs told aside in a report of another round or day:
- `Barcelona gewann zeitgleich das Rückspiel gegen Chelsea mit 3:0, nach dem 1:1 an der
  Stamford Bridge`: the first leg beside its second is not of the day `zeitgleich` means;
- `Japan reached the final by beating South Korea on penalties in the semifinals after a
  2-2 draw, while Australia overwhelmed Uzbekistan 6-0 on the same evening`: `the same
  evening` after another (even unread) result is that result's, not the main match's day."""

from __future__ import annotations

from tests.reports.helpers import match, read

DE_HEAD = (
    " date 2019-04-11 München (dpa) - Der FC Bayern hat im Viertelfinale der Champions "
    "League am Mittwochabend das Hinspiel gegen den FC Liverpool mit 2:1 gewonnen.\n\n"
)


def test_first_leg_beside_a_second_played_the_same_evening_takes_no_date():
    text = DE_HEAD + (
        "Der FC Barcelona gewann zeitgleich das Rückspiel gegen Manchester United mit 3:0, "
        "nach dem 1:1 im Old Trafford.\n"
    )
    facts = read(text)
    first = [m for m in facts.matches if (m.home, m.away) == ("manchester-united", "barcelona")]
    for m in first:
        assert m.date != "2019-04-10"


def test_same_evening_after_an_other_result_is_not_the_mains_day():
    text = (
        " date 2019-02-02 ABU DHABI (Reuters) - Qatar won the Asian Cup for the first time on "
        "Friday, beating Japan 3-1 in the final.\n\nJapan reached the final by beating Iran on "
        "penalties in the semifinals after a 2-2 draw, while Qatar overwhelmed the United "
        "Arab Emirates 4-0 on the same evening.\n"
    )
    found = match(read(text), "japan", "iran")
    assert found.date != "2019-02-01"
