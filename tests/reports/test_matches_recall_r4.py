"""Match phrase families missed on unseen reports, checked with sentences written
here: a German result told with the subject's own ground in other words than
`im eigenen Stadion` (`in der eigenen Arena`, `vor eigenen Fans`)."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read

CUP = "Der FC Bayern hat den DFB-Pokal gewonnen. Im Finale schlug er den VfB Stuttgart mit 2:0. "


@pytest.mark.parametrize(
    "ground", ["in der eigenen Arena", "vor eigenen Fans", "im heimischen Stadion"]
)
def test_the_subjects_own_ground_makes_it_the_host(ground):
    found = pairs(
        read(
            CUP + f"Im Halbfinale hatten sich die Bayern {ground} mit 4:1 gegen den "
            "Zweitligisten Hertha BSC durchgesetzt."
        )
    )
    assert ("bayern-munich", "hertha-bsc", (4, 1)) in found


def test_without_a_ground_the_host_stays_unknown():
    found = pairs(
        read(CUP + "Im Halbfinale hatten sich die Bayern mit 4:1 gegen Hertha BSC durchgesetzt.")
    )
    assert (
        not {("bayern-munich", "hertha-bsc", (4, 1)), ("hertha-bsc", "bayern-munich", (1, 4))}
        & found
    )
