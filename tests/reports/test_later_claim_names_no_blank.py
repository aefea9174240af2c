"""`... was undone by a counterattack in the 65th. Salah was played through and the
Egyptian finished calmly. Eder Militao headed in a corner four minutes later`: the claim
told as later than the blank goal before it is another goal, so it never names that
blank (which then stays unnamed, or is dropped)."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

EN = (
    " date 2024-04-18 LISBON (AP) — Arsenal beat Benfica 3-1 on Wednesday.\n\nBukayo Saka put "
    "Arsenal ahead in the 20th minute. Benfica kept pressing after the break but was undone "
    "by a counterattack in the 58th. Martin Odegaard was played through on the left and the "
    "Norwegian finished calmly past Trubin. {later}, and Kai Havertz made it 3-1 in the 81st.\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Antonio Silva headed in a corner four minutes later",
        "Antonio Silva headed in a corner moments later",
    ],
)
def test_later_claim_is_not_the_blank_goal_before(later):
    found = match(read(EN.format(later=later)), "benfica", "arsenal")
    assert ("Antonio Silva", 58) not in [(g.player, g.minute) for g in found.goals or []]
