"""Asian clubs' home towns (`SAITAMA, Japan` for Urawa, `Riyadh`/`Riad` for Al Hilal and
Al Nassr, `Jeddah` for Al Ittihad) give the home side of a result told there."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_saitama_dateline_is_urawas_ground():
    facts = read(
        " date 2017-11-26 SAITAMA, Japan (Reuters) - Urawa Red Diamonds won the AFC Champions "
        "League on Saturday, beating Al Hilal 1-0 in the second leg of the final."
    )
    assert match(facts, "urawa", "al-hilal").leg == 2


def test_in_riad_is_al_hilals_ground():
    facts = read(
        " date 2017-11-20 Riad (SID) - Al-Hilal hat im Hinspiel des Finales der asiatischen "
        "Champions League nur ein Unentschieden erreicht. Die Saudis spielten am Samstag in "
        "Riad gegen die Urawa Red Diamonds 1:1."
    )
    assert match(facts, "al-hilal", "urawa").score == (1, 1)
