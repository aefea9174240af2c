"""A result headline, then `the seventh minute of this Carabao Cup semi-final second leg`
(`in diesem Halbfinal-Rückspiel`): the opening sentences name the main match's own leg
with `this`, so the headline's result is that leg."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 2019-01-25 Tottenham 1-1 Chelsea (agg 2-2, Chelsea win 4-2 on pens)\n\n"
    "Chelsea reached the final on Thursday night. Harry Kane's penalty had put Tottenham "
    "ahead in the first leg, and Christian Eriksen's equaliser in the 50th minute of this "
    "League Cup semi-final second leg took the tie to a shoot-out at Stamford Bridge."
)
DE = (
    " date 2019-01-25 Hamburger SV - Werder Bremen 1:1\n\n"
    "Der HSV hat das Finale verpasst. In diesem Halbfinal-Rückspiel im Volksparkstadion "
    "reichte den Hamburgern ein Treffer von Aaron Hunt nicht."
)


def test_this_second_leg_is_the_headlines_leg():
    assert match(read(EN), "tottenham", "chelsea").leg == 2


def test_diesem_rueckspiel_is_the_headlines_leg():
    assert match(read(DE), "hamburger-sv", "werder-bremen").leg == 2
