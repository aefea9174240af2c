"""A tie told in passing, with no competition named: `drew 1-1 ... to complete a 5-1
aggregate victory, having won the first leg 4-0`. Its legs add up to the aggregate the
same report states, so `/tie` shows it as one tie with both legs, not the aggregate on
one line and the first leg as a tie still waiting for its second leg on another. A report
that tells only the first leg beside the aggregate gives the tie that leg."""

from __future__ import annotations

import pytest

from bot.config import Config
from bot.core import Core
from bot.ingest.pipeline import ingest_paths
from bot.seam import ChatContext
from storage.sqlite import SqliteStore

PRIVATE = ChatContext("console", "private-1")

ENGLISH = (
    " date 2011-04-13 Porto kept their nerve in Manchester. The Portuguese side drew 2-2 at"
    " Old Trafford on Wednesday night, Ruben Micael scoring twice. Elsewhere on Wednesday,"
    " Valencia drew 2-2 with Sevilla in their quarter-final at the Sanchez Pizjuan to"
    " complete a 5-3 aggregate victory, having won the first leg 3-1 at"
    " Mestalla. Sevilla had led twice before Valencia's late equaliser settled it."
)
GERMAN = (
    " date 2011-04-14 Schalke hat das Halbfinale erreicht. Die Königsblauen gewannen am"
    " Mittwochabend 2:1 gegen Inter. Am selben Abend kam Valencia beim FC Sevilla zu einem"
    " 2:2 und setzte sich im Viertelfinale mit 5:3 im Gesamtergebnis durch, nachdem es"
    " das Hinspiel in Mestalla 3:1 gewonnen hatte."
)


FIRST_LEG_ONLY_EN = (
    " date 2011-04-14 Valencia are through to the semi-finals after a 5-3 aggregate win over"
    " Sevilla in the quarter-final. Valencia had won the first leg 3-1 at Mestalla a week"
    " earlier."
)
FIRST_LEG_ONLY_DE = (
    " date 2011-04-14 Valencia steht im Halbfinale. Die Spanier setzten sich im Viertelfinale"
    " mit 5:3 im Gesamtergebnis gegen den FC Sevilla durch, nachdem sie das Hinspiel in"
    " Mestalla 3:1 gewonnen hatten."
)


async def _answers(tmp_path, text: str, lang: str) -> str:
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    store = await SqliteStore.open(tmp_path / "store.sqlite3")
    try:
        summary = await ingest_paths(store, [report], progress=False)
        assert not summary.failures
        core = Core(store, config=Config(db_path=store.path))
        reply = await core.handle_text("/tie valencia sevilla", PRIVATE, lang=lang)
        return reply.as_text()
    finally:
        await store.close()


BOTH_LEGS = {
    "en": (
        "First leg\nValencia 3–1 Sevilla",
        "Second leg\nSevilla 2–2 Valencia",
        "Aggregate\nValencia 5–3 Sevilla\nValencia go through on aggregate.",
    ),
    "de": (
        "Hinspiel\nFC Valencia 3:1 FC Sevilla",
        "Rückspiel\nFC Sevilla 2:2 FC Valencia",
        "Gesamtergebnis\nFC Valencia 5:3 FC Sevilla",
    ),
}
NO_SECOND_LEG = {
    "en": "Second leg\nNo report of this leg is stored.",
    "de": "Rückspiel\nZu diesem Spiel ist kein Bericht gespeichert.",
}
ALSO_STORED = {"en": "Also stored", "de": "Außerdem gespeichert"}


@pytest.mark.parametrize("lang, report", [("en", ENGLISH), ("de", GERMAN)])
async def test_a_tie_told_in_passing_shows_both_legs(tmp_path, lang, report):
    text = await _answers(tmp_path, report, lang)
    for shown in BOTH_LEGS[lang]:
        assert shown in text
    assert ALSO_STORED[lang] not in text


@pytest.mark.parametrize("lang, report", [("en", FIRST_LEG_ONLY_EN), ("de", FIRST_LEG_ONLY_DE)])
async def test_a_tie_with_only_its_first_leg_told_shows_that_leg_in_the_tie(tmp_path, lang, report):
    text = await _answers(tmp_path, report, lang)
    first, _, aggregate = BOTH_LEGS[lang]
    assert first in text
    assert NO_SECOND_LEG[lang] in text
    assert aggregate in text
    assert ALSO_STORED[lang] not in text
