"""`gewann am Samstag in München gegen Portugal mit 4:2` and the result line `Portugal –
Deutschland 2:4`: at a national-team tournament (World Cup, Euro) the venues are chosen
in advance and the fixture list names the home side, so a town in one side's country
says less than a result line of the same match, which names the home side first. The
told result keeps no home side of its own and becomes one match with the line."""

from __future__ import annotations

from bot.reports.matches.matchinfo import competition_of
from bot.reports.matches.reading import Reading
from bot.reports.matches.tournaments import TOURNAMENTS


def yield_town_to_line(doc, readings: list[Reading], primary) -> None:
    lines = [r for r in readings if "listing" in r.notes and r.home and r.leg is None]
    if not lines:
        return
    contradicted: set[str] = set()
    for r in readings:
        if "town-home" not in r.notes or r.leg is not None or r.teams() is None:
            continue
        score = {r.p: r.p_goals, r.o: r.o_goals}
        same = [x for x in lines if x.teams() and {x.p: x.p_goals, x.o: x.o_goals} == score]
        if (
            len(same) == 1
            and same[0].home != r.home
            and competition_of(doc, r, primary) in TOURNAMENTS
        ):
            contradicted.add(r.home)
            r.home = None
            r.notes.discard("town-home")
    if contradicted:
        _towns_name_no_home(doc, readings, primary, contradicted)


def _towns_name_no_home(doc, readings: list[Reading], primary, sides: set[str]) -> None:
    """Where the text's own result line gives the home side against the town (Portugal
    – Deutschland 2:4, played in München), that side's towns name no home side at that
    tournament: `Frankreich in München ... 1:0 gegen Deutschland` keeps none either."""
    for r in readings:
        if "town-home" not in r.notes or r.leg is not None or r.home not in sides:
            continue
        if competition_of(doc, r, primary) in TOURNAMENTS:
            r.home = None
            r.notes.discard("town-home")
