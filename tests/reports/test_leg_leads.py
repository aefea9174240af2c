"""The lead a first leg left (`Chelsea had carried a 1-0 lead from the first leg in
London`, `mit einem 1:0-Vorsprung aus dem Hinspiel`) is that leg's result for the side
holding it; not a lead the subject overturned, nor one told in a sentence about the
second leg (whose ground is not the first leg's)."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

SECOND_LEG = (
    "Barcelona drew 2-2 with Chelsea in the Champions League semifinal second leg on "
    "Tuesday at the Camp Nou, and Chelsea advanced 3-2 on aggregate. "
)
ZWEITES = (
    " date 2012-04-25 Barcelona - Der FC Barcelona hat im Halbfinal-Rückspiel der Champions "
    "League gegen den FC Chelsea 2:2 gespielt und ist ausgeschieden. "
)


def test_a_lead_carried_from_the_first_leg_is_its_result():
    facts = read(SECOND_LEG + "Chelsea had carried a 1-0 lead from the first leg in London.")
    found = match(facts, "chelsea", "barcelona")
    assert (found.score, found.leg) == ((1, 0), 1)


def test_a_vorsprung_aus_dem_hinspiel():
    facts = read(
        ZWEITES + "Chelsea war mit einem 1:0-Vorsprung aus dem Hinspiel an der Stamford "
        "Bridge angereist."
    )
    found = match(facts, "chelsea", "barcelona")
    assert (found.score, found.leg) == ((1, 0), 1)


def test_a_lead_the_subject_overturned_is_not_its_own():
    facts = read(
        "Barcelona beat Chelsea 3-0 in the Champions League semifinal second leg on Tuesday "
        "at the Camp Nou. Barcelona overturned Chelsea's 1-0 lead from the first leg in London."
    )
    assert ("chelsea", "barcelona", (0, 1)) not in pairs(facts)
    assert ("chelsea", "barcelona", (1, 0)) not in pairs(facts)


def test_a_lead_told_with_the_second_leg_gives_no_ground():
    facts = read(
        " date 2022-05-05 Frankfurt (SID) - Mit einem 2:1-Vorsprung aus dem Hinspiel "
        "empfängt Eintracht Frankfurt am Donnerstag West Ham United zum Rückspiel im "
        "Halbfinale der Europa League."
    )
    # the host of the second leg won the first leg away (test_preview_leads); the
    # sentence's ground and day are the second leg's
    assert [(m.home, m.away, m.score, m.leg, m.date) for m in facts.matches] == [
        ("west-ham", "eintracht-frankfurt", (1, 2), 1, None)
    ]
