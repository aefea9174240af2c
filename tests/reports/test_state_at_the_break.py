"""The score at the break told in the present or past (`Zur Pause steht es 0:0`, `At the
break it is 0-0`) is a half-time state, no result, and no team named after it (`Was macht
der HSV?`) becomes its side (set 75, a live ticker's summary)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_at_the_break_it_is_en():
    facts = read(
        " date 2022-05-16 Werder Bremen needed a win against Jahn Regensburg. First half: "
        "Werder nervous, Regensburg brave. At the break it is 0-0, and all eyes turn to the "
        "phones: what are Hamburger SV doing? Second half: the 1-0 brings relief."
    )
    assert not any(score == (0, 0) for _, _, score in pairs(facts))


def test_zur_pause_steht_es_de():
    facts = read(
        " date 2022-05-16 Werder Bremen reicht gegen den SSV Jahn Regensburg ein Sieg. Erste "
        "Halbzeit: Werder nervös, Regensburg mutig. Zur Pause steht es 0:0, und die Blicke "
        "gehen zum Handy: Was macht der Hamburger SV? Zweite Halbzeit: Das 1:0 erlöst das "
        "Stadion."
    )
    assert not any(score == (0, 0) for _, _, score in pairs(facts))
