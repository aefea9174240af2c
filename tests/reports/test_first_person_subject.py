"""A fan's first person for a result's subject (`and we beat United 1-0 at Wembley`, `und wir
haben Hertha 2:0 geschlagen`) is a side the text does not name: the story's other team is
no guess for it (set 71, a City fan's blog read as Stoke beating United)."""

from __future__ import annotations

from bot.reports.guard import check
from bot.reports.matches.assemble import read_results
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def _results(text: str) -> set[tuple[str, str]]:
    doc = build_document(text, RESOLVER, check(text))
    return {(r.p, r.o) for r in read_results(doc, RESOLVER)}


def test_we_beat_en():
    told = _results(
        " date 2011-05-15 Posted the morning after. Stoke City were waiting in the final. "
        "The semi-final is already folklore: Yaya Toure scored the only goal, and we beat "
        "Newcastle United 1-0 at Wembley. Stoke put five past Bolton the next afternoon."
    )
    assert not any("stoke-city" in pair for pair in told)


def test_wir_haben_geschlagen_de():
    told = _results(
        " date 2011-05-15 Ein Blog am Morgen danach. Im Finale wartete Stoke City. Das "
        "Halbfinale ist schon Legende: Yaya Touré traf zum einzigen Tor, und wir haben "
        "Newcastle United in Wembley mit 1:0 geschlagen. Stoke schoss Bolton am Tag darauf ab."
    )
    assert not any("stoke-city" in pair for pair in told)


def test_we_beat_with_no_side_named_in_the_clause_en():
    told = _results(
        " date 2011-05-15 Posted the morning after. Newcastle United and Stoke City were the "
        "story of the week. The semi-final is already folklore, and we beat them 1-0 at Wembley."
    )
    assert not told


def test_wir_haben_gewonnen_with_no_side_named_de():
    told = _results(
        " date 2011-05-15 Ein Blog am Morgen danach. Newcastle United und Stoke City waren das "
        "Thema der Woche. Das Halbfinale ist schon Legende, und wir haben 1:0 gewonnen."
    )
    assert not told
