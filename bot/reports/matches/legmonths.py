"""`Ende November 1985 ... im Hinspiel 5:1 ... das Rückspiel im Dezember dann mit 4:0`:
a second leg dated by its month alone is played in the weeks after its first leg, so
the month lies in the first leg's year (or the next, for a January after a December),
and the tie's two legs share one season."""

from __future__ import annotations

from bot.reports.text.holdsany import holds_same


def month_after_first_leg(built: list, merged: list) -> None:
    # the cheap leg test first (both must hold; neither has side effects)
    legs = {m.leg: m for m, r in built if m.leg in (1, 2) and holds_same(r, merged)}
    first, second = legs.get(1), legs.get(2)
    if first is None or second is None or not first.date or not second.date:
        return
    if len(second.date) != 7 or first.competition != second.competition:
        return
    year, month = int(first.date[:4]), int(first.date[5:7])
    wanted = int(second.date[5:7])
    anchored = f"{year if wanted >= month else year + 1:04d}-{wanted:02d}"
    if anchored == second.date or abs(int(second.date[:4]) - year) < 2:
        return
    second.date = anchored
    second.season = first.season
