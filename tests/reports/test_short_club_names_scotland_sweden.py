"""`United` after `Dundee United` is named, and `Gothenburg` for IFK Göteborg: short
names the text uses for a club it has named in full."""

from __future__ import annotations

from tests.reports.helpers import read, tie

_TEXT = (
    " date 1985-03-21 DUNDEE, Scotland - Dundee United drew 2-2 with IFK Gothenburg at "
    "Tannadice on Wednesday night in the UEFA Cup quarter-final. United had knocked out "
    "Lens and Anderlecht in the earlier rounds. Gothenburg had seen off Olympiacos."
)


def test_united_stands_for_dundee_united():
    facts = read(_TEXT)
    assert tie(facts, "dundee-united", "anderlecht").winner == "dundee-united"
    assert tie(facts, "dundee-united", "lens").winner == "dundee-united"


def test_gothenburg_is_ifk():
    facts = read(_TEXT)
    assert [(m.home, m.away) for m in facts.matches] == [("dundee-united", "ifk-goteborg")]
