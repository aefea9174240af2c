"""`Then Wigan remembered who they were, and by the end the Premier League leaders had
lost 3-1 at home`: the clause after `, and` has a described subject of its own, so the
team that opens the sentence is not the score's side (and not the home side)."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_described_subject_after_and_is_the_losing_host():
    facts = read(
        " date 2015-01-25 LONDON (AP) — Manchester City were knocked out of the FA Cup by "
        "Wigan Athletic on Saturday.\n\nCity led early. Then Wigan Athletic of the "
        "Championship remembered who they were, and by the end the Premier League leaders "
        "had lost 3-1 at home to a second-tier side."
    )
    assert match(facts, "manchester-city", "wigan-athletic").score == (1, 3)
    assert ("wigan-athletic", "manchester-city", (1, 3)) not in pairs(facts)


def test_a_described_club_winning_a_shootout_keeps_its_reading():
    facts = read(
        " date 2018-04-26 GUADALAJARA, Mexico (AP) — Chivas are champions after a penalty "
        "shootout.\n\nToronto FC won the second leg of the final 2-1 on Wednesday night, "
        "leveling the series 3-3 on aggregate. The visitors had also matched Chivas on away "
        "goals, and the Mexican club converted four of its attempts to win the shootout 4-2."
    )
    assert any(t.winner == "guadalajara" for t in facts.ties)
