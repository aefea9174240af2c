"""`Nayim, a former Tottenham midfielder, ended Arsenal's defense ... to give Real Zaragoza
a 2-1 victory`: a club named as a player's former club (`a former Tottenham midfielder`,
`der frühere Tottenham-Profi`, `Ex-Tottenham-Spieler`) is no side of the result. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 1994-05-05 COPENHAGEN, Denmark (AP) — Alan Smith, a former Leicester striker, "
        "ended Parma's defense of the European Cup Winners' Cup on Wednesday night, heading "
        "in the only goal of the final in the 20th minute to give Arsenal a 1-0 victory.",
        " date 1994-05-05 Kopenhagen (dpa) - Der frühere Leicester-Stürmer Alan Smith hat "
        "dem AC Parma die Titelverteidigung im Europapokal der Pokalsieger verdorben: Sein "
        "Kopfball in der 20. Minute bescherte dem FC Arsenal am Mittwochabend einen 1:0-Sieg.",
    ],
    ids=["en", "de"],
)
def test_a_former_club_is_no_side(text) -> None:
    found = pairs(read(text))
    assert not [p for p in found if "leicester-city" in p[:2]]
