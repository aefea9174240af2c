"""`Lyon went into the last day a point clear of Lille and knew a home win over Rennes would
do. They did exactly that, beating Rennes 2-1`: a pronoun opening a result's sentence is the
side that opens the sentence before it, never the last team named (Lille).
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

_EN = (
    " date 2011-05-30 The titles were settled in two countries on Sunday.\n\nFRANCE\n\n"
    "Lyon went into the last day a point clear of Lille and knew that a win at home against "
    "Rennes would be enough. They did exactly that, beating Rennes 2-1 at home."
    "\n\nSPAIN\n\nBarcelona beat Malaga 3-0 at Camp Nou."
)
_DE = (
    " date 2011-05-30 Am Sonntag fielen in zwei Ländern die Titelentscheidungen.\n\n"
    "FRANKREICH\n\nLyon ging mit einem Punkt Vorsprung auf Lille in den letzten Spieltag und "
    "wusste, dass ein Heimsieg gegen Rennes reichen würde. Sie schafften genau das und "
    "schlugen Rennes daheim mit 2:1.\n\nSPANIEN\n\nBarcelona besiegte Malaga "
    "im Camp Nou mit 3:0."
)


@pytest.mark.parametrize("text", [_EN, _DE])
def test_the_pronoun_is_the_previous_sentences_opening_side(text):
    facts = read(text)
    assert not any("lille" in (m.home, m.away) for m in facts.matches)
    assert [m.score for m in facts.matches if (m.home, m.away) == ("lyon", "rennes")] == [(2, 1)]
