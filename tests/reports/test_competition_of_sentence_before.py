"""A result whose sentence names no competition takes it from the sentence before; where
that names two (`Arsenal went out of the FA Cup to Manchester United ..., and their
Champions League campaign ended in the quarter-finals against Chelsea. After a 1-1 draw
at Stamford Bridge, ...`, set 46), the one whose stretch names a side of the result, not
the one nearest by offset (set 46 gave both Chelsea-Arsenal legs the FA Cup)."""

from __future__ import annotations

from bot.competitions.names import find_competitions
from bot.reports.matches.prevcompetition import competition_before
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER

_EN = (
    " date 2019-05-13 Tottenham went out of the FA Cup to Crystal Palace in the fourth "
    "round, and their League Cup campaign ended in the semi-finals against Chelsea."
)
_DE = (
    " date 2019-05-13 Tottenham schied im FA Cup gegen Crystal Palace aus, und im Ligapokal "
    "war im Halbfinale gegen den FC Chelsea Schluss."
)


def _told_before(text: str, lang: str, teams) -> str | None:
    doc = build_document(text, RESOLVER, lang)
    (sentence,) = doc.sentences
    found = find_competitions(sentence.text, doc.published)
    assert {m.name for m in found} >= {"FA Cup"} and len({m.name for m in found}) == 2
    return competition_before(doc, sentence, found, teams, lambda: "FA Cup")


def test_competition_whose_stretch_names_a_side_en():
    name = _told_before(_EN, "en", ("chelsea", "tottenham"))
    assert name not in (None, "FA Cup")


def test_competition_whose_stretch_names_a_side_de():
    name = _told_before(_DE, "de", ("chelsea", "tottenham"))
    assert name not in (None, "FA Cup")


def test_no_side_in_any_stretch_keeps_the_nearest():
    assert _told_before(_EN, "en", ("arsenal", "everton")) == "FA Cup"
