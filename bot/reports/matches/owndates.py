"""`it beat Real Madrid 2-1 in Tokyo in the Intercontinental Cup final in 2000 and won the
same trophy against AC Milan on penalties last December`: a month (`last December`, `im
März`) and a year given to one result by one sentence that disagree cannot both be its
own; the year named with the result stands and the month, told of something else, is
dropped. A day (`on Thursday`) is kept: it is told of a recent match, and a year beside
it (`won the title at home in 1984 and had beaten Germany 2-0 on Thursday`) is the
older story's."""

from __future__ import annotations

from bot.reports.matches.reading import Reading


def drop_months_of_another_year(readings: list[Reading]) -> None:
    for r in readings:
        if r.date and len(r.date) == 7 and r.year and r.date[:4] != r.year:
            r.date = None
