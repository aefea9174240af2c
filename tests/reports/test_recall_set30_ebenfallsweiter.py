"""`Ebenfalls weiter ist Aston Villa nach einem 3:0 gegen den FC Brügge` (as in set 30's
Atlético-Real Madrid): the side `also through` won its tie, in the round of the report's
match; `ist weiter ungeschlagen` (still unbeaten) tells no tie. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

_LEAD = (
    " date 2025-03-13 Der FC Bayern steht im Viertelfinale der Champions League. Im "
    "Achtelfinal-Rückspiel gewann der FC Bayern am Mittwoch gegen Bayer Leverkusen mit 2:0. "
)


def test_ebenfalls_weiter_ist_names_a_tie_winner_de():
    facts = read(
        _LEAD
        + "Ebenfalls weiter ist Inter Mailand nach einem 2:1 im eigenen Stadion gegen Feyenoord."
    )
    found = tie(facts, "inter-milan", "feyenoord")
    assert found.winner == "inter-milan"
    assert match(facts, "inter-milan", "feyenoord").stage == "round-of-16"


def test_ist_ebenfalls_weiter_at_the_end_names_a_tie_winner_de():
    facts = read(_LEAD + "Inter Mailand schlug Feyenoord mit 2:1 und ist ebenfalls weiter.")
    assert tie(facts, "inter-milan", "feyenoord").winner == "inter-milan"


def test_ist_weiter_ungeschlagen_names_no_tie_de():
    facts = read(_LEAD + "Inter Mailand schlug Feyenoord mit 2:1 und ist weiter ungeschlagen.")
    assert all(set(t.teams) != {"inter-milan", "feyenoord"} for t in facts.ties)
