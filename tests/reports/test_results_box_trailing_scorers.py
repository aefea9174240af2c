"""A results box whose line puts the scorers after both scores (`Sweden 1 Bulgaria 0 (Brolin
62)`): where one side scored none, they are all the other side's; where both scored, the
line does not say whose each is and gives no goals. `Sent off: Name (Team) 21`,
`Rote Karte: Name 34.`: the minute after the name (and its side in brackets) is the
card's. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_HEAD = (
    " date 1994-07-01 WORLD CUP 94 - GROUP B: SWEDEN THROUGH\n\n"
    "Sweden finished top of the group after the last round of games on Thursday, and "
    "Bulgaria go through with them.\n\n"
    "How the group was decided:\n\n"
)


def test_scorers_after_a_clean_sheet_are_the_winners() -> None:
    text = _HEAD + "Monday, June 20, Detroit\nSweden 1 Bulgaria 0 (Brolin 62)\n"
    m = match(read(text), "sweden", "bulgaria")
    assert [(g.player, g.minute, g.team) for g in m.goals or []] == [("Brolin", 62, "sweden")]


def test_two_scorers_of_the_away_side() -> None:
    text = _HEAD + "Monday, June 20, Detroit\nBulgaria 0 Sweden 2 (Brolin 12, Dahlin 80)\n"
    m = match(read(text), "bulgaria", "sweden")
    assert [(g.player, g.team) for g in m.goals or []] == [
        ("Brolin", "sweden"),
        ("Dahlin", "sweden"),
    ]


def test_both_sides_scored_gives_no_goals() -> None:
    text = _HEAD + "Monday, June 20, Detroit\nSweden 1 Bulgaria 1 (Brolin 62, Stoichkov 70)\n"
    m = match(read(text), "sweden", "bulgaria")
    assert not m.goals


def test_sent_off_line_with_side_and_minute() -> None:
    text = (
        _HEAD + "Monday, June 20, Detroit\nSweden 1 Bulgaria 0 (Brolin 62)\n"
        "Sent off: Kremenliev (Bulgaria) 21\n"
    )
    m = match(read(text), "sweden", "bulgaria")
    assert [(d.player, d.minute) for d in m.dismissals or []] == [("Kremenliev", 21)]


def test_german_red_card_line_with_minute() -> None:
    text = (
        " date 1994-07-01 WM 94, Gruppe B: Schweden ist durch\n\n"
        "Schweden ist nach dem letzten Spieltag am Donnerstag Gruppensieger, und Bulgarien "
        "kommt mit weiter.\n\n"
        "So fiel die Entscheidung:\n\n"
        "Montag, 20. Juni, Detroit\nSchweden 1 Bulgarien 0 (Brolin 62)\n"
        "Rote Karte: Kremenliev 21.\n"
    )
    m = match(read(text), "sweden", "bulgaria")
    assert [(d.player, d.minute) for d in m.dismissals or []] == [("Kremenliev", 21)]
