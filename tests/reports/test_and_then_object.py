"""`They beat Osasuna in the quarterfinals and then Real Madrid in the semifinals,
winning 2-1 at home in the first leg`: the name after `and then` is one more object of
`beat`, so the legs told next are the subject's against it, not a pair of the two
objects."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

HEAD = (
    " date 2023-04-30 SEVILLE, Spain (AP) — Sevilla won the Copa del Rey on Saturday, "
    "beating Valencia 2-0 in the final at La Cartuja.\n\n"
)
LEGS = (
    " Osasuna in the quarterfinals and then Real Madrid in the semifinals, winning 2-1 at "
    "home in the first leg and drawing 1-1 in Madrid for a 3-2 aggregate victory."
)


def test_they_beat_a_and_then_b_winning():
    facts = read(HEAD + "They beat" + LEGS)
    assert match(facts, "sevilla", "real-madrid").score == (2, 1)
    assert match(facts, "real-madrid", "sevilla").score == (1, 1)
    assert tie(facts, "sevilla", "real-madrid").winner == "sevilla"
    assert not any("osasuna" in (m.home, m.away) for m in facts.matches)


def test_named_subject_beat_a_and_then_b():
    facts = read(HEAD + "Sevilla beat" + LEGS)
    assert match(facts, "sevilla", "real-madrid").score == (2, 1)
    assert not any("osasuna" in (m.home, m.away) for m in facts.matches)


def test_german_gives_no_pair_of_the_two_objects():
    facts = read(
        " date 2023-04-30 Sevilla (dpa) - Der FC Sevilla hat die Copa del Rey gewonnen. Die "
        "Andalusier besiegten am Samstag im Finale den FC Valencia mit 2:0.\n\n"
        "Im Viertelfinale schlugen die Andalusier CA Osasuna und dann im Halbfinale Real "
        "Madrid, mit einem 2:1 im Hinspiel in Sevilla und einem 1:1 in Madrid."
    )
    assert not any({m.home, m.away} == {"osasuna", "real-madrid"} for m in facts.matches)
