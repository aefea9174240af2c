"""`Irland – Bosnien-Herzegowina: Mann des Abends war Walters.`: a round-up's paragraph
opened by its pair as a label; a result of it told without both sides (`Im Hinspiel ...
hatte es 1:1 gestanden`) is that pair's, not the pair of the paragraph before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-11-20 Die letzten Tickets sind vergeben. Ein Überblick.\n\n"
        "Schottland – Zypern: Die Schotten gewannen am Dienstag in Glasgow mit 2:1. Das "
        "Hinspiel in Nikosia hatten die Schotten mit 2:1 gewonnen.\n\n"
        "Wales – Ungarn: Mann des Abends in Cardiff war Aaron Ramsey. Der Mittelfeldspieler "
        "traf zweimal. Im Hinspiel am Freitag in Budapest hatte es bei Regen 0:0 gestanden.",
        " date 2019-11-20 The last tickets are gone. A round-up.\n\n"
        "Scotland v Cyprus: The Scots won 2-1 in Glasgow on Tuesday. The first leg in Nicosia "
        "had also ended 2-1 to the Scots.\n\n"
        "Wales v Hungary: The man of the night in Cardiff was Aaron Ramsey, who scored twice. "
        "In the first leg in Budapest on Friday it had ended 0-0.",
    ],
)
def test_label_pair_owns_its_paragraph(text: str) -> None:
    facts = read(text)
    assert match(facts, "hungary", "wales").score == (0, 0)
    assert not [
        m for m in facts.matches if {m.home, m.away} == {"scotland", "cyprus"} and m.score == (0, 0)
    ]
