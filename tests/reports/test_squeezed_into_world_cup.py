"""`Uruguay squeezed into next year's World Cup on Wednesday night, beating Australia 3-0
in the second leg of their playoff`: the tournament a side squeezes (scrapes) into is
where it goes, so the report's matches are its qualifying."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 2001-11-26 MONTEVIDEO, Uruguay (AP) - Uruguay squeezed into next year's World Cup "
    "on Sunday night, beating Australia 3-0 at the Centenario stadium in the second leg of "
    "their intercontinental playoff.\n\n"
    "The first leg in Melbourne had ended 1-0 to Australia, so Uruguay won the series 3-1 on "
    "aggregate."
)
DE = (
    " date 2001-11-26 Montevideo (dpa) - Uruguay hat sich als letztes Team für die WM "
    "qualifiziert. Im Playoff-Rückspiel besiegte die Celeste am Sonntag Australien in "
    "Montevideo mit 3:0, nachdem das Hinspiel in Melbourne 0:1 verloren gegangen war."
)


def test_squeezed_into_next_years_world_cup():
    second = match(read(EN), "uruguay", "australia")
    assert (second.competition, second.season, second.stage) == (
        "FIFA World Cup qualification",
        "2002",
        "play-off",
    )


def test_german_playoff_for_the_world_cup():
    second = match(read(DE), "uruguay", "australia")
    assert second.competition in (None, "FIFA World Cup qualification")
