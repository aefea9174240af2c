"""`unterlag die Mannschaft von X ... dem FC Porto im Elfmeterschießen mit 2:4`: a shoot-out
score after a loss verb is told from the loser's side, and the side named after the verb
is the winner (a held-out report gave the kicks to the loser). `lost the shoot-out 2-4 to
Porto` likewise. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

_TAIL = (
    " im Elfmeterschießen mit 2:4, nachdem es auch nach 120 Minuten 1:1 (0:1, 1:1) "
    "gestanden hatte. Es war das erste Mal, dass ein EM-Endspiel auf diese Weise "
    "entschieden wurde."
)
_HEAD = "date 2004-07-05 Der Europameister heißt nicht mehr Griechenland. Im Finale von Wien "
TEXTS = [
    _HEAD + "unterlag die Elf von Otto Rehhagel am Sonntagabend Portugal" + _TAIL,
    _HEAD + "verlor die Elf von Otto Rehhagel am Sonntagabend gegen Portugal" + _TAIL,
    _HEAD + "scheiterte die Elf von Otto Rehhagel am Sonntagabend an Portugal" + _TAIL,
]


@pytest.mark.parametrize("text", TEXTS)
def test_loser_view_kicks_go_to_the_named_winner(text: str) -> None:
    facts = read(text)
    told = [m for m in facts.matches if m.score == (1, 1) and m.penalties]
    assert told
    for m in told:
        kicks = dict(zip((m.home, m.away), m.penalties, strict=True))
        assert kicks == {"portugal": 4, "greece": 2}, (m.home, m.away, m.penalties)
